import { describe, expect, it } from 'vitest';
import { countCrossings, crossingPairs, crossingsBetween } from './crossings';

const p = (x: number, y: number) => ({ x, y });

describe('countCrossings', () => {
  it('counts two edges that cross once', () => {
    expect(countCrossings([[p(0, 0), p(10, 10)], [p(0, 10), p(10, 0)]])).toBe(1);
  });

  it('counts an orthogonal route crossing another twice', () => {
    const snake = [p(0, 5), p(4, 5), p(4, -5), p(8, -5), p(8, 5), p(12, 5)];
    expect(crossingsBetween(snake, [p(-1, 0), p(20, 0)])).toBe(2);
  });

  it('does not count edges that meet at a shared node', () => {
    expect(countCrossings([[p(0, 0), p(10, 0)], [p(0, 0), p(0, 10)], [p(10, 0), p(10, 10)]])).toBe(0);
  });

  it('does not count a bend resting on another edge, nor a stretch two routes share', () => {
    expect(crossingsBetween([p(0, 10), p(5, 10), p(5, 0), p(9, 0)], [p(-5, 0), p(20, 0)])).toBe(0);
    expect(crossingsBetween([p(0, 0), p(10, 0), p(10, 10)], [p(0, 0), p(20, 0), p(20, -10)])).toBe(0);
  });

  it("counts a route passing through another's bend only when it goes from one side to the other", () => {
    const corner = [p(-10, 0), p(0, 0), p(0, -10)];
    expect(crossingsBetween(corner, [p(-5, -5), p(5, 5)])).toBe(1);
    expect(crossingsBetween(corner, [p(-5, 5), p(5, -5)])).toBe(0);
    expect(crossingsBetween([p(-10, 0), p(0, 0), p(10, 0)], [p(0, -10), p(0, 10)])).toBe(1);
  });

  it('is the same whichever way the polylines run', () => {
    const a = [p(0, 0), p(10, 10), p(20, 0)];
    const b = [p(0, 8), p(20, 8)];
    expect(crossingsBetween(a, b)).toBe(2);
    expect(crossingsBetween([...a].reverse(), [...b].reverse())).toBe(2);
    expect(crossingsBetween(b, a)).toBe(2);
  });
});

describe('crossingPairs', () => {
  it('names each two routes that cross once, however often they cross, and no pair that only meets at a node', () => {
    const snake = [p(0, 5), p(4, 5), p(4, -5), p(8, -5), p(8, 5), p(12, 5)];
    const routes = new Map([
      ['snake', snake],
      ['across', [p(-1, 0), p(20, 0)]],
      ['apart', [p(30, 0), p(40, 0)]],
      ['meeting', [p(20, 0), p(20, 10)]],
    ]);
    expect(crossingPairs(routes)).toEqual([['snake', 'across']]);
  });
});
