// The forecast on an exported diagram, as on the canvas: a badge with each node's expected volume
// and a chip with each edge's rate. The figures come formatted from the caller (src/ui formats
// them in the user's language), so the renderer stays free of analytics and locales.

import type { Rect } from '../../geometry/rect';
import { badgeCentre } from '../../model/labelPlaces';
import type { FlowNode } from '../../model/types';
import { drawText } from './drawText';
import { element } from './svgElement';
import { escapeXml } from './escapeXml';
import { RATE_CHIP, rateChipWidth } from '../../geometry/labelBox';
import { textWidth } from '../../geometry/text';

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

const BADGE_FONT_SIZE = 10;
const BADGE_HEIGHT = 16;
const BADGE_FILL = '#1e293b';
const CHIP_FILL = '#ffffff';
const CHIP_STROKE = '#94a3b8';
const CHIP_TEXT = '#334155';
const LEGEND_TEXT = '#475569';
const CONFLICT = '#b42318';

export function drawNodeBadge(node: FlowNode, text: string): string {
  const width = textWidth(text, BADGE_FONT_SIZE, true) + 10;
  // Where the canvas draws it: straddling the top-left corner, or on a decision's diamond.
  const { x, y } = badgeCentre(node);
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

/**
 * The edge's rate on a chip the size the canvas draws (src/canvas/analysis/EdgeRateChip.tsx), in
 * the room the placer kept for it (src/model/labelPlaces.ts); a rate in conflict (its source's rates add up above 100%) in the conflict colour, with a "!" disc.
 */
export function drawEdgeChip(text: string, conflict: boolean, room: Rect): string {
  const centre = { x: room.x + room.width / 2, y: room.y + room.height / 2 };
  const textWide = textWidth(text, RATE_CHIP.fontSize);
  const width = rateChipWidth(text, conflict);
  const left = centre.x - width / 2;
  const box = element('rect', {
    x: left,
    y: centre.y - RATE_CHIP.height / 2,
    width,
    height: RATE_CHIP.height,
    rx: RATE_CHIP.height / 2,
    fill: CHIP_FILL,
    stroke: conflict ? CONFLICT : CHIP_STROKE,
    'stroke-width': conflict ? 1.25 : 0.75,
  });
  const style = { fontSize: RATE_CHIP.fontSize, lineHeight: RATE_CHIP.height };
  const label = drawText([text], { x: left + RATE_CHIP.paddingX + textWide / 2, y: centre.y }, style, conflict ? { fill: CONFLICT, 'font-weight': 600 } : { fill: CHIP_TEXT });
  if (!conflict) return element('g', {}, box + label);
  const markX = left + width - RATE_CHIP.paddingX - RATE_CHIP.markRadius + 2;
  const mark =
    element('circle', { cx: markX, cy: centre.y, r: RATE_CHIP.markRadius, fill: CONFLICT }) +
    drawText(['!'], { x: markX, y: centre.y }, { fontSize: 8, lineHeight: RATE_CHIP.height }, { fill: '#ffffff', 'font-weight': 700 });
  return element('g', {}, box + label + mark);
}

/** Room the legend line takes under the diagram, in canvas units. */
export const LEGEND_HEIGHT = 20;

export function drawLegend(text: string, x: number, y: number): string {
  return element('text', { x, y, 'font-size': 11, fill: LEGEND_TEXT }, escapeXml(text));
}
