// The one size of every label: the canvas draws exactly these lines in exactly these boxes, the SVG
// renderer writes them, and auto layout keeps room for them, so that screen and export wrap and
// place text alike. All lengths are in canvas units (pixels at zoom 1).

import { textWidth, wrapText, type WrappedText } from './text';

export interface TextStyle {
  fontSize: number;
  /** Distance between baselines. */
  lineHeight: number;
}

/** Edge labels: up to three balanced lines of at most 160 units on a small rounded box. */
export const EDGE_LABEL = {
  fontSize: 12,
  lineHeight: 16,
  paddingX: 6,
  paddingY: 2,
  maxWidth: 160,
  maxLines: 3,
  radius: 4,
} as const;

/** Node labels, wrapped inside the text box of the node's shape (src/model/shapes.ts). */
export const NODE_LABEL = { fontSize: 13, lineHeight: 17 } as const;

/** The rate chip that sits on an edge, below its label when it has one. */
export const RATE_CHIP = {
  fontSize: 11,
  height: 16,
  paddingX: 5,
  gap: 2,
  /** The conflict mark after a rate whose split adds up above 100%: a disc with "!". */
  markRadius: 5,
} as const;

// 0.35 em below the middle of a line centres Latin and CJK glyphs alike; baselines are placed by
// hand because several SVG editors ignore `dominant-baseline`.
const BASELINE_SHIFT = 0.35;

export interface EdgeLabelBox extends WrappedText {
  width: number;
  height: number;
}

export function edgeLabelBox(text: string): EdgeLabelBox {
  const { lines, truncated } = wrapText(text, {
    maxWidth: EDGE_LABEL.maxWidth,
    maxLines: EDGE_LABEL.maxLines,
    fontSize: EDGE_LABEL.fontSize,
    balance: true,
  });
  const widest = Math.max(0, ...lines.map((line) => textWidth(line, EDGE_LABEL.fontSize)));
  return {
    lines,
    truncated,
    width: Math.ceil(widest) + 2 * EDGE_LABEL.paddingX,
    height: lines.length * EDGE_LABEL.lineHeight + 2 * EDGE_LABEL.paddingY,
  };
}

/** The lines of a node's label inside a text box of the given size, cut with an ellipsis. */
export function nodeLabelLines(text: string, box: { width: number; height: number }): WrappedText {
  return wrapText(text, {
    maxWidth: box.width,
    maxLines: Math.max(1, Math.floor(box.height / NODE_LABEL.lineHeight)),
    fontSize: NODE_LABEL.fontSize,
    balance: true,
  });
}

export function rateChipWidth(text: string, conflict = false): number {
  return Math.ceil(textWidth(text, RATE_CHIP.fontSize)) + 2 * RATE_CHIP.paddingX + (conflict ? 2 * RATE_CHIP.markRadius + 3 : 0);
}

/** The baselines of `count` lines centred on `centreY`. */
export function lineBaselines(count: number, centreY: number, style: TextStyle): number[] {
  const first = centreY - ((count - 1) * style.lineHeight) / 2 + style.fontSize * BASELINE_SHIFT;
  return Array.from({ length: count }, (_, i) => first + i * style.lineHeight);
}
