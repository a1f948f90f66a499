// Rectangles of the plane: the one copy the canvas, auto layout and every export share.

import type { Point } from './point';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectContains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Like rectsOverlap, but rectangles that only share a border count as meeting. */
export function rectsTouch(a: Rect, b: Rect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** The rectangle grown by `margin` on every side (shrunk when it is negative). */
export function growRect(rect: Rect, margin: number): Rect {
  return { x: rect.x - margin, y: rect.y - margin, width: rect.width + 2 * margin, height: rect.height + 2 * margin };
}

/** The smallest rectangle around all of them; undefined for none. */
export function boundingRect(rects: Iterable<Rect>): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const rect of rects) {
    x0 = Math.min(x0, rect.x);
    y0 = Math.min(y0, rect.y);
    x1 = Math.max(x1, rect.x + rect.width);
    y1 = Math.max(y1, rect.y + rect.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Min/max accumulator; `null` until something is added. */
export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function addPoint(extent: Extent | null, p: Point): Extent {
  if (extent === null) return { minX: p.x, minY: p.y, maxX: p.x, maxY: p.y };
  return {
    minX: Math.min(extent.minX, p.x),
    minY: Math.min(extent.minY, p.y),
    maxX: Math.max(extent.maxX, p.x),
    maxY: Math.max(extent.maxY, p.y),
  };
}

export function addRect(extent: Extent | null, r: Rect): Extent {
  return addPoint(addPoint(extent, { x: r.x, y: r.y }), { x: r.x + r.width, y: r.y + r.height });
}

export function extentToRect(extent: Extent | null): Rect {
  if (extent === null) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: extent.minX, y: extent.minY, width: extent.maxX - extent.minX, height: extent.maxY - extent.minY };
}
