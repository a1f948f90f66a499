// Swimlane layout works in one frame, flow along x and lanes along y; a TB layout is the same
// layout mirrored on the diagonal, so every function here is its own inverse.

import type { Direction, HandleSide, Point } from '../model/types';
import type { Rect } from '../geometry/rect';

const MIRRORED_SIDE: Readonly<Record<HandleSide, HandleSide>> = {
  top: 'left',
  left: 'top',
  bottom: 'right',
  right: 'bottom',
};

export interface Frame {
  point(point: Point): Point;
  rect(rect: Rect): Rect;
  side(side: HandleSide): HandleSide;
}

const IDENTITY: Frame = {
  point: (point) => point,
  rect: (rect) => rect,
  side: (side) => side,
};

const DIAGONAL: Frame = {
  point: (point) => ({ x: point.y, y: point.x }),
  rect: (rect) => ({ x: rect.y, y: rect.x, width: rect.height, height: rect.width }),
  side: (side) => MIRRORED_SIDE[side],
};

/** The frame in which `direction` flows left to right. */
export function flowFrame(direction: Direction): Frame {
  return direction === 'TB' ? DIAGONAL : IDENTITY;
}
