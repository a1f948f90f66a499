import { describe, expect, it } from 'vitest';
import { makeNode } from '../model/fixtures/documents';
import type { FlowNode } from '../model/types';
import { moveToColumn, waysOutFedFromSeveral } from './exitColumns';

interface Item {
  node: FlowNode;
  band: number;
  layer: number;
  rank: number;
  tie: number;
}

const item = (node: FlowNode, layer: number, rank: number, band = 0): Item => ({ node, band, layer, rank, tie: 0 });

describe('waysOutFedFromSeveral', () => {
  it('lists lost and other ends with two ways in or more, not won ends nor ends with one', () => {
    const a = item(makeNode('a', 'decision'), 0, 0);
    const b = item(makeNode('b', 'decision'), 1, 0);
    const lost = item(makeNode('lost', 'end', { outcome: 'lost' }), 2, 0);
    const other = item(makeNode('other', 'end', { outcome: 'other' }), 2, 1);
    const won = item(makeNode('won', 'end', { outcome: 'won' }), 2, 2);
    const links: [Item, Item][] = [[a, lost], [b, lost], [a, other], [a, won], [b, won]];
    expect(waysOutFedFromSeveral([a, b, lost, other, won], links)).toEqual([[lost, [a, b]]]);
  });
});

describe('moveToColumn', () => {
  it('puts the way out first or last in its band there, not among another band', () => {
    const x = item(makeNode('x', 'stage'), 1, 5);
    const y = item(makeNode('y', 'stage'), 1, 7);
    const elsewhere = item(makeNode('z', 'stage'), 1, 100, 1);
    const start = item(makeNode('s', 'start'), 0, 0);
    const keep = item(makeNode('k', 'stage'), 2, 0);
    const exit = item(makeNode('lost', 'end', { outcome: 'lost' }), 2, 3);
    const items = [start, x, y, elsewhere, keep, exit];
    expect(moveToColumn(items, exit, 1, 'first')).toBe(true);
    expect([exit.layer, exit.rank < x.rank]).toEqual([1, true]);
    expect(moveToColumn(items, exit, 1, 'last')).toBe(false);
    exit.layer = 2;
    expect(moveToColumn(items, exit, 1, 'last')).toBe(true);
    expect([exit.layer, exit.rank > y.rank, exit.rank < elsewhere.rank]).toEqual([1, true, true]);
  });

  it('closes up the column it leaves empty', () => {
    const a = item(makeNode('a', 'decision'), 0, 0);
    const exit = item(makeNode('lost', 'end', { outcome: 'lost' }), 1, 0);
    const c = item(makeNode('c', 'stage'), 2, 0);
    moveToColumn([a, exit, c], exit, 3, 'first');
    expect([a.layer, c.layer, exit.layer]).toEqual([0, 1, 2]);
  });
});
