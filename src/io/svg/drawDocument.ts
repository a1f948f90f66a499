// The one SVG writer behind exports, thumbnails and template previews (DESIGN.md, "Our own SVG
// renderer"). Plain SVG 1.1 elements only (no foreignObject, script, events or external
// references), so that Inkscape, Illustrator, PowerPoint and librsvg show what the browser shows.

import type { Theme } from '../../model/shapes';
import type { FlowNode, SalesDocument } from '../../model/types';
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
import { routeEdges, type EdgeRoute } from '../../model/edgeRoutes';
import { element } from './svgElement';
import { growToAspect } from './aspect';
import { FONT_STACK, LANE_FONT_SIZE, svgPalette } from './svgTheme';
import { EDGE_LABEL, NODE_LABEL } from '../../geometry/labelBox';
import { addRect, extentToRect, type Extent } from '../../geometry/rect';
import { CLEARANCE, VISIBLE_DETOUR_PX } from '../../geometry/routing/types';
import type { PlacedLabel } from '../../geometry/labelPlacer';

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

/** Something drawn and the rows of canvas it may touch, so that a band of the picture can leave the rest out. */
interface DrawnItem {
  svg: string;
  top: number;
  bottom: number;
}

interface DrawnLayer {
  name: string;
  items: DrawnItem[];
}

/**
 * A document drawn but not yet written: the frame and every element with its vertical extent. Written
 * whole it is the SVG file; written a band at a time (`writeDrawingBand`) it lets the PNG export
 * hand the browser a small SVG per row of tiles instead of one large file to parse in one task.
 */
export interface Drawing {
  size: { width: number; height: number };
  view: Rect;
  pixelsPerUnit: number;
  head: string[];
  background: string | null;
  /** Lane bands go under everything and the legend over it, in every band of the picture: they are few and long. */
  lanes: string;
  layers: DrawnLayer[];
  legend: string;
}

/** Past an element's own box: strokes, arrowheads, and badges that straddle a node's corner. */
const BAND_MARGIN = 24;

function spanOf(svg: string, top: number, bottom: number): DrawnItem {
  return { svg, top: top - BAND_MARGIN, bottom: bottom + BAND_MARGIN };
}

function nodeItem(node: FlowNode, svg: string): DrawnItem {
  return spanOf(svg, node.position.y, node.position.y + node.size.height);
}

function routeItem(route: EdgeRoute, svg: string): DrawnItem {
  const ys = route.points.map((point) => point.y);
  return spanOf(svg, Math.min(...ys), Math.max(...ys));
}

function rectItem(rect: Rect, svg: string): DrawnItem {
  return spanOf(svg, rect.y, rect.y + rect.height);
}

/**
 * At most the output pixels per canvas unit: routes, labels and lanes only add to the nodes'
 * extent, so the drawing is never larger than this says.
 */
function largestPixelsPerUnit(nodes: readonly FlowNode[], settings: DrawSettings): number {
  if (settings.size === null || nodes.length === 0) return settings.scale;
  let extent: Extent | null = null;
  for (const node of nodes) extent = addRect(extent, { ...node.position, ...node.size });
  const rect = extentToRect(extent);
  const pad = settings.padding;
  return Math.min(settings.size.width / Math.max(rect.width + 2 * pad, 1), settings.size.height / Math.max(rect.height + 2 * pad, 1));
}

export function planDrawing(doc: SalesDocument, settings: DrawSettings): Drawing {
  const palette = svgPalette(settings.theme);
  // A big diagram's thumbnail is drawn at a hundredth of its size: there its routes go without the
  // detours, and labels that will not be drawn are not placed (at 5,000 nodes and 20,000 edges,
  // routing and placing in full took 9 s for a 320 × 200 picture).
  const mostPixels = largestPixelsPerUnit(doc.nodes, settings);
  const routes = routeEdges(doc, { aroundNodes: CLEARANCE * mostPixels >= VISIBLE_DETOUR_PX });
  const placed = settings.figures !== undefined || EDGE_LABEL.fontSize * mostPixels >= settings.minReadableFontPx;
  const places = placed ? placeRouteLabels(doc.nodes, routes) : new Map<string, PlacedLabel>();
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

  const head: string[] = [];
  if (settings.titles && doc.title !== '') head.push(element('title', {}, escapeXml(doc.title)));
  if (markerId !== null) head.push(element('defs', {}, arrowMarker(markerId, palette)));
  const background = settings.background === 'transparent' ? null : settings.background === 'dark' ? svgPalette('dark').background : WHITE;
  let lanes = '';
  if (bands.length > 0) {
    const laneStyle = {
      direction: doc.settings.direction,
      theme: settings.theme,
      palette,
      strokeWidth: Math.max(LANE_STROKE_WIDTH, thinnest),
      showLabel: readable(LANE_FONT_SIZE),
    };
    lanes = element('g', { class: 'lanes' }, bands.map((band) => drawLane(band, laneStyle)).join(''));
  }
  // Edges under nodes, so that a line ends at a node's outline; labels above everything. Each layer
  // is named, for people who edit the file in Inkscape or Illustrator.
  const layers: DrawnLayer[] = [];
  const edgeStyle = { palette, strokeWidth: edgeStroke, markerId };
  layers.push({ name: 'edges', items: routes.map((route) => routeItem(route, drawEdge(route, edgeStyle))) });
  const nodeStyle = {
    theme: settings.theme,
    strokeWidth: Math.max(NODE_STROKE_WIDTH, thinnest),
    showLabel: readable(NODE_LABEL.fontSize),
    title: settings.titles,
  };
  layers.push({ name: 'nodes', items: doc.nodes.map((node) => nodeItem(node, drawNode(node, nodeStyle))) });
  if (readable(EDGE_LABEL.fontSize)) {
    const labels = routes.map((route) => {
      const place = places.get(route.edge.id);
      const svg = drawEdgeLabel(route, palette, place);
      return place?.label ? rectItem(place.label, svg) : routeItem(route, svg);
    });
    layers.push({ name: 'edge-labels', items: labels });
  }
  const figures = settings.figures;
  let legend = '';
  if (figures) {
    const items: DrawnItem[] = [];
    for (const route of routes) {
      const text = figures.edges.get(route.edge.id);
      const conflict = figures.conflicts?.has(route.edge.id) ?? false;
      const chip = places.get(route.edge.id)?.chip;
      if (text !== undefined && chip != null) items.push(rectItem(chip, drawEdgeChip(text, conflict, chip)));
    }
    for (const node of doc.nodes) {
      const text = figures.nodes.get(node.id);
      if (text !== undefined) items.push(nodeItem(node, drawNodeBadge(node, text)));
    }
    for (const node of doc.nodes) {
      const text = figures.leaks?.get(node.id);
      if (text !== undefined) items.push(nodeItem(node, drawLeakBadge(node, text)));
    }
    layers.push({ name: 'figures', items });
    legend = drawLegend(figures.legend, framed.x + pad, framed.y + framed.height - 8);
  }
  return { size, view, pixelsPerUnit, head, background, lanes, layers, legend };
}

function writeWindow(drawing: Drawing, window: Rect, size: { width: number; height: number }, shows: (item: DrawnItem) => boolean): string {
  const layers = drawing.layers.map(({ name, items }) => element('g', { class: name }, items.filter(shows).map((item) => item.svg).join('')));
  const parts = [...drawing.head];
  if (drawing.background !== null) parts.push(element('rect', { ...window, fill: drawing.background }));
  parts.push(element('g', { 'font-family': FONT_STACK }, drawing.lanes + layers.join('') + drawing.legend));
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      version: '1.1',
      width: size.width,
      height: size.height,
      viewBox: [window.x, window.y, window.width, window.height].map(num).join(' '),
    },
    parts.join(''),
  );
}

/** The whole drawing as one SVG element. */
export function writeDrawing(drawing: Drawing): string {
  return writeWindow(drawing, drawing.view, drawing.size, () => true);
}

/** Rows `top` to `top + height` of the drawing's output pixels, as an SVG that size; elements wholly outside are left out. */
export function writeDrawingBand(drawing: Drawing, top: number, height: number): string {
  const { view, pixelsPerUnit } = drawing;
  const window = { x: view.x, y: view.y + top / pixelsPerUnit, width: view.width, height: height / pixelsPerUnit };
  const bottom = window.y + window.height;
  return writeWindow(drawing, window, { width: drawing.size.width, height }, (item) => item.bottom >= window.y && item.top <= bottom);
}

export function drawDocument(doc: SalesDocument, settings: DrawSettings): string {
  return writeDrawing(planDrawing(doc, settings));
}
