// An edge: its line with an arrowhead, and its label on a small box along its longest run.

import { ARROW_NOTCH, ARROW_PATH, ARROW_SIZE, EDGE_STROKE_WIDTH, edgeLinePath } from '../../geometry/edgeLine';
import type { PlacedLabel } from '../../geometry/labelPlacer';
import type { EdgeRoute } from '../../model/edgeRoutes';
import { element } from './svgElement';
import type { SvgPalette } from './svgTheme';
import { drawText } from './drawText';
import { EDGE_LABEL, edgeLabelBox } from '../../geometry/labelBox';


export interface EdgeStyle {
  palette: SvgPalette;
  strokeWidth: number;
  /** `null` when arrowheads would be too small to see. */
  markerId: string | null;
}

/** Edges that touch a note annotate it: dotted, without an arrowhead, outside the flow. */
function isAnnotation(route: EdgeRoute): boolean {
  return route.source.kind === 'note' || route.target.kind === 'note';
}

export function drawEdge(route: EdgeRoute, style: EdgeStyle): string {
  if (route.points.length < 2) return '';
  // Thickened strokes (small renderings) keep their dashes and arrowheads in proportion.
  const grow = style.strokeWidth / EDGE_STROKE_WIDTH;
  const line = { fill: 'none', 'stroke-width': style.strokeWidth, 'stroke-linejoin': 'round' };
  if (isAnnotation(route)) {
    return element('path', {
      d: edgeLinePath(route.points, false),
      ...line,
      stroke: style.palette.annotationEdge,
      'stroke-dasharray': `${2 * grow} ${3 * grow}`,
    });
  }
  return element('path', {
    d: edgeLinePath(route.points, style.markerId !== null, grow),
    ...line,
    stroke: style.palette.edge,
    'stroke-dasharray': route.edge.style === 'dashed' ? `${6 * grow} ${4 * grow}` : undefined,
    'marker-end': style.markerId === null ? undefined : `url(#${style.markerId})`,
  });
}

/** The label on its box, where the placer put it (src/model/labelPlaces.ts). */
export function drawEdgeLabel(route: EdgeRoute, palette: SvgPalette, place: PlacedLabel | undefined): string {
  const label = route.edge.label;
  if (label === undefined || label === '' || place === undefined) return '';
  const { lines, width, height } = edgeLabelBox(label);
  if (lines.length === 0) return '';
  const at = place.centre;
  const box = element('rect', {
    x: at.x - width / 2,
    y: at.y - height / 2,
    width,
    height,
    rx: EDGE_LABEL.radius,
    fill: palette.edgeLabelFill,
    stroke: palette.edgeLabelStroke,
    'stroke-width': 0.75,
  });
  return element('g', {}, box + drawText(lines, at, EDGE_LABEL, { fill: palette.edgeLabelText }));
}

/**
 * Sized in stroke widths, so that the arrowhead grows with a thickened edge. Its reference point is
 * the notch, where the shortened line ends; the tip then lands on the node's outline.
 */
export function arrowMarker(id: string, palette: SvgPalette): string {
  const size = ARROW_SIZE / EDGE_STROKE_WIDTH;
  const head = element('path', {
    d: ARROW_PATH,
    fill: palette.edge,
    stroke: palette.edge,
    'stroke-width': 0.5,
    'stroke-linejoin': 'round',
  });
  return element(
    'marker',
    { id, viewBox: '0 0 10 10', refX: ARROW_NOTCH, refY: 5, markerWidth: size, markerHeight: size, orient: 'auto' },
    head,
  );
}
