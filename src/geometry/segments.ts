// Segments against rectangles: what routing and label placement ask of every obstacle.

import type { Point } from './point';
import type { Rect } from './rect';

/**
 * Whether a segment enters the rectangle shrunk by `inset` on every side, so that a segment that
 * only touches or runs along the border does not count (Liang–Barsky clipping).
 */
export function segmentEntersRect(a: Point, b: Point, rect: Rect, inset = 0): boolean {
  const x0 = rect.x + inset;
  const x1 = rect.x + rect.width - inset;
  const y0 = rect.y + inset;
  const y1 = rect.y + rect.height - inset;
  if (x0 >= x1 || y0 >= y1) return false;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t1 - t0 > 1e-9;
}
