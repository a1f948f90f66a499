// Graphviz's edge geometry (`pos` of `dot -Tjson`) as polylines for crossings.ts.

import type { Point } from '../model/types';

/** Straight pieces per cubic Bézier piece: far below a node's size, so no crossing is missed. */
const SAMPLES = 24;

/**
 * `pos` is "[s,x,y ][e,x,y ]x0,y0 x1,y1 …": an optional start point, an optional arrow tip, then
 * 3n+1 control points of n cubic Bézier pieces. The arrow tip, where given, ends the polyline so
 * that it reaches the node as ours do.
 */
export function dotEdgePolyline(pos: string): Point[] {
  let start: Point | undefined;
  let end: Point | undefined;
  const controls: Point[] = [];
  for (const token of pos.trim().split(/\s+/)) {
    const parts = token.split(',');
    if (parts[0] === 's' || parts[0] === 'e') {
      const point = { x: Number(parts[1]), y: Number(parts[2]) };
      if (parts[0] === 's') start = point;
      else end = point;
    } else {
      controls.push({ x: Number(parts[0]), y: Number(parts[1]) });
    }
  }
  if (controls.length < 4 || (controls.length - 1) % 3 !== 0 || controls.some((p) => !Number.isFinite(p.x) || !Number.isFinite(p.y))) {
    throw new Error(`not a dot spline: ${pos}`);
  }
  const line: Point[] = [];
  if (start !== undefined) line.push(start);
  line.push(controls[0] as Point);
  for (let piece = 0; piece + 3 < controls.length; piece += 3) {
    const [p0, p1, p2, p3] = controls.slice(piece, piece + 4) as [Point, Point, Point, Point];
    for (let k = 1; k <= SAMPLES; k += 1) {
      const t = k / SAMPLES;
      const m = 1 - t;
      line.push({
        x: m * m * m * p0.x + 3 * m * m * t * p1.x + 3 * m * t * t * p2.x + t * t * t * p3.x,
        y: m * m * m * p0.y + 3 * m * m * t * p1.y + 3 * m * t * t * p2.y + t * t * t * p3.y,
      });
    }
  }
  if (end !== undefined) line.push(end);
  return line;
}
