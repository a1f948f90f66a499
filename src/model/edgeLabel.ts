// An edge label's size and place, shared by the canvas, the SVG export and the auto layout that
// keeps labels clear of nodes and of each other, so that all three agree on where a label is.

import { labelPoint } from '../geometry/polyline';
import type { FlowEdge, Point, Size } from './types';

export const EDGE_LABEL_FONT_SIZE = 12;
const PADDING_X = 6;
const ONE_LINE_HEIGHT = 20;
const LINE_SPACING = 1.25;
const WIDE_CHARACTER = /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/u;

/** Approximate width without measuring: CJK characters are square, Latin about 0.58 em. */
export function estimateTextWidth(text: string, fontSize = EDGE_LABEL_FONT_SIZE): number {
  let width = 0;
  for (const character of text) width += WIDE_CHARACTER.test(character) ? fontSize : fontSize * 0.58;
  return width;
}

/** The label's box as the canvas draws it: one line per line break, no wrapping. */
export function edgeLabelSize(label: string): Size {
  const lines = label.split('\n');
  return {
    width: Math.max(...lines.map((line) => estimateTextWidth(line))) + 2 * PADDING_X,
    height: ONE_LINE_HEIGHT + (lines.length - 1) * EDGE_LABEL_FONT_SIZE * LINE_SPACING,
  };
}

/** The centre of the label: where the layout put it, or else the middle of the longest segment. */
export function edgeLabelPoint(edge: Pick<FlowEdge, 'points' | 'labelAt'>, points: readonly Point[]): Point {
  return edge.points !== undefined && edge.points.length >= 2 && edge.labelAt !== undefined ? edge.labelAt : labelPoint(points);
}
