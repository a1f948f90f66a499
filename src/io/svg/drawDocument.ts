// The one SVG writer behind exports, thumbnails and template previews (DESIGN.md, "Our own SVG
// renderer"). Plain SVG 1.1 elements only (no foreignObject, script, events or external
// references), so that Inkscape, Illustrator, PowerPoint and librsvg show what the browser shows.

import type { Theme } from '../../model/shapes';
import type { SalesDocument } from '../../model/types';
import { contentExtent, diagramBounds, placeRouteLabels } from './bounds';
import { ARROW_SIZE, EDGE_STROKE_WIDTH } from '../../geometry/edgeLine';
import { arrowMarker, drawEdge, drawEdgeLabel } from './drawEdge';
import { drawEdgeChip, drawLeakBadge, drawLegend, drawNodeBadge, LEGEND_HEIGHT, legendFrameWidth, type DiagramFigures } from './drawFigures';
import { drawLane } from './drawLane';
import { drawNode } from './drawNode';
import { escapeXml } from './escapeXml';
import { num } from './format';
import { laneBands } from './laneBands';
import type { Rect } from '../../geometry/rect';
import { routeEdges } from '../../model/edgeRoutes';
import { element } from './svgElement';
import { growToAspect } from './aspect';
import { FONT_STACK, LANE_FONT_SIZE, svgPalette } from './svgTheme';
import { EDGE_LABEL, NODE_LABEL } from '../../geometry/labelBox';

export type Background = 'white' | 'transparent' | 'dark';

export interface DrawSettings {
  /** Canvas units around the diagram's bounds. */
  padding: number;
  /** Output size in pixels; `null` means the framed diagram's size times `scale`. */
  size: { width: number; height: number } | null;
  /** Width over height of the output when `size` is null (a 16:9 slide); the framed diagram's own when absent. */
  aspect?: number;
  scale: number;
  background: Background;
  theme: Theme;
  /** Prefix of the ids inside the file, so that several SVGs inlined in one page do not clash. */
  idPrefix: string;
  /** Labels smaller than this many output pixels are left out (thumbnails). */
  minReadableFontPx: number;
  /** Strokes thinner than this many output pixels are thickened, so small renderings keep their lines. */
  minStrokePx: number;
  /** `<title>` elements with the document's title and the nodes' whole labels. */
  titles: boolean;
  /** The forecast's badges, chips and legend; none when absent. */
  figures?: DiagramFigures;
  /** Header of the band of nodes without a lane. */
  unassignedLabel: string;
}

const NODE_STROKE_WIDTH = 1.5;
const LANE_STROKE_WIDTH = 1;
/** Past this, thickened strokes would swallow the shapes they outline. */
const MAX_THICKENED_STROKE = 6;
const MIN_ARROW_PX = 2.5;
const WHITE = '#ffffff';

/** Grows the frame about its centre to the output's proportions, so the background fills it all. */
function fitAspect(frame: Rect, aspect: number): Rect {
  const current = frame.width / frame.height;
  if (Math.abs(current - aspect) < 1e-9) return frame;
  if (current < aspect) {
    const width = frame.height * aspect;
    return { ...frame, x: frame.x - (width - frame.width) / 2, width };
  }
  const height = frame.width / aspect;
  return { ...frame, y: frame.y - (height - frame.height) / 2, height };
}

function safeIdPrefix(prefix: string): string {
  return /^[A-Za-z][\w-]*$/.test(prefix) ? prefix : 'sf';
}

export function drawDocument(doc: SalesDocument, settings: DrawSettings): string {
  const palette = svgPalette(settings.theme);
  const routes = routeEdges(doc);
  const places = placeRouteLabels(doc.nodes, routes);
  const content = contentExtent(doc.nodes, routes, places);
  const bands = laneBands(doc, settings.unassignedLabel);
  const bounds = diagramBounds(content, bands);
  const pad = settings.padding;
  const framed: Rect = {
    x: bounds.x - pad,
    y: bounds.y - pad,
    width: Math.max(bounds.width + 2 * pad, legendFrameWidth(settings.figures, pad), 1),
    height: Math.max(bounds.height + 2 * pad + (settings.figures ? LEGEND_HEIGHT : 0), 1),
  };
  const whole = settings.aspect === undefined ? framed : growToAspect(framed, settings.aspect);
  const size = settings.size ?? { width: whole.width * settings.scale, height: whole.height * settings.scale };
  const view = fitAspect(framed, size.width / size.height);
  const pixelsPerUnit = Math.min(size.width / view.width, size.height / view.height);
  const readable = (fontSize: number): boolean => fontSize * pixelsPerUnit >= settings.minReadableFontPx;
  const thinnest = Math.min(settings.minStrokePx / pixelsPerUnit, MAX_THICKENED_STROKE);
  const edgeStroke = Math.max(EDGE_STROKE_WIDTH, thinnest);
  const arrowPx = ((ARROW_SIZE * edgeStroke) / EDGE_STROKE_WIDTH) * pixelsPerUnit;
  const markerId = arrowPx >= MIN_ARROW_PX ? `${safeIdPrefix(settings.idPrefix)}-arrow` : null;

  const parts: string[] = [];
  if (settings.titles && doc.title !== '') parts.push(element('title', {}, escapeXml(doc.title)));
  if (markerId !== null) parts.push(element('defs', {}, arrowMarker(markerId, palette)));
  if (settings.background !== 'transparent') {
    const fill = settings.background === 'dark' ? svgPalette('dark').background : WHITE;
    parts.push(element('rect', { ...view, fill }));
  }
  const layers: string[] = [];
  if (bands.length > 0) {
    const laneStyle = {
      direction: doc.settings.direction,
      theme: settings.theme,
      palette,
      strokeWidth: Math.max(LANE_STROKE_WIDTH, thinnest),
      showLabel: readable(LANE_FONT_SIZE),
    };
    layers.push(element('g', { class: 'lanes' }, bands.map((band) => drawLane(band, laneStyle)).join('')));
  }
  // Edges under nodes, so that a line ends at a node's outline; labels above everything. Each layer
  // is named, for people who edit the file in Inkscape or Illustrator.
  const edgeStyle = { palette, strokeWidth: edgeStroke, markerId };
  layers.push(element('g', { class: 'edges' }, routes.map((route) => drawEdge(route, edgeStyle)).join('')));
  const nodeStyle = {
    theme: settings.theme,
    strokeWidth: Math.max(NODE_STROKE_WIDTH, thinnest),
    showLabel: readable(NODE_LABEL.fontSize),
    title: settings.titles,
  };
  layers.push(element('g', { class: 'nodes' }, doc.nodes.map((node) => drawNode(node, nodeStyle)).join('')));
  if (readable(EDGE_LABEL.fontSize)) {
    layers.push(element('g', { class: 'edge-labels' }, routes.map((route) => drawEdgeLabel(route, palette, places.get(route.edge.id))).join('')));
  }
  const figures = settings.figures;
  if (figures) {
    const badges = doc.nodes.map((node) => {
      const text = figures.nodes.get(node.id);
      return text === undefined ? '' : drawNodeBadge(node, text);
    });
    const chips = routes.map((route) => {
      const text = figures.edges.get(route.edge.id);
      const conflict = figures.conflicts?.has(route.edge.id) ?? false;
      const chip = places.get(route.edge.id)?.chip;
      return text === undefined || chip == null ? '' : drawEdgeChip(text, conflict, chip);
    });
    const leaks = doc.nodes.map((node) => {
      const text = figures.leaks?.get(node.id);
      return text === undefined ? '' : drawLeakBadge(node, text);
    });
    layers.push(element('g', { class: 'figures' }, [...chips, ...badges, ...leaks].join('')));
    layers.push(drawLegend(figures.legend, framed.x + pad, framed.y + framed.height - 8));
  }
  parts.push(element('g', { 'font-family': FONT_STACK }, layers.join('')));

  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: size.width,
      height: size.height,
      viewBox: [view.x, view.y, view.width, view.height].map(num).join(' '),
    },
    parts.join(''),
  );
}
