import { describe, expect, it } from 'vitest';
import { mergeWithNext, type ColumnItem } from './sharedColumns';

function item(layer: number, band: number): ColumnItem {
  return { layer, band };
}

describe('columns shared by neighbouring layers', () => {
  it('merges a hand-over between lanes into one column, closing up the columns after it', () => {
    const a = item(0, 0);
    const b = item(1, 1);
    const c = item(2, 1);
    const undo = mergeWithNext([a, b, c], [[a, b], [b, c]], 0);
    expect(undo).not.toBeNull();
    expect([a.layer, b.layer, c.layer]).toEqual([0, 0, 1]);
    undo?.();
    expect([a.layer, b.layer, c.layer]).toEqual([0, 1, 2]);
  });

  it('refuses when a band would hold nodes of both columns', () => {
    const a = item(0, 0);
    const b = item(1, 0);
    expect(mergeWithNext([a, b], [[a, b]], 0)).toBeNull();
    expect(b.layer).toBe(1);
  });

  it('refuses when a hand-over could not be one straight line between neighbours', () => {
    // Across a band holding a node of the column.
    const a = item(0, 0);
    const between = item(0, 1);
    const b = item(1, 2);
    expect(mergeWithNext([a, between, b], [[a, b]], 0)).toBeNull();
    // From a band holding two nodes of the column.
    const top = item(0, 0);
    const under = item(0, 0);
    const next = item(1, 1);
    expect(mergeWithNext([top, under, next], [[top, next]], 0)).toBeNull();
    // Two edges between the same two nodes would share the line.
    const p = item(0, 0);
    const q = item(1, 1);
    expect(mergeWithNext([p, q], [[p, q], [q, p]], 0)).toBeNull();
  });
});
