// What a candidate route costs against the routes already drawn: the crossings (crossings.ts) and
// the stretches it shares with another edge in opposite directions (sharedStretches.ts). The
// passes that try other routes for one edge (loopBacks.ts, separateOpposing.ts) ask this for every
// try; only routes whose bounds come near the candidate's are counted, since a layout of a thousand
// nodes has over a thousand routes and a try meets a handful of them.

import { boundingRect, rectsOverlap, type Rect } from '../geometry/rect';
import type { Point } from '../model/types';
import { crossingsBetween } from './crossings';
import { opposingStretches } from './sharedStretches';

/** Farther apart than this, two routes neither cross nor share a line (sharedStretches.ts's SAME_LINE is 2). */
const NEAR = 3;

export interface DrawnRoute {
  points: readonly Point[];
  bounds: Rect;
}

export function drawnRoute(points: readonly Point[]): DrawnRoute {
  return { points, bounds: boundingRect(points.map((point) => ({ ...point, width: 0, height: 0 }))) ?? { x: 0, y: 0, width: 0, height: 0 } };
}

export function conflicts(points: readonly Point[], others: readonly DrawnRoute[]): { crossings: number; opposing: number } {
  const bounds = drawnRoute(points).bounds;
  let crossings = 0;
  let opposing = 0;
  for (const other of others) {
    if (!rectsOverlap(bounds, other.bounds, NEAR)) continue;
    crossings += crossingsBetween(points, other.points);
    opposing += opposingStretches([points, other.points]).length;
  }
  return { crossings, opposing };
}
