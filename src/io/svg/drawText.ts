// Lines of a label as one `<text>` with a `<tspan>` per line, centred on a point, on the baselines
// the canvas uses too (src/geometry/labelBox.ts).

import { lineBaselines, type TextStyle } from '../../geometry/labelBox';
import { escapeXml } from './escapeXml';
import { element, type Attributes } from './svgElement';

export function drawText(
  lines: readonly string[],
  centre: { x: number; y: number },
  style: TextStyle,
  attributes: Attributes,
): string {
  const baselines = lineBaselines(lines.length, centre.y, style);
  // Nothing between the spans: whitespace there would become part of the text.
  const spans = lines
    .map((line, i) => (line === '' ? '' : element('tspan', { x: centre.x, y: baselines[i] }, escapeXml(line))))
    .join('');
  return element('text', { 'text-anchor': 'middle', 'font-size': style.fontSize, ...attributes }, spans);
}
