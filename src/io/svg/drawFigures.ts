// The forecast on an exported diagram, as on the canvas: a badge with each node's expected volume
// and a chip with each edge's rate. The figures come formatted from the caller (src/ui formats
// them in the user's language), so the renderer stays free of analytics and locales.

import type { Rect } from '../../geometry/rect';
import { LEAK_BADGE, VOLUME_BADGE, leakBadgeBox, volumeBadgeBox } from '../../model/figureBoxes';
import type { FlowNode } from '../../model/types';
import { drawText } from './drawText';
import { element } from './svgElement';
import { escapeXml } from './escapeXml';
import { num } from './format';
import { RATE_CHIP, rateChipWidth } from '../../geometry/labelBox';
import { textWidth } from '../../geometry/text';

export interface DiagramFigures {
  /** Node id to its badge text. */
  nodes: ReadonlyMap<string, string>;
  /** Edge id to its chip text. */
  edges: ReadonlyMap<string, string>;
  /** Edges whose source's rates add up above 100%: their chips carry the conflict mark. */
  conflicts?: ReadonlySet<string>;
  /** Node id to the text of its leak badge: deals that leave the step by no edge. */
  leaks?: ReadonlyMap<string, string>;
  /** One line under the diagram saying what the figures are. */
  legend: string;
}

const BADGE_FILL = '#1e293b';
const CHIP_FILL = '#ffffff';
const CHIP_STROKE = '#94a3b8';
const CHIP_TEXT = '#334155';
const LEGEND_TEXT = '#475569';
const CONFLICT = '#b42318';

export function drawNodeBadge(node: FlowNode, text: string): string {
  // Where the canvas draws it: straddling the top-left corner, or on a decision's diamond.
  const room = volumeBadgeBox(node, text);
  const box = element('rect', { ...room, rx: room.height / 2, fill: BADGE_FILL });
  const centre = { x: room.x + room.width / 2, y: room.y + room.height / 2 };
  const style = { fontSize: VOLUME_BADGE.fontSize, lineHeight: VOLUME_BADGE.height };
  return element('g', {}, box + drawText([text], centre, style, { fill: '#ffffff', 'font-weight': 600 }));
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

const LEAK_FILL = '#fff7ed';
const LEAK_STROKE = '#c2410c';
const LEAK_TEXT = '#9a3412';

/** A drop, the canvas's leak icon, centred on (x, y) in a box `size` units high. */
function droplet(x: number, y: number, size: number): string {
  const top = y - size * 0.42;
  const bottom = y + size * 0.42;
  const side = size * 0.34;
  const [cx, cy, t, b, l, r] = [x, y, top, bottom, x - side, x + side].map(num);
  const d = `M${cx} ${t}C${r} ${cy} ${r} ${b} ${cx} ${b}C${l} ${b} ${l} ${cy} ${cx} ${t}Z`;
  return element('path', { d, fill: 'none', stroke: LEAK_TEXT, 'stroke-width': 1.25, 'stroke-linejoin': 'round' });
}

/**
 * Deals lost without a path, on the step that loses them: an orange pill over the node's
 * bottom-right corner with a drop and the count, where the canvas draws it (LeakBadge.tsx).
 */
export function drawLeakBadge(node: FlowNode, text: string): string {
  const { x: left, y: top, width, height } = leakBadgeBox(node, text);
  const { border, padLeft, icon, gap, fontSize } = LEAK_BADGE;
  const centreY = top + height / 2;
  const box = element('rect', {
    x: left + border / 2,
    y: top + border / 2,
    width: width - border,
    height: height - border,
    rx: (height - border) / 2,
    fill: LEAK_FILL,
    stroke: LEAK_STROKE,
    'stroke-width': border,
  });
  const textLeft = left + border + padLeft + icon + gap;
  const label = drawText([text], { x: textLeft + textWidth(text, fontSize, true) / 2, y: centreY }, { fontSize, lineHeight: height }, { fill: LEAK_TEXT, 'font-weight': 600 });
  return element('g', { class: 'leak' }, box + droplet(left + border + padLeft + icon / 2, centreY, icon) + label);
}

/** Room the legend line takes under the diagram, in canvas units. */
export const LEGEND_HEIGHT = 20;

const LEGEND_FONT_SIZE = 11;

export function drawLegend(text: string, x: number, y: number): string {
  return element('text', { x, y, 'font-size': LEGEND_FONT_SIZE, fill: LEGEND_TEXT }, escapeXml(text));
}

/** The width a frame needs for the legend line and `padding` on both sides: a small selection is widened to it, not the legend cut. */
export function legendFrameWidth(figures: DiagramFigures | undefined, padding: number): number {
  return figures === undefined ? 0 : Math.ceil(textWidth(figures.legend, LEGEND_FONT_SIZE)) + 2 * padding;
}
