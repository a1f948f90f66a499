import { describe, expect, it } from 'vitest';
import { opposingStretches } from './sharedStretches';

const p = (x: number, y: number) => ({ x, y });

describe('opposingStretches', () => {
  it('finds two edges running along one line in opposite directions', () => {
    const forward = [p(0, 0), p(100, 0)];
    const back = [p(80, 0), p(20, 0), p(20, 50)];
    expect(opposingStretches([forward, back])).toEqual([{ a: 0, b: 1, length: 60 }]);
  });

  it('sees lines a pixel apart as one, vertical ones too', () => {
    expect(opposingStretches([[p(10, 0), p(10, 40)], [p(11, 30), p(11, 5)]])).toEqual([{ a: 0, b: 1, length: 25 }]);
  });

  it('leaves alone edges going the same way, on separate tracks, merely touching, or one edge doubling back on itself', () => {
    expect(opposingStretches([[p(0, 0), p(50, 0)], [p(10, 0), p(60, 0)]])).toEqual([]);
    expect(opposingStretches([[p(0, 0), p(50, 0)], [p(50, 10), p(0, 10)]])).toEqual([]);
    expect(opposingStretches([[p(0, 0), p(50, 0)], [p(51, 0), p(50.5, 0), p(50.5, 9)]])).toEqual([]);
    expect(opposingStretches([[p(0, 0), p(50, 0), p(50, 1), p(0, 1)]])).toEqual([]);
  });
});
