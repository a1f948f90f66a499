import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitPngScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './pngSize';

// Issue 10, case 6: whatever the diagram's size and the scale asked for, the PNG fits the browser's
// canvas, and the size the user is told is the size of the file: html-to-image makes a canvas of
// `width × scale` pixels, and a canvas truncates a fractional size.

describe('fitPngScale on any diagram', () => {
  it('reports exactly the canvas size and never passes the canvas limits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom(1, 2, 3, 4),
        (width, height, requested) => {
          const size = fitPngScale(width, height, requested);
          // What a canvas element would measure, given these numbers.
          expect(size.width).toBe(Math.trunc(width * size.scale));
          expect(size.height).toBe(Math.trunc(height * size.scale));
          expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
          expect(size.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
          expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
          expect(size.scale).toBeGreaterThan(0);
          expect(size.reduced).toBe(size.scale < requested);
          if (!size.reduced) expect(size.scale).toBe(requested);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('tells the truth for a 6,048 px wide diagram at 4×, where rounding would say one pixel too many', () => {
    const size = fitPngScale(6048, 112, 4);
    expect(size).toEqual({ scale: 2.708, width: 16377, height: 303, reduced: true });
  });
});
