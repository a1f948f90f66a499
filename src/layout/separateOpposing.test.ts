import { describe, expect, it } from 'vitest';
import type { Rect } from '../geometry/rect';
import { RectIndex } from '../geometry/rectIndex';
import { countCrossings } from './crossings';
import type { Route } from './placement';
import { separateOpposing } from './separateOpposing';
import { opposingStretches } from './sharedStretches';

function run(rects: Record<string, Rect>, routes: Record<string, Route & { source: string; target: string }>): Map<string, Route> {
  const boxes = new Map(Object.entries(rects));
  const map = new Map(Object.entries(routes).map(([id, { source: _source, target: _target, ...route }]) => [id, route]));
  const ends = new Map(Object.entries(routes).map(([id, { source, target }]) => [id, { source, target }]));
  separateOpposing(map, ends, boxes, new RectIndex(boxes.values()), 10);
  return map;
}

function lines(routes: ReadonlyMap<string, Route>): Route['points'][] {
  return [...routes.values()].map((route) => route.points);
}

describe('separateOpposing', () => {
  it('moves one of two edges meeting on one line between nodes aside, crossing nothing', () => {
    const routes = run(
      { a: { x: 0, y: 75, width: 100, height: 50 }, b: { x: 300, y: 0, width: 100, height: 50 }, f: { x: 600, y: 75, width: 50, height: 50 }, c: { x: 200, y: 300, width: 100, height: 50 } },
      {
        ab: { source: 'a', target: 'b', sourceHandle: 'right', targetHandle: 'bottom', points: [{ x: 100, y: 100 }, { x: 150, y: 100 }, { x: 150, y: 120 }, { x: 350, y: 120 }, { x: 350, y: 50 }] },
        fc: { source: 'f', target: 'c', sourceHandle: 'left', targetHandle: 'top', points: [{ x: 600, y: 100 }, { x: 550, y: 100 }, { x: 550, y: 120 }, { x: 250, y: 120 }, { x: 250, y: 300 }] },
      },
    );
    expect(opposingStretches(lines(routes))).toEqual([]);
    expect(countCrossings(lines(routes))).toBe(0);
    // Ends stay on their handles.
    expect(routes.get('ab')?.points[0]).toEqual({ x: 100, y: 100 });
    expect(routes.get('fc')?.points.at(-1)).toEqual({ x: 250, y: 300 });
  });

  it('gives an edge arriving at a side another edge leaves by a side of its own', () => {
    const routes = run(
      { n: { x: 200, y: 0, width: 100, height: 50 }, p: { x: 400, y: -100, width: 100, height: 50 }, q: { x: 600, y: 100, width: 100, height: 50 } },
      {
        out: { source: 'n', target: 'p', sourceHandle: 'right', targetHandle: 'left', points: [{ x: 300, y: 25 }, { x: 320, y: 25 }, { x: 320, y: -75 }, { x: 400, y: -75 }] },
        back: { source: 'q', target: 'n', sourceHandle: 'left', targetHandle: 'right', points: [{ x: 600, y: 125 }, { x: 340, y: 125 }, { x: 340, y: 25 }, { x: 300, y: 25 }] },
      },
    );
    expect(opposingStretches(lines(routes))).toEqual([]);
    expect(countCrossings(lines(routes))).toBe(0);
    expect(routes.get('out')?.sourceHandle).not.toBe(routes.get('back')?.targetHandle);
    // The moved end sits in the middle of its new side, where the canvas draws the handle.
    const middles = { top: { x: 250, y: 0 }, bottom: { x: 250, y: 50 }, left: { x: 200, y: 25 }, right: { x: 300, y: 25 } };
    expect(routes.get('out')?.points[0]).toEqual(middles[routes.get('out')?.sourceHandle ?? 'left']);
    expect(routes.get('back')?.points.at(-1)).toEqual(middles[routes.get('back')?.targetHandle ?? 'left']);
  });

  // The two swap sides along the line they share: apart, they cross; and the one end that could
  // take another side (c's right, sliding under b) would run through g.
  const swapping = {
    ab: { source: 'a', target: 'b', sourceHandle: 'right' as const, targetHandle: 'top' as const, points: [{ x: 100, y: 100 }, { x: 150, y: 100 }, { x: 150, y: 120 }, { x: 350, y: 120 }, { x: 350, y: 200 }] },
    fc: { source: 'f', target: 'c', sourceHandle: 'left' as const, targetHandle: 'top' as const, points: [{ x: 600, y: 100 }, { x: 550, y: 100 }, { x: 550, y: 120 }, { x: 250, y: 120 }, { x: 250, y: 300 }] },
  };
  const swappingBoxes = { a: { x: 0, y: 75, width: 100, height: 50 }, b: { x: 300, y: 200, width: 100, height: 50 }, f: { x: 600, y: 75, width: 50, height: 50 }, c: { x: 200, y: 300, width: 100, height: 50 }, g: { x: 320, y: 280, width: 100, height: 100 } };

  it('sends one of them round the outside, under everything, when that crosses nothing', () => {
    const routes = run(swappingBoxes, swapping);
    expect(countCrossings(lines(routes))).toBe(0);
    expect(opposingStretches(lines(routes))).toEqual([]);
    const fc = routes.get('fc');
    expect([fc?.sourceHandle, fc?.targetHandle]).toEqual(['bottom', 'bottom']);
    // Below g, the lowest box between f and c.
    expect(Math.max(...(fc?.points ?? []).map((point) => point.y))).toBeGreaterThan(380);
  });

  it('leaves two edges alone when every way apart crosses more', () => {
    // As above, but h below f closes the way under everything.
    const routes = run({ ...swappingBoxes, h: { x: 600, y: 200, width: 50, height: 50 } }, swapping);
    expect(countCrossings(lines(routes))).toBe(0);
    expect(routes.get('ab')?.points).toEqual(swapping.ab.points);
    expect(routes.get('fc')?.points).toEqual(swapping.fc.points);
  });
});
