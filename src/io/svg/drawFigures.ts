// The forecast on an exported diagram, as on the canvas: a badge with each node's expected volume
// and a chip with each edge's rate. The figures come formatted from the caller (src/ui formats
// them in the user's language), so the renderer stays free of analytics and locales.

import { edgeLabelPoint } from '../../model/edgeLabel';
import type { FlowNode } from '../../model/types';
import { drawText } from './drawText';
import type { EdgeRoute } from './routeEdge';
import { element } from './svgElement';
import { escapeXml } from './escapeXml';
import { RATE_CHIP, rateChipOffset, rateChipWidth } from '../../geometry/labelBox';
import { textWidth } from '../../geometry/text';

export interface DiagramFigures {
  /** Node id to its badge text. */
  nodes: ReadonlyMap<string, string>;
  /** Edge id to its chip text. */
  edges: ReadonlyMap<string, string>;
  /** One line under the diagram saying what the figures are. */
  legend: string;
}

const BADGE_FONT_SIZE = 10;
const BADGE_HEIGHT = 16;
const BADGE_FILL = '#1e293b';
const CHIP_FILL = '#ffffff';
const CHIP_STROKE = '#94a3b8';
const CHIP_TEXT = '#334155';
const LEGEND_TEXT = '#475569';

export function drawNodeBadge(node: FlowNode, text: string): string {
  const width = textWidth(text, BADGE_FONT_SIZE, true) + 10;
  // Straddles the top-left corner, like the canvas badge, so it never covers the label.
  const x = node.position.x + 14;
  const y = node.position.y;
  const box = element('rect', {
    x: x - width / 2,
    y: y - BADGE_HEIGHT / 2,
    width,
    height: BADGE_HEIGHT,
    rx: BADGE_HEIGHT / 2,
    fill: BADGE_FILL,
  });
  const style = { fontSize: BADGE_FONT_SIZE, lineHeight: BADGE_HEIGHT };
  return element('g', {}, box + drawText([text], { x, y }, style, { fill: '#ffffff', 'font-weight': 600 }));
}

/** The edge's rate on a chip the size the canvas draws (src/canvas/analysis/EdgeRateChip.tsx). */
export function drawEdgeChip(route: EdgeRoute, text: string): string {
  if (route.points.length < 2) return '';
  const at = edgeLabelPoint(route.edge, route.points);
  const centre = { x: at.x, y: at.y + rateChipOffset(route.edge.label) };
  const width = rateChipWidth(text);
  const box = element('rect', {
    x: centre.x - width / 2,
    y: centre.y - RATE_CHIP.height / 2,
    width,
    height: RATE_CHIP.height,
    rx: RATE_CHIP.height / 2,
    fill: CHIP_FILL,
    stroke: CHIP_STROKE,
    'stroke-width': 0.75,
  });
  const style = { fontSize: RATE_CHIP.fontSize, lineHeight: RATE_CHIP.height };
  return element('g', {}, box + drawText([text], centre, style, { fill: CHIP_TEXT }));
}

/** Room the legend line takes under the diagram, in canvas units. */
export const LEGEND_HEIGHT = 20;

export function drawLegend(text: string, x: number, y: number): string {
  return element('text', { x, y, 'font-size': 11, fill: LEGEND_TEXT }, escapeXml(text));
}
