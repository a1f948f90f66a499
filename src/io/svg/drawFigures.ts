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
  /** Edges whose source's rates add up above 100%: their chips carry the conflict mark. */
  conflicts?: ReadonlySet<string>;
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
const CONFLICT = '#b42318';
const MARK_RADIUS = 5;

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

/** The typed rate in the conflict colour, followed by a disc with "!", as on the canvas. */
function conflictPill(x: number, y: number, text: string): string {
  const textWide = textWidth(text, FONT_SIZE);
  const width = textWide + 10 + 2 * MARK_RADIUS + 3;
  const left = x - width / 2;
  const markX = left + width - 5 - MARK_RADIUS + 2;
  return element(
    'g',
    {},
    element('rect', { x: left, y: y - BADGE_HEIGHT / 2, width, height: BADGE_HEIGHT, rx: BADGE_HEIGHT / 2, fill: CHIP_FILL, stroke: CONFLICT, 'stroke-width': 1.25 }) +
      drawText([text], { x: left + 5 + textWide / 2, y }, FONT_SIZE, { fill: CONFLICT, 'font-weight': 600 }) +
      element('circle', { cx: markX, cy: y, r: MARK_RADIUS, fill: CONFLICT }) +
      drawText(['!'], { x: markX, y }, 8, { fill: '#ffffff', 'font-weight': 700 }),
  );
}

export function drawEdgeChip(route: EdgeRoute, text: string, hasLabel: boolean, conflict = false): string {
  if (route.points.length < 2) return '';
  const at = edgeLabelPoint(route.edge, route.points);
  const y = at.y + (hasLabel ? BADGE_HEIGHT + 2 : 0);
  return conflict ? conflictPill(at.x, y, text) : pill(at.x, y, text, CHIP_FILL, CHIP_STROKE, CHIP_TEXT);
}

/** Room the legend line takes under the diagram, in canvas units. */
export const LEGEND_HEIGHT = 20;

export function drawLegend(text: string, x: number, y: number): string {
  return element('text', { x, y, 'font-size': 11, fill: LEGEND_TEXT }, escapeXml(text));
}
