import { describe, expect, it } from 'vitest';
import { boundingRect, rectContains } from './rect';

describe('rectangles', () => {
  it('bounds several rectangles, overlapping or apart, and none as undefined', () => {
    expect(boundingRect([])).toBeUndefined();
    expect(
      boundingRect([
        { x: 10, y: 20, width: 30, height: 40 },
        { x: -5, y: 50, width: 10, height: 100 },
        { x: 15, y: 25, width: 5, height: 5 },
      ]),
    ).toEqual({ x: -5, y: 20, width: 45, height: 130 });
  });

  it('counts a point on the border as inside', () => {
    const rect = { x: 0, y: 0, width: 10, height: 10 };
    expect(rectContains(rect, { x: 10, y: 5 })).toBe(true);
    expect(rectContains(rect, { x: 10.01, y: 5 })).toBe(false);
  });
});
