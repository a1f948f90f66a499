// A note attached to nothing stays where the user put it; only when the new layout covers that
// spot (a node or an edge runs through it) does it move, to the nearest free spot around it.

import type { Point } from '../model/types';
import { rectsOverlap, type Rect } from '../geometry/rect';
import { segmentEntersRect } from '../geometry/segments';

const STEP = 20;
const RINGS = 12;

/** Returns the notes' boxes in the same order; each placed note becomes an obstacle for the next. */
export function placeLooseNotes(
  notes: readonly Rect[],
  obstacles: readonly Rect[],
  segments: readonly (readonly [Point, Point])[],
  gap: number,
): Rect[] {
  const taken = [...obstacles];
  const placed: Rect[] = [];
  const free = (rect: Rect): boolean =>
    !taken.some((other) => rectsOverlap(rect, other, gap)) &&
    !segments.some(([a, b]) => segmentEntersRect(a, b, grow(rect, gap), 0));

  for (const note of notes) {
    let spot: Rect | undefined = free(note) ? note : undefined;
    for (let ring = 1; spot === undefined && ring <= RINGS; ring += 1) {
      spot = ringOffsets(ring)
        .map(([dx, dy]) => ({ ...note, x: note.x + dx * STEP, y: note.y + dy * STEP }))
        .find(free);
    }
    if (spot === undefined) {
      // Nothing close by: below everything, where nothing can be.
      const bottom = [...taken, ...segments.flatMap(([a, b]) => [pointRect(a), pointRect(b)])].reduce(
        (max, rect) => Math.max(max, rect.y + rect.height),
        note.y,
      );
      spot = { ...note, y: bottom + gap * 2 };
    }
    placed.push(spot);
    taken.push(spot);
  }
  return placed;
}

function grow(rect: Rect, by: number): Rect {
  return { x: rect.x - by, y: rect.y - by, width: rect.width + 2 * by, height: rect.height + 2 * by };
}

function pointRect(point: Point): Rect {
  return { x: point.x, y: point.y, width: 0, height: 0 };
}

/** The cells on the square ring at distance `ring`, nearest first. */
function ringOffsets(ring: number): [number, number][] {
  const cells: [number, number][] = [];
  for (let dx = -ring; dx <= ring; dx += 1) {
    for (let dy = -ring; dy <= ring; dy += 1) {
      if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) cells.push([dx, dy]);
    }
  }
  return cells.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]));
}
