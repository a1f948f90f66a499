// Loop-backs of a layout without lanes. ELK draws an edge that runs against the flow out of the
// side its source's next edge leaves by and into the side its target's previous edge arrives at;
// with every end moved to the middle of its side (snapEnds.ts), the two then share one line in
// opposite directions, read as a single double-headed arrow. A loop-back may instead get ports of
// its own across the flow (below or above it in LR, right or left in TB) and a route around the
// nodes from the shared router; of ELK's route and those, it keeps the one that crosses fewest
// edges and then shares fewest lines with another edge the other way (rerouted whatever the
// crossings, loop-backs tripled the crossings against dot).

import type { Direction, HandleSide, Point } from '../model/types';
import type { Rect } from '../geometry/rect';
import { RectIndex } from '../geometry/rectIndex';
import { routeOrthogonal } from '../geometry/routing/routeOrthogonal';
import { segmentEntersRect } from '../geometry/segments';
import type { Obstacle } from '../geometry/routing/types';
import { sideMiddle } from './geometry';
import type { Route } from './placement';
import { conflicts, drawnRoute, type DrawnRoute } from './routeConflicts';

interface Ends {
  source: string;
  target: string;
}

const EPS = 0.5;

/** The target lies wholly before the source along the flow. */
function runsBack(source: Rect, target: Rect, direction: Direction): boolean {
  return direction === 'TB' ? target.y + target.height <= source.y + EPS : target.x + target.width <= source.x + EPS;
}

/**
 * `routes` by edge id, `ends` the source and target of each; changed in place. A side another edge
 * uses the other way round (in where the loop-back would leave, out where it would arrive) is not
 * shared; when no pair of sides across the flow is free the loop-back keeps ELK's route.
 */
export function rerouteLoopBacks(
  routes: Map<string, Route>,
  ends: ReadonlyMap<string, Ends>,
  rects: ReadonlyMap<string, Rect>,
  direction: Direction,
): void {
  const uses = new Map<string, 'in' | 'out' | 'both'>();
  const occupy = (node: string, side: HandleSide, how: 'in' | 'out'): void => {
    const key = `${node}\u0000${side}`;
    const current = uses.get(key);
    uses.set(key, current === undefined || current === how ? how : 'both');
  };
  const free = (node: string, side: HandleSide, how: 'in' | 'out'): boolean => {
    const current = uses.get(`${node}\u0000${side}`);
    return current === undefined || current === how;
  };

  const loops: string[] = [];
  for (const [id, route] of routes) {
    const edge = ends.get(id);
    const source = edge === undefined ? undefined : rects.get(edge.source);
    const target = edge === undefined ? undefined : rects.get(edge.target);
    if (edge === undefined || source === undefined || target === undefined) continue;
    if (edge.source !== edge.target && runsBack(source, target, direction)) {
      loops.push(id);
      continue;
    }
    occupy(edge.source, route.sourceHandle, 'out');
    occupy(edge.target, route.targetHandle, 'in');
  }
  if (loops.length === 0) return;

  const obstacles = new RectIndex<Obstacle>([...rects].map(([id, rect]) => ({ id, ...rect })));
  const [first, second]: [HandleSide, HandleSide] = direction === 'TB' ? ['right', 'left'] : ['bottom', 'top'];
  const choices: [HandleSide, HandleSide][] = [
    [first, first],
    [second, second],
    [first, second],
    [second, first],
  ];
  const drawn = new Map([...routes].map(([id, route]) => [id, drawnRoute(route.points)]));
  const others = (id: string): DrawnRoute[] => [...drawn].filter(([other]) => other !== id).map(([, route]) => route);
  // Crossings first: a crossing more loses the comparison with dot (quality.test.ts), so a
  // loop-back trades none for a shared line. Then shared lines in opposite directions.
  const cost = (points: readonly Point[], against: readonly DrawnRoute[]): [number, number] => {
    const { crossings, opposing } = conflicts(points, against);
    return [crossings, opposing];
  };
  const better = (a: [number, number], b: [number, number]): boolean => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  for (const id of loops) {
    const edge = ends.get(id) as Ends;
    const source = rects.get(edge.source) as Rect;
    const target = rects.get(edge.target) as Rect;
    const current = routes.get(id) as Route;
    const against = others(id);
    let best = { route: current, cost: cost(current.points, against) };
    for (const [out, into] of choices) {
      if (best.cost[0] === 0 && best.cost[1] === 0) break;
      if (!free(edge.source, out, 'out') || !free(edge.target, into, 'in')) continue;
      const points = routeOrthogonal(
        { box: source, side: out, anchor: sideMiddle(source, out) },
        { box: target, side: into, anchor: sideMiddle(target, into) },
        obstacles,
        new Set([edge.source, edge.target]),
      ).points;
      if (entersOtherNode(points, obstacles, edge)) continue;
      const candidate = cost(points, against);
      if (better(candidate, best.cost)) best = { route: { points, sourceHandle: out, targetHandle: into }, cost: candidate };
    }
    routes.set(id, best.route);
    drawn.set(id, drawnRoute(best.route.points));
    occupy(edge.source, best.route.sourceHandle, 'out');
    occupy(edge.target, best.route.targetHandle, 'in');
  }
}

function entersOtherNode(points: readonly Point[], obstacles: RectIndex<Obstacle>, edge: Ends): boolean {
  for (let i = 0; i + 1 < points.length; i += 1) {
    const a = points[i] as Point;
    const b = points[i + 1] as Point;
    const hit = obstacles.within({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
    if (hit.some((box) => box.id !== edge.source && box.id !== edge.target && segmentEntersRect(a, b, box, 1))) return true;
  }
  return false;
}
