// The shortest orthogonal path with fewest bends between two points among boxes, on the grid of
// lines through the boxes' borders and the two points (an orthogonal visibility graph). Used for
// edges no quick shape gets through cleanly. Coordinates are sorted and ties broken by state
// number, so the path depends on the set of boxes, never on their order.

import { MinHeap } from '../../lib/minHeap';
import type { Point } from '../point';
import type { Rect } from '../rect';
import { BEND_COST } from './cost';

/** Directions of travel: +x, +y, -x, -y; the opposite of d is (d + 2) % 4. */
const STEP_X = [1, 0, -1, 0] as const;
const STEP_Y = [0, 1, 0, -1] as const;

export function directionOf(vector: Point): number {
  if (Math.abs(vector.x) >= Math.abs(vector.y)) return vector.x >= 0 ? 0 : 2;
  return vector.y >= 0 ? 1 : 3;
}

function sortedUnique(values: number[]): number[] {
  values.sort((p, q) => p - q);
  return values.filter((value, i) => i === 0 || value - (values[i - 1] as number) > 1e-6);
}

/** Index of the first coordinate ≥ value − ε. */
function lowerBound(coordinates: readonly number[], value: number): number {
  let low = 0;
  let high = coordinates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((coordinates[mid] as number) < value - 1e-6) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last coordinate ≤ value + ε. */
function upperBound(coordinates: readonly number[], value: number): number {
  return lowerBound(coordinates, value + 2e-6) - 1;
}

interface Scratch {
  /** blocked[cell * 4 + d]: the step from this grid point in direction d enters a box. */
  blocked: Uint8Array;
  closed: Uint8Array;
  distance: Float64Array;
  previous: Int32Array;
}

let buffers: Scratch | null = null;

/**
 * Arrays for one search, reused from the last one: routing a large diagram runs many searches in
 * a row, and fresh arrays each time made garbage collection the larger part of the work.
 */
function scratch(size: number): Scratch {
  if (buffers === null || buffers.blocked.length < size) {
    const capacity = Math.max(size, 2 * (buffers?.blocked.length ?? 0), 4096);
    buffers = { blocked: new Uint8Array(capacity), closed: new Uint8Array(capacity), distance: new Float64Array(capacity), previous: new Int32Array(capacity) };
  }
  buffers.blocked.fill(0, 0, size);
  buffers.closed.fill(0, 0, size);
  buffers.distance.fill(Infinity, 0, size);
  buffers.previous.fill(-1, 0, size);
  return buffers;
}

export interface GridQuery {
  from: Point;
  /** The direction of travel on arriving at `from` (the route came straight out of its box). */
  fromDirection: Point;
  to: Point;
  /** The direction of travel on leaving `to` (the route goes straight into its box). */
  toDirection: Point;
  /** Boxes the path may run along but not enter. */
  boxes: readonly Rect[];
  region: Rect;
}

/** The bend points from `from` to `to` inclusive, or null when the boxes close every way. */
export function gridSearch(query: GridQuery): Point[] | null {
  const { from, to, region } = query;
  const xs = sortedUnique([region.x, region.x + region.width, from.x, to.x, ...query.boxes.flatMap((b) => [b.x, b.x + b.width])].filter((x) => x >= region.x - 1e-6 && x <= region.x + region.width + 1e-6));
  const ys = sortedUnique([region.y, region.y + region.height, from.y, to.y, ...query.boxes.flatMap((b) => [b.y, b.y + b.height])].filter((y) => y >= region.y - 1e-6 && y <= region.y + region.height + 1e-6));
  const columns = xs.length;
  const rows = ys.length;
  const cells = columns * rows;
  const { blocked, closed, distance, previous } = scratch(cells * 4);
  for (const box of query.boxes) {
    const i0 = lowerBound(xs, box.x);
    const i1 = upperBound(xs, box.x + box.width);
    const j0 = lowerBound(ys, box.y);
    const j1 = upperBound(ys, box.y + box.height);
    // A point strictly inside a box, and a step along a grid line strictly inside it, are closed.
    for (let j = j0; j <= j1; j++) {
      const innerRow = (ys[j] as number) > box.y + 1e-6 && (ys[j] as number) < box.y + box.height - 1e-6;
      for (let i = i0; i <= i1; i++) {
        const innerColumn = (xs[i] as number) > box.x + 1e-6 && (xs[i] as number) < box.x + box.width - 1e-6;
        const cell = j * columns + i;
        if (innerRow && i < i1) {
          blocked[cell * 4] = 1;
          blocked[(cell + 1) * 4 + 2] = 1;
        }
        if (innerColumn && j < j1) {
          blocked[cell * 4 + 1] = 1;
          blocked[(cell + columns) * 4 + 3] = 1;
        }
      }
    }
  }
  const start = lowerBound(ys, from.y) * columns + lowerBound(xs, from.x);
  const goal = lowerBound(ys, to.y) * columns + lowerBound(xs, to.x);
  const firstDirection = directionOf(query.fromDirection);
  const lastDirection = directionOf(query.toDirection);
  const heap = new MinHeap();
  // A*: the distance left along the axes never overestimates, so the first way found is shortest.
  const goalX = xs[goal % columns] as number;
  const goalY = ys[Math.floor(goal / columns)] as number;
  const estimate = (cell: number): number => {
    const i = cell % columns;
    return Math.abs((xs[i] as number) - goalX) + Math.abs((ys[(cell - i) / columns] as number) - goalY);
  };
  distance[start * 4 + firstDirection] = 0;
  heap.push(estimate(start), start * 4 + firstDirection);
  let best = -1;
  let bestCost = Infinity;
  for (let state = heap.pop(); state !== undefined; state = heap.pop()) {
    if (closed[state] === 1) continue;
    closed[state] = 1;
    const cost = distance[state] as number;
    if (cost + estimate(state >> 2) >= bestCost) break;
    const cell = state >> 2;
    const d = state & 3;
    if (cell === goal) {
      if (d === (lastDirection + 2) % 4) continue;
      const total = cost + (d === lastDirection ? 0 : BEND_COST);
      if (total < bestCost) {
        bestCost = total;
        best = state;
      }
      continue;
    }
    const i = cell % columns;
    const j = (cell - i) / columns;
    for (let next = 0; next < 4; next++) {
      if (next === (d + 2) % 4 || blocked[cell * 4 + next] === 1) continue;
      const ni = i + (STEP_X[next] as number);
      const nj = j + (STEP_Y[next] as number);
      if (ni < 0 || nj < 0 || ni >= columns || nj >= rows) continue;
      const step = Math.abs((xs[ni] as number) - (xs[i] as number)) + Math.abs((ys[nj] as number) - (ys[j] as number));
      const nextState = (nj * columns + ni) * 4 + next;
      const nextCost = cost + step + (next === d ? 0 : BEND_COST);
      if (nextCost < (distance[nextState] as number)) {
        distance[nextState] = nextCost;
        previous[nextState] = state;
        heap.push(nextCost + estimate(nextState >> 2), nextState);
      }
    }
  }
  if (best < 0) return null;
  const path: Point[] = [];
  for (let state = best; state >= 0; state = previous[state] as number) {
    const cell = state >> 2;
    const i = cell % columns;
    path.push({ x: xs[i] as number, y: ys[(cell - i) / columns] as number });
  }
  return path.reverse();
}
