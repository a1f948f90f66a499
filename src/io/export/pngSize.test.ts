import { describe, expect, it } from 'vitest';
import { fitPngScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './pngSize';

describe('fitPngScale', () => {
  it('keeps a scale that fits', () => {
    expect(fitPngScale(1000, 500, 2)).toEqual({ scale: 2, width: 2000, height: 1000, reduced: false });
  });

  it('lowers the scale to the longest side limit', () => {
    const size = fitPngScale(10_000, 1000, 4);
    expect(size.reduced).toBe(true);
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(size.width).toBeGreaterThan(MAX_CANVAS_SIDE - 20);
  });

  it('lowers the scale to the area limit', () => {
    const size = fitPngScale(16_000, 16_000, 2);
    expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_AREA);
    expect(size.reduced).toBe(true);
  });
});
