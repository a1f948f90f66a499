import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../geometry/rect';
import { placeLooseNotes } from './looseNotes';

const note = { x: 0, y: 0, width: 100, height: 60 };

describe('placeLooseNotes', () => {
  it('keeps a note whose spot is free', () => {
    expect(placeLooseNotes([note], [{ x: 300, y: 0, width: 50, height: 50 }], [], 10)).toEqual([note]);
  });

  it('moves a covered note to a free spot close by', () => {
    const node = { x: 20, y: 10, width: 100, height: 60 };
    const [placed] = placeLooseNotes([note], [node], [], 10);
    expect(placed && rectsOverlap(placed, node, 10)).toBe(false);
    expect(placed && Math.hypot(placed.x, placed.y)).toBeLessThan(200);
  });

  it('moves a note an edge runs through, and keeps two notes apart', () => {
    const placed = placeLooseNotes([note, note], [], [[{ x: -50, y: 30 }, { x: 150, y: 30 }]], 10);
    const [a, b] = placed;
    expect(a && b && rectsOverlap(a, b, 10)).toBe(false);
    expect(a?.y === 0 && a.x === 0).toBe(false);
  });
});
