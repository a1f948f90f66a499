// The flowchart symbols as plain geometry, shared by the canvas (inline SVG in React) and the SVG
// renderer in src/io/svg, so that an exported diagram looks like the one on screen.

import type { FlowNode, HandleSide, NodeKind, Point } from './types';
import { svgNumber } from '../lib/svgNumber';

/** The closed outline of a symbol, in local coordinates (0,0 is the node's top-left corner). */
export type ShapeOutline =
  | { type: 'rect'; x: number; y: number; width: number; height: number; rx: number }
  | { type: 'path'; d: string };

/**
 * A stroke drawn over the outline: `line` in the stroke colour without fill; `shade` filled with
 * the stroke colour at `SHADE_OPACITY` (the note's folded corner).
 */
export interface ShapeDecoration {
  d: string;
  paint: 'line' | 'shade';
}

/** Where the label wraps, in local coordinates; the label is centred in it both ways. */
export interface TextBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ShapeGeometry {
  outline: ShapeOutline;
  decorations: ShapeDecoration[];
  textBox: TextBox;
}

export const SHADE_OPACITY = 0.22;

const STAGE_RADIUS = 8;
const SUBPROCESS_RADIUS = 3;
const PAD_X = 10;
const PAD_Y = 6;

const n = svgNumber;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function box(x: number, y: number, width: number, height: number): TextBox {
  return { x, y, width: Math.max(1, width), height: Math.max(1, height) };
}

// Details have a size of their own, capped by a fraction of the node's for tiny nodes (a resize in
// progress), so they never cross each other.

/** Height of the document symbol's wave, so that anchors and text stay off it. */
function waveAmplitude(height: number): number {
  return Math.min(clamp(height * 0.1, 2, 10), height / 4);
}

function cylinderCapRadius(height: number): number {
  return Math.min(clamp(height * 0.12, 3, 12), height / 4);
}

function delayArcRadius(width: number, height: number): number {
  return Math.min(height / 2, width / 2);
}

function subprocessInset(width: number): number {
  return Math.min(clamp(width * 0.07, 5, 12), width / 4);
}

function noteFold(width: number, height: number): number {
  return Math.min(clamp(Math.min(width, height) * 0.22, 6, 16), width / 2, height / 2);
}

export function shapeGeometry(kind: NodeKind, width: number, height: number): ShapeGeometry {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  switch (kind) {
    case 'start':
    case 'end': {
      const r = Math.min(w, h) / 2;
      const padX = Math.max(PAD_X, r * 0.55);
      return {
        outline: { type: 'rect', x: 0, y: 0, width: w, height: h, rx: r },
        decorations: [],
        textBox: box(padX, 4, w - 2 * padX, h - 8),
      };
    }
    case 'stage':
      return {
        outline: { type: 'rect', x: 0, y: 0, width: w, height: h, rx: Math.min(STAGE_RADIUS, w / 2, h / 2) },
        decorations: [],
        textBox: box(PAD_X, PAD_Y, w - 2 * PAD_X, h - 2 * PAD_Y),
      };
    case 'decision':
      // The widest centred rectangle with the diamond's proportions that still fits inside it
      // would be half by half; labels are wider than tall, so trade height for width (0.62 + 0.38 = 1).
      return {
        outline: { type: 'path', d: `M${n(w / 2)},0L${n(w)},${n(h / 2)}L${n(w / 2)},${n(h)}L0,${n(h / 2)}Z` },
        decorations: [],
        textBox: box(w * 0.19, h * 0.31, w * 0.62, h * 0.38),
      };
    case 'document': {
      const a = waveAmplitude(h);
      const mid = h - a;
      // A cubic with both handles offset by k bulges by 3k/4: k = 4a/3 makes the wave reach h.
      const k = (4 * a) / 3;
      const d =
        `M0,0H${n(w)}V${n(mid)}` +
        `C${n((w * 5) / 6)},${n(mid - k)} ${n((w * 2) / 3)},${n(mid - k)} ${n(w / 2)},${n(mid)}` +
        `C${n(w / 3)},${n(mid + k)} ${n(w / 6)},${n(mid + k)} 0,${n(mid)}Z`;
      return {
        outline: { type: 'path', d },
        decorations: [],
        textBox: box(PAD_X, PAD_Y, w - 2 * PAD_X, h - 2 * a - 2 * PAD_Y),
      };
    }
    case 'data': {
      const ry = cylinderCapRadius(h);
      const rx = w / 2;
      const d =
        `M0,${n(ry)}A${n(rx)},${n(ry)} 0 0 1 ${n(w)},${n(ry)}` +
        `V${n(h - ry)}A${n(rx)},${n(ry)} 0 0 1 0,${n(h - ry)}Z`;
      return {
        outline: { type: 'path', d },
        decorations: [{ d: `M0,${n(ry)}A${n(rx)},${n(ry)} 0 0 0 ${n(w)},${n(ry)}`, paint: 'line' }],
        textBox: box(PAD_X, 2 * ry + 2, w - 2 * PAD_X, h - 3 * ry - 4),
      };
    }
    case 'delay': {
      const r = delayArcRadius(w, h);
      const d = `M0,0H${n(w - r)}A${n(r)},${n(h / 2)} 0 0 1 ${n(w - r)},${n(h)}H0Z`;
      return {
        outline: { type: 'path', d },
        decorations: [],
        textBox: box(PAD_X, PAD_Y, w - PAD_X - Math.max(PAD_X, r * 0.4), h - 2 * PAD_Y),
      };
    }
    case 'subprocess': {
      const inset = subprocessInset(w);
      return {
        outline: { type: 'rect', x: 0, y: 0, width: w, height: h, rx: Math.min(SUBPROCESS_RADIUS, w / 2, h / 2) },
        decorations: [
          { d: `M${n(inset)},0V${n(h)}`, paint: 'line' },
          { d: `M${n(w - inset)},0V${n(h)}`, paint: 'line' },
        ],
        textBox: box(inset + 6, PAD_Y, w - 2 * inset - 12, h - 2 * PAD_Y),
      };
    }
    case 'note': {
      const f = noteFold(w, h);
      // The fold eats the top right corner: keep the lines clear of it on both sides, so the
      // label stays centred.
      const padX = Math.max(PAD_X, f * 0.6);
      const padY = Math.max(PAD_Y, f * 0.5);
      return {
        outline: { type: 'path', d: `M0,0H${n(w - f)}L${n(w)},${n(f)}V${n(h)}H0Z` },
        decorations: [{ d: `M${n(w - f)},0V${n(f)}H${n(w)}Z`, paint: 'shade' }],
        textBox: box(padX, padY, w - 2 * padX, h - 2 * padY),
      };
    }
  }
}

type Sized = Pick<FlowNode, 'kind' | 'position' | 'size'>;

/**
 * Where an edge meets a node: the middle of the side, on the symbol's own outline (the document's
 * wave sits above its box's bottom edge).
 */
export function anchorPoint(node: Sized, side: HandleSide): Point {
  const { x, y } = node.position;
  const { width: w, height: h } = node.size;
  switch (side) {
    case 'top':
      return { x: x + w / 2, y };
    case 'right':
      return { x: x + w, y: y + h / 2 };
    case 'bottom':
      return { x: x + w / 2, y: y + h - (node.kind === 'document' ? waveAmplitude(h) : 0) };
    case 'left':
      return { x, y: y + h / 2 };
  }
}

/** The side of the node that faces a point, measured against the node's own proportions. */
export function nearestSide(node: Sized, point: Point): HandleSide {
  const { width: w, height: h } = node.size;
  const dx = (point.x - (node.position.x + w / 2)) / Math.max(w, 1);
  const dy = (point.y - (node.position.y + h / 2)) / Math.max(h, 1);
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'right' : 'left';
  return dy >= 0 ? 'bottom' : 'top';
}

/**
 * The sides two nodes show each other: left and right when they lie further apart across than
 * down, top and bottom otherwise. For edges that name no handles.
 */
export function facingSides(source: Sized, target: Sized): [HandleSide, HandleSide] {
  const s = { x: source.position.x, y: source.position.y, w: source.size.width, h: source.size.height };
  const t = { x: target.position.x, y: target.position.y, w: target.size.width, h: target.size.height };
  const gapX = Math.max(t.x - (s.x + s.w), s.x - (t.x + t.w));
  const gapY = Math.max(t.y - (s.y + s.h), s.y - (t.y + t.h));
  if (gapX >= gapY) return t.x + t.w / 2 >= s.x + s.w / 2 ? ['right', 'left'] : ['left', 'right'];
  return t.y + t.h / 2 >= s.y + s.h / 2 ? ['bottom', 'top'] : ['top', 'bottom'];
}

export type Theme = 'light' | 'dark';

export interface KindAppearance {
  fill: string;
  stroke: string;
  text: string;
}

// Tailwind-like hues: a pale fill, a saturated stroke and a deep text colour on light; the reverse
// on dark. Text has at least 6:1 contrast against its fill, and every stroke at least 3:1 against
// the page (shapes.test.ts checks both, with AA's 4.5:1 for text).
const LIGHT: Record<NodeKind, KindAppearance> = {
  start: { fill: '#dcfce7', stroke: '#16a34a', text: '#14532d' },
  end: { fill: '#e2e8f0', stroke: '#475569', text: '#0f172a' },
  stage: { fill: '#dbeafe', stroke: '#2563eb', text: '#1e3a8a' },
  decision: { fill: '#fef3c7', stroke: '#d97706', text: '#78350f' },
  document: { fill: '#ede9fe', stroke: '#7c3aed', text: '#4c1d95' },
  data: { fill: '#ccfbf1', stroke: '#0d9488', text: '#134e4a' },
  delay: { fill: '#ffedd5', stroke: '#ea580c', text: '#7c2d12' },
  subprocess: { fill: '#e0e7ff', stroke: '#4f46e5', text: '#312e81' },
  note: { fill: '#fef9c3', stroke: '#a16207', text: '#713f12' },
};

const DARK: Record<NodeKind, KindAppearance> = {
  start: { fill: '#14532d', stroke: '#4ade80', text: '#dcfce7' },
  end: { fill: '#334155', stroke: '#94a3b8', text: '#f1f5f9' },
  stage: { fill: '#1e3a8a', stroke: '#60a5fa', text: '#dbeafe' },
  decision: { fill: '#78350f', stroke: '#fbbf24', text: '#fef3c7' },
  document: { fill: '#4c1d95', stroke: '#a78bfa', text: '#ede9fe' },
  data: { fill: '#134e4a', stroke: '#2dd4bf', text: '#ccfbf1' },
  delay: { fill: '#9a3412', stroke: '#fb923c', text: '#ffedd5' },
  subprocess: { fill: '#312e81', stroke: '#818cf8', text: '#e0e7ff' },
  note: { fill: '#854d0e', stroke: '#facc15', text: '#fef9c3' },
};

export function kindAppearance(kind: NodeKind, theme: Theme = 'light'): KindAppearance {
  return (theme === 'dark' ? DARK : LIGHT)[kind];
}
