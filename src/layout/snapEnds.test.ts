import { describe, expect, it } from 'vitest';
import { RectIndex } from '../geometry/rectIndex';
import { snapRouteEnds } from './snapEnds';

const p = (x: number, y: number) => ({ x, y });
const source = { x: 0, y: 0, width: 100, height: 60 };
const target = { x: 200, y: 100, width: 100, height: 60 };

describe('snapRouteEnds', () => {
  it('slides the first and last segments to the middles of their sides when that is clear', () => {
    const route = snapRouteEnds([p(100, 10), p(150, 10), p(150, 150), p(200, 150)], source, target, new RectIndex([source, target]), 10);
    expect(route).toEqual({ points: [p(100, 30), p(150, 30), p(150, 130), p(200, 130)], sourceHandle: 'right', targetHandle: 'left' });
  });

  it('jogs right beside the node when sliding would cut through another node', () => {
    const blocker = { x: 120, y: 20, width: 20, height: 20 };
    const route = snapRouteEnds([p(100, 10), p(150, 10), p(150, 130), p(200, 130)], source, target, new RectIndex([source, target, blocker]), 10);
    expect(route.points.slice(0, 4)).toEqual([p(100, 30), p(110, 30), p(110, 10), p(150, 10)]);
  });

  it('turns a straight route between offset handles into a jogged one', () => {
    const right = { x: 200, y: 10, width: 100, height: 60 };
    const route = snapRouteEnds([p(100, 40), p(200, 40)], source, right, new RectIndex([source, right]), 10);
    expect(route.points[0]).toEqual(p(100, 30));
    expect(route.points[route.points.length - 1]).toEqual(p(200, 40));
    for (let i = 0; i + 1 < route.points.length; i += 1) {
      const a = route.points[i];
      const b = route.points[i + 1];
      expect(a && b && (a.x === b.x || a.y === b.y)).toBe(true);
    }
  });

  it('leaves an end on the border when neither way is clear', () => {
    const wall = { x: 101, y: -100, width: 4, height: 300 };
    const route = snapRouteEnds([p(100, 10), p(150, 10), p(150, 130), p(200, 130)], source, target, new RectIndex([source, target, wall]), 10);
    expect(route.points[0]).toEqual(p(100, 10));
  });

  it('reads the handle from the side the route leaves by', () => {
    const below = { x: 0, y: 200, width: 100, height: 60 };
    const route = snapRouteEnds([p(50, 60), p(50, 200)], source, below, new RectIndex([source, below]), 10);
    expect(route).toEqual({ points: [p(50, 60), p(50, 200)], sourceHandle: 'bottom', targetHandle: 'top' });
  });
});
