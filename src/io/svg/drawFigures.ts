// The forecast on an exported diagram, as on the canvas: a badge with each node's expected volume
// and a chip with each edge's rate. The figures come formatted from the caller (src/ui formats
// them in the user's language), so the renderer stays free of analytics and locales.

import { edgeLabelPoint } from '../../model/edgeLabel';
import type { FlowNode } from '../../model/types';
import { drawText } from './drawText';
import type { EdgeRoute } from '../../model/edgeRoutes';
import { element } from './svgElement';
import { escapeXml } from './escapeXml';
import { textWidth } from './wrapText';

export interface DiagramFigures {
  /** Node id to its badge text. */
  nodes: ReadonlyMap<string, string>;
  /** Edge id to its chip text. */
  edges: ReadonlyMap<string, string>;
  /** One line under the diagram saying what the figures are. */
  legend: string;
}

const FONT_SIZE = 10;
const BADGE_HEIGHT = 16;
const BADGE_FILL = '#1e293b';
const CHIP_FILL = '#ffffff';
const CHIP_STROKE = '#94a3b8';
const CHIP_TEXT = '#334155';
const LEGEND_TEXT = '#475569';

function pill(x: number, y: number, text: string, fill: string, stroke: string | null, color: string): string {
  const width = textWidth(text, FONT_SIZE) + 10;
  const box = element('rect', {
    x: x - width / 2,
    y: y - BADGE_HEIGHT / 2,
    width,
    height: BADGE_HEIGHT,
    rx: BADGE_HEIGHT / 2,
    fill,
    ...(stroke ? { stroke, 'stroke-width': 0.75 } : {}),
  });
  return element('g', {}, box + drawText([text], { x, y }, FONT_SIZE, { fill: color, 'font-weight': 600 }));
}

export function drawNodeBadge(node: FlowNode, text: string): string {
  // Straddles the top-left corner, like the canvas badge, so it never covers the label.
  return pill(node.position.x + 14, node.position.y, text, BADGE_FILL, null, '#ffffff');
}

export function drawEdgeChip(route: EdgeRoute, text: string, hasLabel: boolean): string {
  if (route.points.length < 2) return '';
  const at = edgeLabelPoint(route.edge, route.points);
  return pill(at.x, at.y + (hasLabel ? BADGE_HEIGHT + 2 : 0), text, CHIP_FILL, CHIP_STROKE, CHIP_TEXT);
}

/** Room the legend line takes under the diagram, in canvas units. */
export const LEGEND_HEIGHT = 20;

export function drawLegend(text: string, x: number, y: number): string {
  return element('text', { x, y, 'font-size': 11, fill: LEGEND_TEXT }, escapeXml(text));
}
