// Edge crossings of a drawing, counted on polylines: our orthogonal routes as they are, Graphviz
// splines sampled into polylines (dotSplines.ts). One function for both, so the comparison is fair.

import type { Point } from '../model/types';

/** Within this distance of either end of an edge, a meeting is the two edges sharing a node. */
const END_ZONE = 1;
const EPS = 1e-9;
/**
 * Far more than the tolerance of the exact tests below (relative, 1e-9) can reach at drawing
 * sizes: boxes further apart than this hold no crossing and no bend on a line.
 */
const NEAR = 0.01;

type Polyline = readonly Point[];

/**
 * The number of times two different polylines cross. Touching is not crossing: ends meeting at a
 * shared node, a bend resting on another edge, a stretch that two routes share (a stretch shared
 * and then left on the other side is not seen either). A polyline running through another's bend
 * point crosses it when it arrives on one side and leaves on the other.
 */
export function countCrossings(polylines: readonly Polyline[]): number {
  const bounds = polylines.map(boundsOf);
  let total = 0;
  for (let i = 0; i < polylines.length; i += 1) {
    const boundsA = bounds[i] as Bounds;
    for (let j = i + 1; j < polylines.length; j += 1) {
      const boundsB = bounds[j] as Bounds;
      if (!boundsMeet(boundsA, boundsB, EPS)) continue;
      total += crossingsBetween(polylines[i] as Polyline, polylines[j] as Polyline);
    }
  }
  return total;
}

/** The ids of each two polylines that cross, each pair once. */
export function crossingPairs(polylines: ReadonlyMap<string, Polyline>): [string, string][] {
  const entries = [...polylines].map(([id, line]) => ({ id, line, bounds: boundsOf(line) }));
  const pairs: [string, string][] = [];
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      if (boundsMeet(a.bounds, b.bounds, EPS) && crossingsBetween(a.line, b.line) > 0) pairs.push([a.id, b.id]);
    }
  });
  return pairs;
}

/** Crossings of one pair of polylines. */
export function crossingsBetween(a: Polyline, b: Polyline): number {
  const ends = [a[0], a[a.length - 1], b[0], b[b.length - 1]].filter((point): point is Point => point !== undefined);
  const nearEnd = (point: Point): boolean => ends.some((end) => (end.x - point.x) ** 2 + (end.y - point.y) ** 2 <= END_ZONE ** 2);
  let count = 0;
  for (let i = 0; i + 1 < a.length; i += 1) {
    const p = a[i] as Point;
    const p2 = a[i + 1] as Point;
    for (let k = 0; k + 1 < b.length; k += 1) {
      const q = b[k] as Point;
      const q2 = b[k + 1] as Point;
      // Segments whose boxes do not meet cannot cross: most pairs, skipped before any arithmetic.
      if (!segmentBoxesMeet(p, p2, q, q2, NEAR)) continue;
      const hit = properIntersection(p, p2, q, q2);
      if (hit !== null && !nearEnd(hit)) count += 1;
    }
  }
  count += throughBends(a, b, nearEnd) + throughBends(b, a, nearEnd);
  return count;
}

/** Bends of `bent` that lie inside a segment of `line` and are passed from one side to the other. */
function throughBends(bent: Polyline, line: Polyline, nearEnd: (point: Point) => boolean): number {
  let count = 0;
  for (let k = 1; k + 1 < bent.length; k += 1) {
    const v = bent[k] as Point;
    if (nearEnd(v)) continue;
    for (let i = 0; i + 1 < line.length; i += 1) {
      const p = line[i] as Point;
      const p2 = line[i + 1] as Point;
      if (!segmentBoxesMeet(p, p2, v, v, NEAR) || !strictlyInside(p, p2, v)) continue;
      const before = orientation(p, p2, bent[k - 1] as Point);
      const after = orientation(p, p2, bent[k + 1] as Point);
      if (before * after < 0) count += 1;
      break;
    }
  }
  return count;
}

interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boundsOf(line: Polyline): Bounds {
  const bounds = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (const { x, y } of line) {
    bounds.left = Math.min(bounds.left, x);
    bounds.top = Math.min(bounds.top, y);
    bounds.right = Math.max(bounds.right, x);
    bounds.bottom = Math.max(bounds.bottom, y);
  }
  return bounds;
}

function boundsMeet(a: Bounds, b: Bounds, margin: number): boolean {
  return a.left < b.right + margin && b.left < a.right + margin && a.top < b.bottom + margin && b.top < a.bottom + margin;
}

function segmentBoxesMeet(p: Point, p2: Point, q: Point, q2: Point, margin: number): boolean {
  return (
    Math.min(p.x, p2.x) <= Math.max(q.x, q2.x) + margin &&
    Math.min(q.x, q2.x) <= Math.max(p.x, p2.x) + margin &&
    Math.min(p.y, p2.y) <= Math.max(q.y, q2.y) + margin &&
    Math.min(q.y, q2.y) <= Math.max(p.y, p2.y) + margin
  );
}

function orientation(a: Point, b: Point, c: Point): number {
  const value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
  const scale = Math.hypot(b.x - a.x, b.y - a.y) * Math.hypot(c.x - a.x, c.y - a.y);
  return Math.abs(value) <= EPS * Math.max(scale, 1) ? 0 : Math.sign(value);
}

/** v lies on segment ab, not at either of its ends. */
function strictlyInside(a: Point, b: Point, v: Point): boolean {
  if (orientation(a, b, v) !== 0) return false;
  const length2 = (b.x - a.x) ** 2 + (b.y - a.y) ** 2;
  if (length2 === 0) return false;
  const t = ((v.x - a.x) * (b.x - a.x) + (v.y - a.y) * (b.y - a.y)) / length2;
  return t > EPS && t < 1 - EPS;
}

/** Where two segments cross at a point inside both; null when they touch, overlap or miss. */
function properIntersection(p: Point, p2: Point, q: Point, q2: Point): Point | null {
  const rx = p2.x - p.x;
  const ry = p2.y - p.y;
  const sx = q2.x - q.x;
  const sy = q2.y - q.y;
  const denominator = rx * sy - ry * sx;
  const scale = Math.hypot(rx, ry) * Math.hypot(sx, sy);
  if (scale === 0 || Math.abs(denominator) <= EPS * scale) return null;
  const t = ((q.x - p.x) * sy - (q.y - p.y) * sx) / denominator;
  const u = ((q.x - p.x) * ry - (q.y - p.y) * rx) / denominator;
  if (t <= EPS || t >= 1 - EPS || u <= EPS || u >= 1 - EPS) return null;
  return { x: p.x + t * rx, y: p.y + t * ry };
}

