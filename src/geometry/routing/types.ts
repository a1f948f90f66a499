import type { Point } from '../point';
import type { Rect } from '../rect';
import type { Side } from '../side';

/** One end of a route: the box it leaves or enters, through which side, at which point. */
export interface RouteEnd {
  box: Rect;
  side: Side;
  anchor: Point;
}

/** A box routes keep clear of; `id` tells a route's own ends from the rest. */
export interface Obstacle extends Rect {
  readonly id: string;
}

export interface Route {
  /** From the source's anchor to the target's anchor, orthogonal, without collinear points. */
  points: Point[];
  /**
   * Everything the route depends on besides its ends lies inside this rectangle: a box that
   * appears, disappears or moves without touching it cannot change the route. Null for a route
   * that looks at no obstacle.
   */
  dependsOn: Rect | null;
}

/** A route keeps this much air to every box that is not one of its ends (issue 16: ≥ 10). */
export const CLEARANCE = 10;
/**
 * Under this many pixels a route's detours around other nodes cannot be seen: a picture or a view
 * this small may route without them (a big diagram's thumbnail, a canvas zoomed out to fit it).
 */
export const VISIBLE_DETOUR_PX = 0.5;
/** How far a route leaves a box straight out of its side before it may turn. */
export const STUB = 20;
/** Corner radius of every drawn route, on the canvas and in every export. */
export const CORNER_RADIUS = 8;
