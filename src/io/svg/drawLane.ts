// A swimlane: its band, its header, and the header's label.

import type { Theme } from '../../model/shapes';
import type { Direction } from '../../model/types';
import { drawText } from './drawText';
import { num } from './format';
import type { DrawnLaneBand } from './laneBands';
import { lanePaint } from './laneTint';
import { safeColor } from './safeColor';
import { element } from './svgElement';
import { LANE_FONT_SIZE, LINE_HEIGHT, type SvgPalette } from './svgTheme';
import { wrapText } from '../../geometry/text';

const MAX_HEADER_LINES = 4;
const HEADER_TEXT = { fontSize: LANE_FONT_SIZE, lineHeight: LANE_FONT_SIZE * LINE_HEIGHT };

export interface LaneStyle {
  direction: Direction;
  theme: Theme;
  palette: SvgPalette;
  strokeWidth: number;
  showLabel: boolean;
}

export function drawLane(lane: DrawnLaneBand, style: LaneStyle): string {
  const { rect: band, header } = lane;
  const { palette } = style;
  const color = lane.color === undefined ? '' : safeColor(lane.color, '');
  const paint = color === '' ? null : lanePaint(color, style.theme);
  const body = paint?.body ?? { fill: palette.laneFills[lane.index % 2] ?? palette.laneFills[0] };
  const head = paint?.header ?? { fill: palette.laneHeaderFill };
  const divider =
    style.direction === 'LR'
      ? `M${num(header.x + header.width)},${num(header.y)}V${num(header.y + header.height)}`
      : `M${num(header.x)},${num(header.y + header.height)}H${num(header.x + header.width)}`;
  const line = { fill: 'none', stroke: palette.laneStroke, 'stroke-width': style.strokeWidth };
  const parts = [
    element('rect', { ...band, fill: body.fill, 'fill-opacity': body.opacity }),
    element('rect', { ...header, fill: head.fill, 'fill-opacity': head.opacity }),
    element('path', { d: divider, ...line }),
    element('rect', { ...band, ...line }),
  ];
  if (style.showLabel && lane.label !== '') {
    // Rows (LR) have a narrow header column, as on the canvas: the label runs up it, turned.
    const vertical = style.direction === 'LR';
    const along = vertical ? header.height : header.width;
    const across = vertical ? header.width : header.height;
    const fitting = Math.floor((across - 8) / HEADER_TEXT.lineHeight);
    const wrapped = wrapText(lane.label, {
      maxWidth: along - 16,
      maxLines: Math.min(Math.max(1, fitting), MAX_HEADER_LINES),
      fontSize: LANE_FONT_SIZE,
      bold: true,
      balance: true,
    });
    const centre = { x: header.x + header.width / 2, y: header.y + header.height / 2 };
    const text = drawText(wrapped.lines, centre, HEADER_TEXT, { 'font-weight': 600, fill: palette.laneText });
    parts.push(vertical ? element('g', { transform: `rotate(-90 ${num(centre.x)} ${num(centre.y)})` }, text) : text);
  }
  return element('g', {}, parts.join(''));
}
