import { describe, expect, it } from 'vitest';
import { bandOrders, type Orderable } from './laneOrder';

interface Node extends Orderable {
  name: string;
}

const node = (name: string, band: number, layer: number, rank: number): Node => ({ name, band, layer, rank, tie: 0 });

function order(ranks: ReadonlyMap<Node, number>, nodes: readonly Node[], layer: number, band: number): string[] {
  return nodes
    .filter((each) => each.layer === layer && each.band === band)
    .sort((a, b) => (ranks.get(a) ?? 0) - (ranks.get(b) ?? 0))
    .map((each) => each.name);
}

describe('bandOrders', () => {
  it("offers ELK's order first, and an order that uncrosses two edges within a band", () => {
    const a = node('a', 0, 0, 0);
    const b = node('b', 0, 0, 1);
    const x = node('x', 0, 1, 0);
    const y = node('y', 0, 1, 1);
    const nodes = [a, b, x, y];
    const result = bandOrders(nodes, [
      [a, y],
      [b, x],
    ]);
    expect(order(result.orders[0] as Map<Node, number>, nodes, 1, 0)).toEqual(['x', 'y']);
    const second = order(result.straightBest, nodes, 1, 0).join('') + order(result.straightBest, nodes, 0, 0).join('');
    expect(['yxab', 'xyba']).toContain(second);
  });

  it('never moves a node out of its band: lanes keep their order whatever the edges want', () => {
    const top = node('top', 0, 0, 0);
    const bottom = node('bottom', 1, 0, 0);
    const p = node('p', 0, 1, 0);
    const q = node('q', 1, 1, 0);
    const result = bandOrders([top, bottom, p, q], [
      [top, q],
      [bottom, p],
    ]);
    for (const ranks of result.orders) {
      expect((ranks.get(top) ?? 0) < (ranks.get(bottom) ?? 0)).toBe(true);
      expect((ranks.get(p) ?? 0) < (ranks.get(q) ?? 0)).toBe(true);
    }
  });
});
