// Lines of a label as one `<text>` with a `<tspan>` per line, centred on a point.

import { escapeXml } from './escapeXml';
import { element, type Attributes } from './svgElement';
import { LINE_HEIGHT } from './svgTheme';

// Baselines are placed by hand from the font size: `dominant-baseline` is ignored by several SVG
// editors. 0.35em below the middle of a line centres Latin and CJK glyphs alike.
const BASELINE_SHIFT = 0.35;

export function drawText(
  lines: readonly string[],
  centre: { x: number; y: number },
  fontSize: number,
  attributes: Attributes,
): string {
  const lineHeight = fontSize * LINE_HEIGHT;
  const first = centre.y - ((lines.length - 1) * lineHeight) / 2 + fontSize * BASELINE_SHIFT;
  // Nothing between the spans: whitespace there would become part of the text.
  const spans = lines
    .map((line, i) => (line === '' ? '' : element('tspan', { x: centre.x, y: first + i * lineHeight }, escapeXml(line))))
    .join('');
  return element('text', { 'text-anchor': 'middle', 'font-size': fontSize, ...attributes }, spans);
}
