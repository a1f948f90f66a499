import { describe, expect, it } from 'vitest';
import { stronglyConnected } from './components';

describe('stronglyConnected', () => {
  it('lists each component after every component it reaches', () => {
    // 0 -> 1 <-> 2 -> 3
    const edges = [[1], [2], [1, 3], []];
    expect(stronglyConnected(4, (vertex) => edges[vertex]!)).toEqual([[3], [1, 2], [0]]);
  });

  it('walks a chain of 100,000 vertices without overflowing the stack', () => {
    const count = 100_000;
    const components = stronglyConnected(count, (vertex) => (vertex + 1 < count ? [vertex + 1] : []));
    expect(components).toHaveLength(count);
    expect(components[0]).toEqual([count - 1]);
  });

  it('finds one component in a ring', () => {
    const components = stronglyConnected(5, (vertex) => [(vertex + 1) % 5]);
    expect(components.map((component) => [...component].sort())).toEqual([[0, 1, 2, 3, 4]]);
  });
});
