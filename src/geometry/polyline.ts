// Polyline helpers for edges: SVG path data with rounded corners, and points along the line.

import type { Point } from './point';
import { svgNumber as num } from '../lib/svgNumber';

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to);
  if (d === 0) return from;
  return { x: from.x + ((to.x - from.x) * length) / d, y: from.y + ((to.y - from.y) * length) / d };
}

/** Each corner becomes a quadratic curve, its radius capped by half of the shorter neighbour. */
export function roundedPath(points: readonly Point[], radius: number): string {
  const first = points[0];
  if (first === undefined) return '';
  let d = `M${num(first.x)},${num(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const corner = points[i];
    const prev = points[i - 1];
    const next = points[i + 1];
    if (corner === undefined || prev === undefined) continue;
    if (next === undefined) {
      d += `L${num(corner.x)},${num(corner.y)}`;
      continue;
    }
    const r = Math.min(radius, distance(prev, corner) / 2, distance(corner, next) / 2);
    const entry = towards(corner, prev, r);
    const exit = towards(corner, next, r);
    d += `L${num(entry.x)},${num(entry.y)}Q${num(corner.x)},${num(corner.y)} ${num(exit.x)},${num(exit.y)}`;
  }
  return d;
}

/** Shortens the last segment so a line's square end does not poke past an arrowhead's tip. */
export function trimEnd(points: readonly Point[], length: number): Point[] {
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  if (last === undefined || before === undefined) return [...points];
  const cut = Math.min(length, distance(before, last) / 2);
  return [...points.slice(0, -1), towards(last, before, cut)];
}

/**
 * Where a line's label goes: the middle of its longest segment, so the label sits on a straight
 * run rather than over a corner.
 */
export function labelPoint(points: readonly Point[]): Point {
  let best = points[0] ?? { x: 0, y: 0 };
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a === undefined || b === undefined) continue;
    const length = distance(a, b);
    if (length > longest) {
      longest = length;
      best = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return best;
}

const SAME_POINT = 0.5;

/** Drops repeated points and the middle of three collinear points, so corners are real turns. */
export function simplifyPolyline(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev !== undefined && Math.abs(prev.x - p.x) < SAME_POINT && Math.abs(prev.y - p.y) < SAME_POINT) continue;
    const before = out[out.length - 2];
    if (before !== undefined && prev !== undefined) {
      const cross = (prev.x - before.x) * (p.y - prev.y) - (prev.y - before.y) * (p.x - prev.x);
      const dot = (prev.x - before.x) * (p.x - prev.x) + (prev.y - before.y) * (p.y - prev.y);
      if (Math.abs(cross) < SAME_POINT && dot >= 0) out.pop();
    }
    out.push(p);
  }
  return out;
}
