// The last pass of a layout without lanes: stretches where two edges still share a line in opposite
// directions (sharedStretches.ts) after the loop-backs got their ports (loopBacks.ts). There are
// two kinds, and each gets its own repair, kept only when it crosses no more edges than before:
//   - two routes meeting on one line between nodes: one of the two segments moves aside, parallel,
//     by a few units (both routes stay where they were, only no longer on one line);
//   - an edge arriving at a side that another edge leaves by (a loop-back kept ELK's route there,
//     its only one crossing nothing): one of the two ends moves to the side across from it that its
//     route turns towards, the route sliding along the node or stepping out of the new side first;
//     or else the edge goes round everything between its ends, out of one side and into the same
//     side of the other node (over the top, under the bottom), outside every route there, joining
//     edges that arrive at that side the same way (where every side of a node is taken, the sides
//     used by arriving edges only are the ones left to arrive at).

import type { HandleSide, Point } from '../model/types';
import type { Rect } from '../geometry/rect';
import type { RectIndex } from '../geometry/rectIndex';
import { sideMiddle, simplifyPath } from './geometry';
import type { Route } from './placement';
import { opposingStretches } from './sharedStretches';
import { conflicts, drawnRoute, type DrawnRoute } from './routeConflicts';

interface Ends {
  source: string;
  target: string;
}

const EPS = 0.5;
/** Sideways moves tried for a segment on another edge's line, in order. */
const NUDGES = [4, -4, 8, -8];
/** Rounds over the remaining stretches: a repair can leave another one to make. */
const ROUNDS = 3;

/**
 * `routes` by edge id, `ends` the source and target of each, `rects` every node's box, `obstacles`
 * the same boxes indexed; changed in place. `jog` is how far an end may step out of a new side.
 */
export function separateOpposing(
  routes: Map<string, Route>,
  ends: ReadonlyMap<string, Ends>,
  rects: ReadonlyMap<string, Rect>,
  obstacles: RectIndex,
  jog: number,
): void {
  const ids = [...routes.keys()];
  const drawn = new Map(ids.map((id) => [id, drawnRoute((routes.get(id) as Route).points)]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const lines = ids.map((id) => (routes.get(id) as Route).points);
    const found = opposingStretches(lines);
    if (found.length === 0) return;
    let repaired = false;
    for (const stretch of found) {
      for (const index of [stretch.a, stretch.b]) {
        const id = ids[index] as string;
        const edge = ends.get(id);
        if (edge === undefined) continue;
        const current = routes.get(id) as Route;
        const others = ids.filter((other) => other !== id).map((other) => drawn.get(other) as DrawnRoute);
        const before = conflicts(current.points, others);
        if (before.opposing === 0) continue;
        const candidates = [...nudged(current), ...movedEnds(current, edge, rects, routes, ends, jog), ...roundTheOutside(id, edge, rects, routes, ends, jog)];
        const better = candidates.find((route) => {
          if (!clear(route.points, obstacles)) return false;
          const after = conflicts(route.points, others);
          return after.crossings <= before.crossings && after.opposing < before.opposing;
        });
        if (better === undefined) continue;
        routes.set(id, better);
        drawn.set(id, drawnRoute(better.points));
        repaired = true;
        break;
      }
    }
    if (!repaired) return;
  }
}

/** No segment enters a node (touching a border, as an end on its side does, is not entering). */
function clear(points: readonly Point[], obstacles: RectIndex): boolean {
  for (let i = 0; i + 1 < points.length; i += 1) if (obstacles.segmentEntersAny(points[i] as Point, points[i + 1] as Point, EPS)) return false;
  return true;
}

/** The route with one of its inner segments (not the first or last, which hold its ends) moved aside. */
function nudged(route: Route): Route[] {
  const points = route.points;
  const tries: Route[] = [];
  for (let i = 1; i + 2 < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    const horizontal = Math.abs(a.y - b.y) < EPS;
    for (const by of NUDGES) {
      const move = (point: Point): Point => (horizontal ? { x: point.x, y: point.y + by } : { x: point.x + by, y: point.y });
      tries.push({ ...route, points: [...points.slice(0, i), move(a), move(b), ...points.slice(i + 2)] });
    }
  }
  return tries;
}

const ACROSS: Readonly<Record<HandleSide, readonly [HandleSide, HandleSide]>> = {
  left: ['top', 'bottom'],
  right: ['top', 'bottom'],
  top: ['left', 'right'],
  bottom: ['left', 'right'],
};

/**
 * The route with its start or its end moved to a side across from the one it uses, the side its
 * route turns towards after leaving, when no edge uses that side the other way round.
 */
function movedEnds(
  route: Route,
  edge: Ends,
  rects: ReadonlyMap<string, Rect>,
  routes: ReadonlyMap<string, Route>,
  ends: ReadonlyMap<string, Ends>,
  jog: number,
): Route[] {
  const tries: Route[] = [];
  const source = rects.get(edge.source);
  const target = rects.get(edge.target);
  if (source !== undefined) {
    const head = movedStart(route.points, source, route.sourceHandle, jog);
    if (head !== null && sideFree(edge.source, head.side, 'out', routes, ends)) tries.push({ ...route, points: head.points, sourceHandle: head.side });
  }
  if (target !== undefined) {
    const tail = movedStart([...route.points].reverse(), target, route.targetHandle, jog);
    if (tail !== null && sideFree(edge.target, tail.side, 'in', routes, ends)) tries.push({ ...route, points: tail.points.reverse(), targetHandle: tail.side });
  }
  return tries;
}

const OUTSIDE: readonly HandleSide[] = ['top', 'bottom', 'left', 'right'];

/**
 * The edge out of one side of its source and into the same side of its target, its middle run
 * `gap` beyond every node and every other route between the two anchors.
 */
function roundTheOutside(
  id: string,
  edge: Ends,
  rects: ReadonlyMap<string, Rect>,
  routes: ReadonlyMap<string, Route>,
  ends: ReadonlyMap<string, Ends>,
  gap: number,
): Route[] {
  const source = rects.get(edge.source);
  const target = rects.get(edge.target);
  if (source === undefined || target === undefined || edge.source === edge.target) return [];
  const tries: Route[] = [];
  for (const side of OUTSIDE) {
    if (!sideFree(edge.source, side, 'out', routes, ends) || !sideFree(edge.target, side, 'in', routes, ends)) continue;
    const from = sideMiddle(source, side);
    const to = sideMiddle(target, side);
    const vertical = side === 'top' || side === 'bottom';
    const across = vertical ? 'x' : 'y';
    const along = vertical ? 'y' : 'x';
    const low = Math.min(from[across], to[across]);
    const high = Math.max(from[across], to[across]);
    const outward = side === 'top' || side === 'left' ? -1 : 1;
    // The farthest out of every node box and route segment between the two anchors.
    let reach = outward < 0 ? Math.min(from[along], to[along]) : Math.max(from[along], to[along]);
    const extend = (value: number): void => {
      reach = outward < 0 ? Math.min(reach, value) : Math.max(reach, value);
    };
    for (const rect of rects.values()) {
      const start = vertical ? rect.x : rect.y;
      const size = vertical ? rect.width : rect.height;
      if (start + size < low || start > high) continue;
      extend(outward < 0 ? (vertical ? rect.y : rect.x) : vertical ? rect.y + rect.height : rect.x + rect.width);
    }
    for (const [other, route] of routes) {
      if (other === id) continue;
      for (let i = 0; i + 1 < route.points.length; i += 1) {
        const a = route.points[i] as Point;
        const b = route.points[i + 1] as Point;
        if (Math.max(a[across], b[across]) < low || Math.min(a[across], b[across]) > high) continue;
        extend(a[along]);
        extend(b[along]);
      }
    }
    const line = reach + outward * gap;
    const bend = (at: Point): Point => (vertical ? { x: at.x, y: line } : { x: line, y: at.y });
    tries.push({ points: [from, bend(from), bend(to), to], sourceHandle: side, targetHandle: side });
  }
  return tries;
}

/** A side of a node that no edge uses the other way round ('in' arrives, 'out' leaves). */
function sideFree(node: string, side: HandleSide, use: 'in' | 'out', routes: ReadonlyMap<string, Route>, ends: ReadonlyMap<string, Ends>): boolean {
  for (const [id, route] of routes) {
    const edge = ends.get(id);
    if (edge === undefined) continue;
    if (use === 'out' && edge.target === node && route.targetHandle === side) return false;
    if (use === 'in' && edge.source === node && route.sourceHandle === side) return false;
  }
  return true;
}

/**
 * `points` leaves `rect` by `side`: the first segment out of the side, the second along it. The
 * start moves to the side across that the second segment heads for: sliding straight out of it to
 * the second segment's end when that lies beyond the side, else stepping `jog` out of it first.
 */
function movedStart(points: readonly Point[], rect: Rect, side: HandleSide, jog: number): { points: Point[]; side: HandleSide } | null {
  const q1 = points[1];
  const q2 = points[2];
  if (q1 === undefined || q2 === undefined || points.length < 4) return null;
  const along = side === 'left' || side === 'right' ? 'y' : 'x';
  const heading = q2[along] - q1[along];
  if (Math.abs(heading) < EPS) return null;
  const [low, high] = ACROSS[side];
  const next = heading < 0 ? low : high;
  const anchor = sideMiddle(rect, next);
  const beyond = heading < 0 ? q2[along] < anchor[along] - EPS : q2[along] > anchor[along] + EPS;
  const step = anchor[along] + Math.sign(heading) * jog;
  const out = along === 'y' ? { x: anchor.x, y: beyond ? q2.y : step } : { x: beyond ? q2.x : step, y: anchor.y };
  const head = beyond ? [anchor, out, q2] : [anchor, out, along === 'y' ? { x: q1.x, y: step } : { x: step, y: q1.y }, q2];
  return { points: simplifyPath(withoutDoublingBack([...head, ...points.slice(3)])), side: next };
}

/** A route that runs along a line and back along it again only goes as far as where it turns. */
function withoutDoublingBack(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const point of points) {
    const last = out[out.length - 1];
    const before = out[out.length - 2];
    if (before !== undefined && last !== undefined) {
      const cross = (last.x - before.x) * (point.y - last.y) - (last.y - before.y) * (point.x - last.x);
      const dot = (last.x - before.x) * (point.x - last.x) + (last.y - before.y) * (point.y - last.y);
      if (Math.abs(cross) < 1e-6 && dot < 0) out.pop();
    }
    out.push(point);
  }
  return out;
}
