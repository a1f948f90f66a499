// ELK spreads the edges of a node along its side; React Flow has one handle per side, in its
// middle. Moving each end of a route to that middle keeps the route attached to the handle the
// canvas draws, at the cost of edges that share a side meeting just before the node.

import type { HandleSide, Point } from '../model/types';
import { type Rect } from '../geometry/rect';
import { sideMiddle, sideOfBorderPoint, simplifyPath, squareUp } from './geometry';
import type { Route } from './placement';
import type { RectIndex } from '../geometry/rectIndex';

const CLOSE = 0.5;

/**
 * `points` runs from the source's border to the target's. Each end moves to the middle of its side
 * by sliding the first segment along the side when that stays clear of every obstacle, else by a
 * short jog right beside the node (at most `jog` away: within the spacing ELK kept free there).
 */
export function snapRouteEnds(
  points: readonly Point[],
  source: Rect,
  target: Rect,
  obstacles: RectIndex,
  jog: number,
): Route {
  const start = snapStart(points, source, obstacles, jog);
  const end = snapStart([...start.points].reverse(), target, obstacles, jog);
  return { points: simplifyPath(squareUp([...end.points].reverse())), sourceHandle: start.side, targetHandle: end.side };
}

function snapStart(
  points: readonly Point[],
  rect: Rect,
  obstacles: RectIndex,
  jog: number,
): { points: Point[]; side: HandleSide } {
  const p0 = points[0];
  const q = points[1];
  if (p0 === undefined || q === undefined) return { points: [...points], side: 'right' };
  const side = sideOfBorderPoint(rect, p0);
  const anchor = sideMiddle(rect, side);
  if (Math.hypot(anchor.x - p0.x, anchor.y - p0.y) < CLOSE) return { points: [anchor, ...points.slice(1)], side };

  const across = side === 'left' || side === 'right';
  const clear = (path: readonly Point[]): boolean => {
    for (let i = 0; i + 1 < path.length; i += 1) {
      const a = path[i] as Point;
      const b = path[i + 1] as Point;
      if (obstacles.segmentEntersAny(a, b, CLOSE)) return false;
    }
    return true;
  };

  // Slide: the first segment leaves the side square, and the second runs along it.
  const r = points[2];
  const square = across ? Math.abs(q.y - p0.y) < CLOSE : Math.abs(q.x - p0.x) < CLOSE;
  if (r !== undefined && square) {
    const parallel = across ? Math.abs(r.x - q.x) < CLOSE : Math.abs(r.y - q.y) < CLOSE;
    if (parallel) {
      const moved = across ? { x: q.x, y: anchor.y } : { x: anchor.x, y: q.y };
      const head = [anchor, moved, r];
      if (clear(head)) return { points: [...head, ...points.slice(3)], side };
    }
  }

  if (square) {
    const outward = side === 'right' || side === 'bottom' ? 1 : -1;
    const room = across ? Math.abs(q.x - p0.x) : Math.abs(q.y - p0.y);
    const step = outward * Math.min(jog, room / 2);
    const bend1 = across ? { x: p0.x + step, y: anchor.y } : { x: anchor.x, y: p0.y + step };
    const bend2 = across ? { x: p0.x + step, y: p0.y } : { x: p0.x, y: p0.y + step };
    const head = [anchor, bend1, bend2, q];
    if (clear(head)) return { points: [...head, ...points.slice(2)], side };
  }
  // Left where ELK put it: still on the border, only not at the handle.
  return { points: [...points], side };
}
