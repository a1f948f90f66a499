import type { Point } from '../../model/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
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
