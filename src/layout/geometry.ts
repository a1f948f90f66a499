// Plain rectangle and polyline geometry shared by the layout passes and their tests.

import type { Rect } from '../geometry/rect';
import type { HandleSide, Point } from '../model/types';

export { rectOfNode as rectOf } from '../model/rect';

/**
 * The middle of a side of the bounding box. Edges end exactly there so that a route and React
 * Flow's handle (one per side, in its middle) meet; on a diamond it is the tip.
 */
export function sideMiddle(rect: Rect, side: HandleSide): Point {
  switch (side) {
    case 'top':
      return { x: rect.x + rect.width / 2, y: rect.y };
    case 'right':
      return { x: rect.x + rect.width, y: rect.y + rect.height / 2 };
    case 'bottom':
      return { x: rect.x + rect.width / 2, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: rect.y + rect.height / 2 };
  }
}

/** The side whose line is nearest to a point on (or near) the border. */
export function sideOfBorderPoint(rect: Rect, point: Point): HandleSide {
  const distances: [HandleSide, number][] = [
    ['left', Math.abs(point.x - rect.x)],
    ['right', Math.abs(point.x - (rect.x + rect.width))],
    ['top', Math.abs(point.y - rect.y)],
    ['bottom', Math.abs(point.y - (rect.y + rect.height))],
  ];
  let best = distances[0] as [HandleSide, number];
  for (const candidate of distances) if (candidate[1] < best[1]) best = candidate;
  return best[0];
}

/** Distance from a point to the outline of a rectangle (0 on the border). */
export function distanceToBorder(rect: Rect, point: Point): number {
  const right = rect.x + rect.width;
  const bottom = rect.y + rect.height;
  const inside = point.x > rect.x && point.x < right && point.y > rect.y && point.y < bottom;
  if (inside) return Math.min(point.x - rect.x, right - point.x, point.y - rect.y, bottom - point.y);
  const dx = Math.max(rect.x - point.x, 0, point.x - right);
  const dy = Math.max(rect.y - point.y, 0, point.y - bottom);
  return Math.hypot(dx, dy);
}

/**
 * Orthogonal routes from ELK, and ends placed on sides computed from ELK's positions, come with
 * float noise (x 363.3333333333333 then 363.33333333333326):
 * a segment that is straight within a millionth is made exactly straight.
 */
export function squareUp(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    out.push(
      last === undefined
        ? point
        : { x: Math.abs(point.x - last.x) < 1e-6 ? last.x : point.x, y: Math.abs(point.y - last.y) < 1e-6 ? last.y : point.y },
    );
  }
  return out;
}

/** Drops repeated points and the middle one of three collinear points. */
export function simplifyPath(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    if (last !== undefined && Math.abs(last.x - point.x) < 1e-6 && Math.abs(last.y - point.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (before !== undefined && last !== undefined) {
      const cross = (last.x - before.x) * (point.y - last.y) - (last.y - before.y) * (point.x - last.x);
      const dot = (last.x - before.x) * (point.x - last.x) + (last.y - before.y) * (point.y - last.y);
      if (Math.abs(cross) < 1e-6 && dot > 0) {
        out[out.length - 1] = point;
        continue;
      }
    }
    out.push(point);
  }
  return out;
}

export function translatePoint(point: Point, dx: number, dy: number): Point {
  return { x: point.x + dx, y: point.y + dy };
}
