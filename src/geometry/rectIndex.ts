// A uniform grid over boxes, so that asking what is near a short segment or a label looks at the
// few boxes near it instead of all of them (route end snapping and label placement on 1,000-node
// diagrams).

import type { Point } from './point';
import { rectsOverlap, rectsTouch, type Rect } from './rect';
import { segmentEntersRect } from './segments';

const ROW = 1_000_003;

export class RectIndex<T extends Rect = Rect> {
  private readonly cells = new Map<number, T[]>();

  constructor(
    rects: Iterable<T>,
    private readonly cell = 256,
  ) {
    for (const rect of rects) this.add(rect);
  }

  add(rect: T): void {
    this.visit(rect.x, rect.y, rect.x + rect.width, rect.y + rect.height, (key) => {
      const bucket = this.cells.get(key);
      if (bucket === undefined) this.cells.set(key, [rect]);
      else bucket.push(rect);
      return false;
    });
  }

  /** Whether the segment enters any box shrunk by `inset` (see segmentEntersRect). */
  segmentEntersAny(a: Point, b: Point, inset: number): boolean {
    return this.visit(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y), (key) =>
      (this.cells.get(key) ?? []).some((rect) => segmentEntersRect(a, b, rect, inset)),
    );
  }

  /** Whether any box for which `counts` holds meets `box` (shares more than a border). */
  someOverlapping(box: Rect, counts: (rect: T) => boolean = () => true): boolean {
    return this.visit(box.x, box.y, box.x + box.width, box.y + box.height, (key) =>
      (this.cells.get(key) ?? []).some((rect) => rectsOverlap(rect, box) && counts(rect)),
    );
  }

  /**
   * How many distinct boxes grown by `grow` the segment enters, leaving out those `skip` names.
   * Looks only at the cells along the segment, so a long route among many boxes stays cheap.
   */
  segmentCrossings(a: Point, b: Point, grow: number, skip: (rect: T) => boolean): number {
    let found: Set<T> | null = null;
    this.visit(Math.min(a.x, b.x) - grow, Math.min(a.y, b.y) - grow, Math.max(a.x, b.x) + grow, Math.max(a.y, b.y) + grow, (key) => {
      for (const rect of this.cells.get(key) ?? []) {
        if (found?.has(rect) || skip(rect) || !segmentEntersRect(a, b, rect, -grow)) continue;
        (found ??= new Set()).add(rect);
      }
      return false;
    });
    return found === null ? 0 : (found as Set<T>).size;
  }

  /** Every box that meets `region` (borders included), each once. */
  within(region: Rect): T[] {
    const found = new Set<T>();
    this.visit(region.x, region.y, region.x + region.width, region.y + region.height, (key) => {
      for (const rect of this.cells.get(key) ?? []) if (rectsTouch(rect, region)) found.add(rect);
      return false;
    });
    return [...found];
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
