// Stretches where two edges run along one line in opposite directions: drawn, they read as a single
// line with an arrowhead at each end ("◀—100%—▶"), and neither edge can be followed (issue 17).

import type { Point } from '../model/types';

/** Parallel segments closer than this read as one line. */
const SAME_LINE = 2;
/** Segments that overlap along their line by less than this only touch. */
const MIN_SHARED = 2;

export interface OpposingStretch {
  /** Indexes of the two polylines. */
  a: number;
  b: number;
  length: number;
}

type Polyline = readonly Point[];

interface Run {
  line: number;
  /** Position along the line, from and to, in the direction of travel. */
  from: number;
  to: number;
  horizontal: boolean;
  owner: number;
}

function runsOf(points: Polyline, owner: number): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const p = points[i] as Point;
    const q = points[i + 1] as Point;
    if (p.y === q.y && p.x !== q.x) runs.push({ line: p.y, from: p.x, to: q.x, horizontal: true, owner });
    else if (p.x === q.x && p.y !== q.y) runs.push({ line: p.x, from: p.y, to: q.y, horizontal: false, owner });
  }
  return runs;
}

/** Every pair of axis-parallel segments of two different polylines that share a line in opposite directions. */
export function opposingStretches(polylines: readonly Polyline[]): OpposingStretch[] {
  // Sorted by orientation and line, only runs at most SAME_LINE apart are compared: a layout of a
  // thousand nodes has thousands of runs, too many to compare every pair of.
  const runs = polylines.flatMap((points, index) => runsOf(points, index));
  runs.sort((r, s) => Number(r.horizontal) - Number(s.horizontal) || r.line - s.line);
  const found: OpposingStretch[] = [];
  for (let i = 0; i < runs.length; i += 1) {
    const r = runs[i] as Run;
    for (let j = i + 1; j < runs.length; j += 1) {
      const s = runs[j] as Run;
      if (r.horizontal !== s.horizontal || s.line - r.line > SAME_LINE) break;
      if (r.owner === s.owner) continue;
      if (Math.sign(r.to - r.from) === Math.sign(s.to - s.from)) continue;
      const shared = Math.min(Math.max(r.from, r.to), Math.max(s.from, s.to)) - Math.max(Math.min(r.from, r.to), Math.min(s.from, s.to));
      if (shared >= MIN_SHARED) found.push({ a: Math.min(r.owner, s.owner), b: Math.max(r.owner, s.owner), length: shared });
    }
  }
  return found.sort((x, y) => x.a - y.a || x.b - y.b);
}
