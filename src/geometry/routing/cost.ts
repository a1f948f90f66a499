// What a candidate route costs: length and bends, plus penalties for entering a box, leaving or
// arriving the wrong way, and doubling back. Shared by the quick shapes and checked against the
// grid search's result.

import type { Point } from '../point';
import type { Rect } from '../rect';
import { segmentEntersRect } from '../segments';

export const BEND_COST = 24;
const SHORT_END_COST = 200;
const MIN_END_SEGMENT = 12;
export const OTHER_BOX_COST = 2000;
const WRONG_WAY_COST = 5000;
const OWN_BOX_COST = 10000;

export interface CostContext {
  /** Outward normals of the two ends' sides. */
  n0: Point;
  n1: Point;
  /** The part of each end's box the route must not cross. */
  ownCores: readonly Rect[];
  /** How many other boxes (grown by the clearance) the segment from p to q enters. */
  crossings: (p: Point, q: Point) => number;
}

function direction(p: Point, q: Point): Point {
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  return length === 0 ? { x: 0, y: 0 } : { x: (q.x - p.x) / length, y: (q.y - p.y) / length };
}

function blockedSegments(points: readonly Point[], crossings: CostContext['crossings']): number {
  let count = 0;
  for (let i = 1; i < points.length; i++) count += crossings(points[i - 1] as Point, points[i] as Point);
  return count;
}

interface Faults {
  /** Diagonal segments, U-turns, and ends that leave or arrive other than straight out of their side. */
  wrongWay: number;
  /** Segments through an end's own box. */
  ownBox: number;
  shortEnd: boolean;
}

function faults(points: readonly Point[], context: CostContext): Faults {
  const found: Faults = { wrongWay: 0, ownBox: 0, shortEnd: false };
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    if (Math.abs(p.x - q.x) > 1e-6 && Math.abs(p.y - q.y) > 1e-6) found.wrongWay++;
    for (const core of context.ownCores) if (segmentEntersRect(p, q, core)) found.ownBox++;
    const before = points[i - 2];
    if (before !== undefined) {
      const d0 = direction(before, p);
      const d1 = direction(p, q);
      if (d0.x * d1.x + d0.y * d1.y < -0.5) found.wrongWay++;
    }
  }
  const first = points[0];
  const second = points[1];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  if (first === undefined || second === undefined || last === undefined || beforeLast === undefined) return found;
  const out = direction(first, second);
  const arrive = direction(beforeLast, last);
  if (out.x * context.n0.x + out.y * context.n0.y < 0.99) found.wrongWay++;
  if (arrive.x * -context.n1.x + arrive.y * -context.n1.y < 0.99) found.wrongWay++;
  found.shortEnd = Math.hypot(last.x - beforeLast.x, last.y - beforeLast.y) < MIN_END_SEGMENT;
  return found;
}

function length(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    total += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
  }
  return total;
}

/** A shape's own cost, before looking at other boxes: length, bends and how it meets its ends. */
export function shapeCost(points: readonly Point[], context: CostContext): { cost: number; wellFormed: boolean } {
  const found = faults(points, context);
  const cost =
    length(points) +
    BEND_COST * Math.max(0, points.length - 2) +
    WRONG_WAY_COST * found.wrongWay +
    OWN_BOX_COST * found.ownBox +
    (found.shortEnd ? SHORT_END_COST : 0);
  return { cost, wellFormed: found.wrongWay === 0 && found.ownBox === 0 };
}

/** How many other boxes the route enters, counted segment by segment: zero means it is clear. */
export function crossingCount(points: readonly Point[], context: CostContext): number {
  return blockedSegments(points, context.crossings);
}
