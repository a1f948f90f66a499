// A node: its symbol from src/model/shapes (the canvas draws the same one), and its label.

import { nodeAppearance, nodeShape } from '../../model/outcomeLook';
import { SHADE_OPACITY, type Theme } from '../../model/shapes';
import type { FlowNode } from '../../model/types';
import { drawText } from './drawText';
import { escapeXml } from './escapeXml';
import { num } from './format';
import { safeColor } from './safeColor';
import { element } from './svgElement';
import { NODE_LABEL, nodeLabelLines } from '../../geometry/labelBox';

export interface NodeStyle {
  theme: Theme;
  strokeWidth: number;
  showLabel: boolean;
  /** A `<title>` with the whole label: read by screen readers, and shown where text is cut short. */
  title: boolean;
}

export function drawNode(node: FlowNode, style: NodeStyle): string {
  const geometry = nodeShape(node.kind, node.size.width, node.size.height, node.outcome);
  const defaults = nodeAppearance(node, style.theme);
  const fill = safeColor(node.style?.fill, defaults.fill);
  const stroke = safeColor(node.style?.stroke, defaults.stroke);
  const textColor = safeColor(node.style?.textColor, defaults.text);
  const paint = { fill, stroke, 'stroke-width': style.strokeWidth, 'stroke-linejoin': 'round' };
  const { outline } = geometry;
  const parts: string[] = [];
  if (style.title) parts.push(element('title', {}, escapeXml(node.label)));
  parts.push(
    outline.type === 'rect'
      ? element('rect', { x: outline.x, y: outline.y, width: outline.width, height: outline.height, rx: outline.rx, ...paint })
      : element('path', { d: outline.d, ...paint }),
  );
  for (const decoration of geometry.decorations) {
    parts.push(
      decoration.paint === 'shade'
        ? element('path', { d: decoration.d, ...paint, fill: stroke, 'fill-opacity': SHADE_OPACITY })
        : element('path', { d: decoration.d, ...paint, fill: 'none' }),
    );
  }
  const { mark } = geometry;
  if (mark !== undefined) {
    parts.push(
      element('circle', { cx: mark.cx, cy: mark.cy, r: mark.r, fill: stroke }),
      element('path', { d: mark.glyph, fill: 'none', stroke: fill, 'stroke-width': Math.max(1, mark.r * 0.28), 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }),
    );
  }
  if (style.showLabel && node.label !== '') {
    const box = geometry.textBox;
    const { lines } = nodeLabelLines(node.label, box);
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    parts.push(drawText(lines, centre, NODE_LABEL, { fill: textColor }));
  }
  return element('g', { transform: `translate(${num(node.position.x)},${num(node.position.y)})` }, parts.join(''));
}
