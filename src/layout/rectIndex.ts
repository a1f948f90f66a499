// A uniform grid over node boxes, so that asking whether a short segment hits a node looks at the
// few nodes near it instead of all of them (route end snapping on 1,000-node diagrams).

import type { Point } from '../model/types';
import { segmentEntersRect, type Rect } from './geometry';

const ROW = 1_000_003;

export class RectIndex {
  private readonly cells = new Map<number, Rect[]>();

  constructor(
    rects: Iterable<Rect>,
    private readonly cell = 256,
  ) {
    for (const rect of rects) {
      this.visit(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height, (key) => {
        const bucket = this.cells.get(key);
        if (bucket === undefined) this.cells.set(key, [rect]);
        else bucket.push(rect);
        return false;
      });
    }
  }

  /** Whether the segment enters any box shrunk by `inset` (see segmentEntersRect). */
  segmentEntersAny(a: Point, b: Point, inset: number): boolean {
    return this.visit(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y), (key) =>
      (this.cells.get(key) ?? []).some((rect) => segmentEntersRect(a, b, rect, inset)),
    );
  }

  /** Calls `found` for each cell the box covers until it returns true. */
  private visit(x0: number, y0: number, x1: number, y1: number, found: (key: number) => boolean): boolean {
    const c = this.cell;
    for (let i = Math.floor(x0 / c); i <= Math.floor(x1 / c); i += 1) {
      for (let j = Math.floor(y0 / c); j <= Math.floor(y1 / c); j += 1) if (found(i * ROW + j)) return true;
    }
    return false;
  }
}
