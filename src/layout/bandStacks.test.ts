import { describe, expect, it } from 'vitest';
import { thinningMoves, type StackItem } from './bandStacks';

function item(layer: number, band: number, rank = 0): StackItem {
  return { layer, band, rank };
}

describe('moves that thin a band', () => {
  it('takes a step out of its band’s tallest stack into a neighbouring column with room', () => {
    // d branches to a and b, both in band 1 of column 1; a leads on to c in column 2, b to e in column 3.
    const [d, a, b, c, e] = [item(0, 0), item(1, 1, 0), item(1, 1, 1), item(2, 0), item(3, 1)];
    const moves = thinningMoves([d, a, b, c, e], [[d, a], [d, b], [a, c], [b, e]]);
    // b may move on to column 2 (its way on to e stays forward); a may not (c is in column 2), nor
    // either back to column 0 (d is there).
    expect(moves.map((move) => [move.item, move.layer])).toEqual([[b, 2]]);
  });

  it('offers nothing where the band is no thicker anywhere else, or where a move would turn an edge around', () => {
    const [a, b, c] = [item(0, 0), item(0, 0, 1), item(1, 0)];
    // Column 1 of band 0 holds one step already: a stack of two there would be no thinner.
    expect(thinningMoves([a, b, c], [])).toEqual([]);
    // A loop-back from c to b must stay one.
    const [p, q, r] = [item(1, 1), item(1, 1, 1), item(0, 0)];
    expect(thinningMoves([p, q, r], [[p, r], [q, r]]).filter((move) => move.layer === 0)).toEqual([]);
  });

  it('keeps out of the bands a straight hand-over runs through', () => {
    const [a, b] = [item(0, 1), item(0, 1, 1)];
    const [top, bottom] = [item(1, 0), item(1, 2)];
    expect(thinningMoves([a, b, top, bottom], [[top, bottom]])).toEqual([]);
  });
});
