// Edges that share a side of a node keep their order just past it (issue 17: "ports ordered so that
// edges leaving one side never swap just after the node"). Every edge at a side leaves from its
// middle (React Flow's one handle there), runs out square, and turns along the side towards where it
// goes; the one turning nearer the node must be the one going farther along the side, or the other
// crosses it right there (ELK ordered its ports along the side, and moving them all to the middle,
// snapEnds.ts, can lose that order). Such a pair swaps the distances at which the two turn, kept
// only when both routes stay clear of every node and together cross and share lines no more.

import type { RectIndex } from '../geometry/rectIndex';
import type { HandleSide, Point } from '../model/types';
import { crossingsBetween } from './crossings';
import { simplifyPath } from './geometry';
import type { Route } from './placement';
import { conflicts, drawnRoute } from './routeConflicts';

interface Ends {
  source: string;
  target: string;
}

/** Segments from the node within which two edges at its side crossing is their order lost there. */
export const NEAR_SEGMENTS = 3;
const EPS = 0.5;

interface SideEnd {
  id: string;
  /** Whether the route starts at this node (else it ends there and is read backwards). */
  leaves: boolean;
}

/** Changes `routes` in place. */
export function orderSides(routes: Map<string, Route>, ends: ReadonlyMap<string, Ends>, obstacles: RectIndex): void {
  const sides = new Map<string, SideEnd[]>();
  const add = (node: string, side: HandleSide, end: SideEnd): void => {
    const key = `${node} ${side}`;
    sides.set(key, [...(sides.get(key) ?? []), end]);
  };
  for (const [id, route] of routes) {
    const edge = ends.get(id);
    if (edge === undefined) continue;
    add(edge.source, route.sourceHandle, { id, leaves: true });
    add(edge.target, route.targetHandle, { id, leaves: false });
  }
  const outward = ({ id, leaves }: SideEnd): Point[] => {
    const points = routes.get(id)?.points ?? [];
    return leaves ? [...points] : [...points].reverse();
  };
  const write = ({ id, leaves }: SideEnd, points: readonly Point[]): void => {
    const route = routes.get(id);
    if (route !== undefined) routes.set(id, { ...route, points: simplifyPath(leaves ? points : [...points].reverse()) });
  };
  for (const group of sides.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i] as SideEnd;
        const b = group[j] as SideEnd;
        const [pathA, pathB] = [outward(a), outward(b)];
        if (crossingsBetween(pathA.slice(0, NEAR_SEGMENTS + 1), pathB.slice(0, NEAR_SEGMENTS + 1)) === 0) continue;
        const swapped = swapTurns(pathA, pathB);
        if (swapped === null) continue;
        const [newA, newB] = swapped;
        if ([newA, newB].some((path) => entersNode(path, obstacles))) continue;
        const others = [...routes.keys()].filter((id) => id !== a.id && id !== b.id).map((id) => drawnRoute(routes.get(id)?.points ?? []));
        const cost = (p: readonly Point[], q: readonly Point[]): number => {
          const withP = conflicts(p, others);
          const withQ = conflicts(q, others);
          const between = conflicts(p, [drawnRoute(q)]);
          return withP.crossings + withQ.crossings + between.crossings + 3 * (withP.opposing + withQ.opposing + between.opposing);
        };
        if (cost(newA, newB) >= cost(pathA, pathB)) continue;
        write(a, newA);
        write(b, newB);
      }
    }
  }
}

/**
 * Two routes read outwards from one side's middle, each running out square and then along the
 * side: each now turns where the other did, its run along the side moved out or in to there. Null
 * when either route is not of that shape or would turn back on itself.
 */
function swapTurns(a: readonly Point[], b: readonly Point[]): [Point[], Point[]] | null {
  const turnA = turn(a);
  const turnB = turn(b);
  if (turnA === null || turnB === null || turnA.vertical !== turnB.vertical) return null;
  const movedA = moveTurn(a, turnA.vertical, turnB.at);
  const movedB = moveTurn(b, turnB.vertical, turnA.at);
  return movedA === null || movedB === null ? null : [movedA, movedB];
}

/** Where a route read outwards first turns: the coordinate across the side it turns at, and whether it first runs vertically. */
function turn(points: readonly Point[]): { at: number; vertical: boolean } | null {
  const [p0, p1, p2, p3] = points;
  if (p0 === undefined || p1 === undefined || p2 === undefined || p3 === undefined) return null;
  const vertical = Math.abs(p0.x - p1.x) < EPS;
  const horizontal = Math.abs(p0.y - p1.y) < EPS;
  if (vertical === horizontal) return null;
  // The run along the side, then out again the way it started.
  const along = vertical ? Math.abs(p1.y - p2.y) < EPS : Math.abs(p1.x - p2.x) < EPS;
  const outAgain = vertical ? Math.abs(p2.x - p3.x) < EPS : Math.abs(p2.y - p3.y) < EPS;
  return along && outAgain ? { at: vertical ? p1.y : p1.x, vertical } : null;
}

function moveTurn(points: readonly Point[], vertical: boolean, at: number): Point[] | null {
  const [p0, p1, p2, p3, ...rest] = points as [Point, Point, Point, Point, ...Point[]];
  const coordinate = (p: Point): number => (vertical ? p.y : p.x);
  const moved = (p: Point): Point => (vertical ? { x: p.x, y: at } : { x: at, y: p.y });
  // Still heading out from the node at every step, never back.
  const out = Math.sign(coordinate(p1) - coordinate(p0));
  if (Math.sign(at - coordinate(p0)) !== out || Math.sign(coordinate(p3) - at) !== out) return null;
  return [p0, moved(p1), moved(p2), p3, ...rest];
}

function entersNode(points: readonly Point[], obstacles: RectIndex): boolean {
  for (let i = 0; i + 1 < points.length; i += 1) {
    if (obstacles.segmentEntersAny(points[i] as Point, points[i + 1] as Point, EPS)) return true;
  }
  return false;
}
