import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Point } from '../point';
import type { Rect } from '../rect';
import { RectIndex } from '../rectIndex';
import { roundedPath } from '../polyline';
import type { Side } from '../side';
import { routeOrthogonal } from './routeOrthogonal';
import { CLEARANCE, CORNER_RADIUS, STUB, type Obstacle, type RouteEnd } from './types';

function box(id: string, x: number, y: number, width = 100, height = 40): Obstacle {
  return { id, x, y, width, height };
}

function end(b: Rect, side: Side): RouteEnd {
  const anchor =
    side === 'left' ? { x: b.x, y: b.y + b.height / 2 }
    : side === 'right' ? { x: b.x + b.width, y: b.y + b.height / 2 }
    : side === 'top' ? { x: b.x + b.width / 2, y: b.y }
    : { x: b.x + b.width / 2, y: b.y + b.height };
  return { box: b, side, anchor };
}

function route(from: Obstacle, to: Obstacle, fromSide: Side, toSide: Side, others: Obstacle[]) {
  return routeOrthogonal(end(from, fromSide), end(to, toSide), new RectIndex([from, to, ...others]), new Set([from.id, to.id]));
}

/** The smallest distance between the route and the box; 0 when it enters it. */
function clearanceTo(points: readonly Point[], b: Rect): number {
  let nearest = Infinity;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1] as Point;
    const q = points[i] as Point;
    const dx = Math.max(b.x - Math.max(p.x, q.x), 0, Math.min(p.x, q.x) - (b.x + b.width));
    const dy = Math.max(b.y - Math.max(p.y, q.y), 0, Math.min(p.y, q.y) - (b.y + b.height));
    nearest = Math.min(nearest, Math.hypot(dx, dy));
  }
  return nearest;
}

function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => {
    const q = points[i + 1];
    return q === undefined || p.x === q.x || p.y === q.y;
  });
}

describe('routeOrthogonal', () => {
  const a = box('a', 0, 0);
  const b = box('b', 600, 0);

  it('runs straight when nothing is in the way', () => {
    expect(route(a, b, 'right', 'left', []).points).toEqual([
      { x: 100, y: 20 },
      { x: 600, y: 20 },
    ]);
  });

  it('goes around a node moved between the two ends, keeping 10 units of air', () => {
    const blocker = box('c', 300, -10);
    const { points } = route(a, b, 'right', 'left', [blocker]);
    expect(isOrthogonal(points)).toBe(true);
    expect(clearanceTo(points, blocker)).toBeGreaterThanOrEqual(CLEARANCE - 1e-9);
    expect(points[0]).toEqual({ x: 100, y: 20 });
    expect(points[points.length - 1]).toEqual({ x: 600, y: 20 });
  });

  it('finds the way through a wall of nodes with one gap', () => {
    const wall = [-400, -300, -200, -100, 100, 200, 300].map((y, i) => box(`w${i}`, 300, y, 100, 90));
    const { points } = route(a, b, 'right', 'left', wall);
    for (const brick of wall) expect(clearanceTo(points, brick), brick.id).toBeGreaterThanOrEqual(CLEARANCE - 1e-9);
    expect(isOrthogonal(points)).toBe(true);
  });

  it('says which rectangle it depends on, and that rectangle holds the whole route', () => {
    const { points, dependsOn } = route(a, b, 'right', 'left', [box('c', 300, -10)]);
    expect(dependsOn).not.toBeNull();
    for (const p of points) {
      expect(p.x).toBeGreaterThanOrEqual((dependsOn as Rect).x);
      expect(p.x).toBeLessThanOrEqual((dependsOn as Rect).x + (dependsOn as Rect).width);
    }
  });

  it('draws its corners with the one radius', () => {
    const { points } = route(a, box('b', 400, 200), 'right', 'left', []);
    const d = roundedPath(points, CORNER_RADIUS);
    expect(d).toMatch(/Q/);
    expect(d.startsWith('M100,20L242,20Q250,20 250,28')).toBe(true);
  });

  /** Whether `o` keeps more than a stub, the clearance and a corner away from the end at (x, 20), on both axes. */
  const offEnd = (o: Rect, x: number) => {
    const gapX = Math.max(o.x - x, x - (o.x + o.width), 0);
    const gapY = Math.max(o.y - 20, 20 - (o.y + o.height), 0);
    return Math.max(gapX, gapY) > STUB + CLEARANCE + CORNER_RADIUS;
  };

  it('keeps clear of random obstacles whenever it can, whatever their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.integer({ min: 130, max: 520 }), y: fc.integer({ min: -200, max: 200 }), w: fc.integer({ min: 20, max: 120 }), h: fc.integer({ min: 20, max: 120 }) }), { maxLength: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        (specs, seed) => {
          // "Whenever it can": a route leaves each end straight for STUB and turns with some room, so
          // an obstacle nearer an end than that on either axis leaves no clear way (one 29 units
          // short of the target and 8 below its line made the property fail).
          const others = specs.map((s, i) => box(`o${i}`, s.x, s.y, s.w, s.h)).filter((o) => offEnd(o, 100) && offEnd(o, 600));
          const shuffled = [...others].sort((p, q) => ((p.x * 31 + p.y + seed) % 7) - ((q.x * 31 + q.y + seed) % 7));
          const first = route(a, b, 'right', 'left', others);
          const second = route(a, b, 'right', 'left', shuffled);
          expect(second.points).toEqual(first.points);
          expect(isOrthogonal(first.points)).toBe(true);
          for (const other of others) expect(clearanceTo(first.points, other)).toBeGreaterThanOrEqual(CLEARANCE - 1e-9);
        },
      ),
      { numRuns: 150 },
    );
  });
});
