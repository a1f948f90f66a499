// How an end shows its outcome: a won end and a lost end each have their own colours and a mark (a
// tick, a cross) beside the label, so that a lost end can never pass for a won one at a glance. A
// neutral end (no outcome, or `other`) keeps the plain end look. The canvas, the palette and the
// SVG renderer (and so PNG) all draw from here.

import { kindAppearance, shapeGeometry, type KindAppearance, type ShapeGeometry, type Theme } from './shapes';
import { svgNumber as n } from '../lib/svgNumber';
import type { FlowNode, NodeKind, Outcome } from './types';

type Marked = Extract<Outcome, 'won' | 'lost'>;

// Emerald and rose, in the same pattern as the kinds' colours (shapes.ts): text at least 4.5:1 on
// the fill, the stroke at least 3:1 against the page (outcomeLook.test.ts checks both).
const LOOKS: Record<Theme, Record<Marked, KindAppearance>> = {
  light: {
    won: { fill: '#d1fae5', stroke: '#047857', text: '#064e3b' },
    lost: { fill: '#ffe4e6', stroke: '#e11d48', text: '#881337' },
  },
  dark: {
    won: { fill: '#064e3b', stroke: '#34d399', text: '#d1fae5' },
    lost: { fill: '#881337', stroke: '#fb7185', text: '#ffe4e6' },
  },
};

function marked(kind: NodeKind, outcome: Outcome | undefined): Marked | undefined {
  return kind === 'end' && (outcome === 'won' || outcome === 'lost') ? outcome : undefined;
}

/** The default colours of a node: its kind's, or its outcome's for a won or lost end. */
export function nodeAppearance(node: Pick<FlowNode, 'kind' | 'outcome'>, theme: Theme = 'light'): KindAppearance {
  const outcome = marked(node.kind, node.outcome);
  return outcome === undefined ? kindAppearance(node.kind, theme) : LOOKS[theme][outcome];
}

/** The outcome's mark: a disc in the stroke colour with a glyph in the fill colour, local coordinates. */
export interface OutcomeMark {
  outcome: Marked;
  cx: number;
  cy: number;
  r: number;
  /** The tick or the cross, stroked. */
  glyph: string;
}

export interface NodeShape extends ShapeGeometry {
  mark?: OutcomeMark;
}

const MARK_RADIUS = 9;
const MARK_GAP = 4;

/** The symbol of a node of this kind and outcome: a won or lost end makes room for its mark on the left. */
export function nodeShape(kind: NodeKind, width: number, height: number, outcome?: Outcome): NodeShape {
  const geometry = shapeGeometry(kind, width, height);
  const which = marked(kind, outcome);
  if (which === undefined) return geometry;
  const { textBox } = geometry;
  // Shrinks with the node, so that a small end (a resize in progress, a palette icon) keeps it inside.
  const r = Math.min(MARK_RADIUS, height * 0.2, width * 0.1);
  const cx = Math.min(Math.max(r + 2, textBox.x + r - 4), width - r);
  const cy = height / 2;
  const glyph =
    which === 'won'
      ? `M${n(cx - 0.45 * r)},${n(cy + 0.02 * r)}L${n(cx - 0.12 * r)},${n(cy + 0.36 * r)}L${n(cx + 0.45 * r)},${n(cy - 0.34 * r)}`
      : `M${n(cx - 0.34 * r)},${n(cy - 0.34 * r)}L${n(cx + 0.34 * r)},${n(cy + 0.34 * r)}M${n(cx + 0.34 * r)},${n(cy - 0.34 * r)}L${n(cx - 0.34 * r)},${n(cy + 0.34 * r)}`;
  const left = cx + r + MARK_GAP;
  const right = textBox.x + textBox.width;
  return {
    ...geometry,
    textBox: { ...textBox, x: left, width: Math.max(1, right - left) },
    mark: { outcome: which, cx, cy, r, glyph },
  };
}
