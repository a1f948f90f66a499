// A route of ours as a PowerPoint connector: which preset (straight, one bend or two), and the
// transform that puts the preset's start on the route's start and its end on the route's end.
// Presets draw in a box from its top-left corner to its bottom-right one; flips and a quarter turn
// move those corners onto the route's ends. PowerPoint redraws a bound connector its own way once a
// shape moves (issue 21 accepts that); until then it shows the bends we routed.

import type { HandleSide, Point } from '../../model/types';

export interface ConnectorShape {
  prst: 'straightConnector1' | 'bentConnector2' | 'bentConnector3';
  /** Top-left of the unrotated box and its size, in the route's units. */
  offset: Point;
  extent: { width: number; height: number };
  rotation: 0 | 90;
  flipH: boolean;
  flipV: boolean;
  /** `bentConnector3`'s middle run, in 1/100,000 of the box along the first run. */
  middle?: number;
}

const EPSILON = 0.5;

function horizontal(side: HandleSide): boolean {
  return side === 'left' || side === 'right';
}

/** Where a point of the preset's box lands once flipped and turned about the box's centre. */
function place(local: Point, box: { width: number; height: number }, flipH: boolean, flipV: boolean, rotation: 0 | 90): Point {
  const x = (flipH ? box.width - local.x : local.x) - box.width / 2;
  const y = (flipV ? box.height - local.y : local.y) - box.height / 2;
  // A quarter turn clockwise, with y pointing down.
  return rotation === 90 ? { x: -y, y: x } : { x, y };
}

function near(a: Point, b: Point): boolean {
  return Math.abs(a.x - b.x) <= EPSILON && Math.abs(a.y - b.y) <= EPSILON;
}

/** The box, flips and turn that carry the preset's (0,0) to `from` and its far corner to `to`. */
function orient(from: Point, to: Point, rotation: 0 | 90) {
  const shown = { width: Math.abs(to.x - from.x), height: Math.abs(to.y - from.y) };
  const extent = rotation === 90 ? { width: shown.height, height: shown.width } : shown;
  const centre = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  for (const flipH of [false, true]) {
    for (const flipV of [false, true]) {
      const start = place({ x: 0, y: 0 }, extent, flipH, flipV, rotation);
      const end = place({ x: extent.width, y: extent.height }, extent, flipH, flipV, rotation);
      const relFrom = { x: from.x - centre.x, y: from.y - centre.y };
      const relTo = { x: to.x - centre.x, y: to.y - centre.y };
      if (near(start, relFrom) && near(end, relTo)) {
        return { offset: { x: centre.x - extent.width / 2, y: centre.y - extent.height / 2 }, extent, flipH, flipV };
      }
    }
  }
  // Only a zero-sized box has no exact match, and then any orientation draws the same.
  return { offset: { x: centre.x - extent.width / 2, y: centre.y - extent.height / 2 }, extent, flipH: false, flipV: false };
}

export function connectorShape(points: readonly Point[], sides: readonly [HandleSide, HandleSide]): ConnectorShape | null {
  const from = points[0];
  const to = points[points.length - 1];
  if (from === undefined || to === undefined || points.length < 2) return null;
  const [startSide, endSide] = sides;
  const startsAcross = horizontal(startSide);
  const straight = points.length === 2 || (Math.abs(from.x - to.x) <= EPSILON && !startsAcross) || (Math.abs(from.y - to.y) <= EPSILON && startsAcross);
  if (straight && startsAcross === horizontal(endSide)) {
    return { prst: 'straightConnector1', ...orient(from, to, 0), rotation: 0 };
  }
  // The presets run across first; a route that leaves up or down is the same preset turned.
  const rotation = startsAcross ? 0 : 90;
  if (startsAcross !== horizontal(endSide)) return { prst: 'bentConnector2', ...orient(from, to, rotation), rotation };
  // The middle run is where the route's second point turns; the run is measured from the start
  // towards the end, so it may lie before the start or past the end (a route that doubles back).
  const turn = points[1] ?? to;
  const along = startsAcross ? to.x - from.x : to.y - from.y;
  const reached = startsAcross ? turn.x - from.x : turn.y - from.y;
  const middle = Math.abs(along) <= EPSILON ? 50_000 : Math.round((reached / along) * 100_000);
  return { prst: 'bentConnector3', ...orient(from, to, rotation), rotation, middle };
}
