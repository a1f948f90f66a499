// One orthogonal router for the canvas, every export and auto layout's fallback: from one box's
// side to another's, keeping CLEARANCE units away from every other box. Quick shapes first; the
// grid search only when none of them is clear. Deterministic: the result depends on the two ends
// and the set of boxes near them, not on any order.

import type { Point } from '../point';
import { boundingRect, growRect, type Rect } from '../rect';
import type { RectIndex } from '../rectIndex';
import { sideNormal } from '../side';
import { simplifyPolyline } from '../polyline';
import { crossingCount, OTHER_BOX_COST, shapeCost, type CostContext } from './cost';
import { gridSearch } from './gridSearch';
import { quickShapeSpan, quickShapes, stubPoint } from './quickShapes';
import { CLEARANCE, STUB, type Obstacle, type Route, type RouteEnd } from './types';

/** Margins around the two ends within which the grid search looks for a way, tried in turn. */
const SEARCH_MARGINS = [80, 400] as const;

/**
 * The part of an end's own box a route must not cross. Inset, because anchors may sit a little
 * inside the box (a document's wave) and a route that only grazes a corner of its own box is harmless.
 */
function ownCore(box: Rect): Rect {
  const inset = Math.min(12, box.width / 4, box.height / 4);
  return growRect(box, -inset);
}

function othersNear(obstacles: RectIndex<Obstacle>, region: Rect, ends: ReadonlySet<string>): Rect[] {
  return obstacles
    .within(growRect(region, CLEARANCE))
    .filter((box) => !ends.has(box.id))
    .map((box) => growRect(box, CLEARANCE));
}

interface ScoredShape {
  points: Point[];
  index: number;
  cost: number;
  wellFormed: boolean;
}

/** Quick shapes from the cheapest, before other boxes are looked at (ties by their fixed order). */
function scoredShapes(source: RouteEnd, target: RouteEnd, context: CostContext): ScoredShape[] {
  return quickShapes(source, target)
    .map((shape, index) => ({ points: simplifyPolyline(shape), index }))
    .map((shape) => ({ ...shape, ...shapeCost(shape.points, context) }))
    .sort((p, q) => p.cost - q.cost || p.index - q.index);
}

/** When nothing is clear: the shape that crosses least, counted into its cost. */
function leastBlocked(shapes: readonly ScoredShape[], context: CostContext): Point[] {
  let best = shapes[0] as ScoredShape;
  let bestCost = Infinity;
  for (const shape of shapes) {
    const cost = shape.cost + OTHER_BOX_COST * crossingCount(shape.points, context);
    if (cost < bestCost) {
      best = shape;
      bestCost = cost;
    }
  }
  return best.points;
}

function searchGrid(source: RouteEnd, target: RouteEnd, obstacles: RectIndex<Obstacle>, ends: ReadonlySet<string>, margin: number): { points: Point[] | null; region: Rect } {
  const a = stubPoint(source);
  const b = stubPoint(target);
  const span = boundingRect([source.box, target.box, { ...a, width: 0, height: 0 }, { ...b, width: 0, height: 0 }]) as Rect;
  const region = growRect(span, margin);
  // The ends' own boxes are walls too, with less air: the stubs already leave them by STUB.
  const walls = [...othersNear(obstacles, region, ends), growRect(source.box, STUB / 2), growRect(target.box, STUB / 2)];
  const path = gridSearch({
    from: a,
    fromDirection: sideNormal(source.side),
    to: b,
    toDirection: { x: -sideNormal(target.side).x, y: -sideNormal(target.side).y },
    boxes: walls,
    region,
  });
  return { points: path === null ? null : simplifyPolyline([source.anchor, ...path, target.anchor]), region };
}

export function routeOrthogonal(source: RouteEnd, target: RouteEnd, obstacles: RectIndex<Obstacle>, ends: ReadonlySet<string>): Route {
  const span = quickShapeSpan(source, target);
  const context: CostContext = {
    n0: sideNormal(source.side),
    n1: sideNormal(target.side),
    ownCores: [ownCore(source.box), ownCore(target.box)],
    crossings: (p, q) => obstacles.segmentCrossings(p, q, CLEARANCE, (box) => ends.has(box.id)),
  };
  const shapes = scoredShapes(source, target, context);
  // The cheapest clear shape: other boxes only ever add to a shape's cost, so none cheaper is clear.
  const clear = shapes.find((shape) => shape.wellFormed && crossingCount(shape.points, context) === 0);
  if (clear !== undefined) return { points: clear.points, dependsOn: growRect(span, CLEARANCE) };
  let searched = span;
  for (const margin of SEARCH_MARGINS) {
    const found = searchGrid(source, target, obstacles, ends, margin);
    searched = boundingRect([searched, found.region]) as Rect;
    if (found.points !== null) return { points: found.points, dependsOn: growRect(searched, CLEARANCE) };
  }
  return { points: leastBlocked(shapes, context), dependsOn: growRect(searched, CLEARANCE) };
}

/** A route through bend points someone chose (auto layout): straight out of each side to them. */
export function routeThrough(source: RouteEnd, target: RouteEnd, bends: readonly Point[]): Point[] {
  const first = bends[0];
  const last = bends[bends.length - 1];
  if (first === undefined || last === undefined) return [source.anchor, target.anchor];
  const elbow = (end: RouteEnd, bend: Point): Point =>
    end.side === 'left' || end.side === 'right' ? { x: bend.x, y: end.anchor.y } : { x: end.anchor.x, y: bend.y };
  return simplifyPolyline([source.anchor, elbow(source, first), ...bends, elbow(target, last), target.anchor]);
}
