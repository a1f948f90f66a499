import { describe, expect, it } from 'vitest';
import type { FlowEdge, FlowNode, Point } from './types';
import { nodeObstacles, routeEdge as routeWithObstacles, routeEdges } from './edgeRoutes';
import { labelPoint, roundedPath, simplifyPolyline, trimEnd } from '../geometry/polyline';

function routeEdge(edge: FlowEdge, source: FlowNode, target: FlowNode): Point[] {
  return routeWithObstacles(edge, source, target, nodeObstacles([source, target])).points;
}

function stage(id: string, x: number, y: number): FlowNode {
  return { id, kind: 'stage', label: id, position: { x, y }, size: { width: 100, height: 40 } };
}

function edge(extra: Partial<FlowEdge> = {}): FlowEdge {
  return { id: 'e', source: 'a', target: 'b', ...extra };
}

function isOrthogonal(points: readonly Point[]): boolean {
  return points.every((p, i) => {
    const q = points[i + 1];
    return q === undefined || Math.abs(p.x - q.x) < 1e-9 || Math.abs(p.y - q.y) < 1e-9;
  });
}

function onPolyline(points: readonly Point[], p: Point): boolean {
  return points.some((a, i) => {
    const b = points[i + 1];
    if (b === undefined) return false;
    const within = (v: number, s: number, t: number): boolean => v >= Math.min(s, t) - 1e-9 && v <= Math.max(s, t) + 1e-9;
    const cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    return Math.abs(cross) < 1e-9 && within(p.x, a.x, b.x) && within(p.y, a.y, b.y);
  });
}

/** True when the open segment from p to q passes through the inside of the node's box. */
function crossesNode(p: Point, q: Point, node: FlowNode): boolean {
  const { x, y } = node.position;
  const { width, height } = node.size;
  for (let t = 0.02; t < 1; t += 0.02) {
    const px = p.x + (q.x - p.x) * t;
    const py = p.y + (q.y - p.y) * t;
    if (px > x + 0.5 && px < x + width - 0.5 && py > y + 0.5 && py < y + height - 0.5) return true;
  }
  return false;
}

describe('routeEdge', () => {
  const a = stage('a', 0, 0);

  it('goes straight between facing sides on one line', () => {
    expect(routeEdge(edge(), a, stage('b', 200, 0))).toEqual([
      { x: 100, y: 20 },
      { x: 200, y: 20 },
    ]);
  });

  it('steps halfway when the facing sides are offset', () => {
    const points = routeEdge(edge(), a, stage('b', 200, 100));
    expect(points).toEqual([
      { x: 100, y: 20 },
      { x: 150, y: 20 },
      { x: 150, y: 120 },
      { x: 200, y: 120 },
    ]);
  });

  it('picks the facing sides when the edge names no handles', () => {
    const below = routeEdge(edge(), a, stage('b', 0, 200));
    expect(below[0]).toEqual({ x: 50, y: 40 });
    expect(below[below.length - 1]).toEqual({ x: 50, y: 200 });
  });

  it('uses the handles the edge names', () => {
    const points = routeEdge(edge({ sourceHandle: 'top', targetHandle: 'top' }), a, stage('b', 300, 0));
    expect(points[0]).toEqual({ x: 50, y: 0 });
    expect(points[points.length - 1]).toEqual({ x: 350, y: 0 });
    expect(Math.min(...points.map((p) => p.y))).toBeLessThan(0);
  });

  it('goes around, not through, when the target is behind the source', () => {
    const b = stage('b', -300, 10);
    const points = routeEdge(edge({ sourceHandle: 'right', targetHandle: 'left' }), a, b);
    expect(isOrthogonal(points)).toBe(true);
    for (let i = 0; i + 1 < points.length; i++) {
      expect(crossesNode(points[i] as Point, points[i + 1] as Point, a)).toBe(false);
      expect(crossesNode(points[i] as Point, points[i + 1] as Point, b)).toBe(false);
    }
  });

  it('is orthogonal and clear of both nodes for every pair of sides', () => {
    const sides = ['top', 'right', 'bottom', 'left'] as const;
    const targets = [stage('b', 300, 200), stage('b', -300, -200), stage('b', 0, 250), stage('b', 400, 0)];
    for (const b of targets) {
      for (const sourceHandle of sides) {
        for (const targetHandle of sides) {
          const points = routeEdge(edge({ sourceHandle, targetHandle }), a, b);
          const label = `${sourceHandle}->${targetHandle} to ${b.position.x},${b.position.y}`;
          expect(isOrthogonal(points), label).toBe(true);
          for (let i = 0; i + 1 < points.length; i++) {
            expect(crossesNode(points[i] as Point, points[i + 1] as Point, a), label).toBe(false);
            expect(crossesNode(points[i] as Point, points[i + 1] as Point, b), label).toBe(false);
          }
        }
      }
    }
  });

  it('passes through the bend points of a routed edge, orthogonally', () => {
    const bends = [
      { x: 150, y: 20 },
      { x: 150, y: 300 },
      { x: 250, y: 300 },
    ];
    const points = routeEdge(edge({ points: bends }), a, stage('b', 400, 280));
    for (const bend of bends) expect(onPolyline(points, bend), `${bend.x},${bend.y}`).toBe(true);
    expect(isOrthogonal(points)).toBe(true);
    expect(points[0]).toEqual({ x: 100, y: 20 });
    expect(points[points.length - 1]).toEqual({ x: 400, y: 300 });
  });

  it('skips edges whose ends are missing', () => {
    const routes = routeEdges({ nodes: [a], edges: [edge()] });
    expect(routes).toEqual([]);
  });
});

describe('polyline helpers', () => {
  it('simplifies repeated and collinear points', () => {
    expect(
      simplifyPolyline([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 5, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 10 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ]);
  });

  it('rounds corners with curves no larger than half the shorter segment', () => {
    const d = roundedPath(
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
        { x: 100, y: 6 },
      ],
      8,
    );
    expect(d).toBe('M0,0L97,0Q100,0 100,3L100,6');
  });

  it('shortens the last segment for the arrowhead', () => {
    expect(trimEnd([{ x: 0, y: 0 }, { x: 0, y: 100 }], 7)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 93 }]);
  });

  it('puts labels in the middle of the longest straight run', () => {
    expect(labelPoint([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 300 }, { x: 120, y: 300 }])).toEqual({ x: 100, y: 150 });
    expect(labelPoint([{ x: 0, y: 0 }, { x: 0, y: 10 }])).toEqual({ x: 0, y: 5 });
  });
});
