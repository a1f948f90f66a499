import { describe, expect, it } from 'vitest';
import { dotEdgePolyline } from './dotSplines';

describe('dotEdgePolyline', () => {
  it('samples the Bézier pieces and ends at the arrow tip', () => {
    const line = dotEdgePolyline('e,100,0 0,0 10,0 80,0 90,0');
    expect(line[0]).toEqual({ x: 0, y: 0 });
    expect(line[line.length - 2]).toEqual({ x: 90, y: 0 });
    expect(line[line.length - 1]).toEqual({ x: 100, y: 0 });
    expect(line.every((point) => point.y === 0 && point.x >= 0 && point.x <= 100)).toBe(true);
  });

  it('starts at the start point when dot gives one', () => {
    const line = dotEdgePolyline('s,0,5 0,10 0,20 0,30 0,40 0,50 0,60 0,70');
    expect(line[0]).toEqual({ x: 0, y: 5 });
    expect(line[line.length - 1]).toEqual({ x: 0, y: 70 });
  });

  it('refuses what is not a spline', () => {
    expect(() => dotEdgePolyline('1,2 3,4')).toThrow();
    expect(() => dotEdgePolyline('e,1,1 a,b 1,1 2,2 3,3')).toThrow();
  });
});
