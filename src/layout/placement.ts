// What a layout pass decides, before it is written into a document.

import type { HandleSide, Point } from '../model/types';
import type { Rect } from '../geometry/rect';

export interface Route {
  /** From a point on the source's border to one on the target's, bends included. */
  points: Point[];
  sourceHandle: HandleSide;
  targetHandle: HandleSide;
}

export interface Placement {
  /** Node id to its new box. */
  rects: Map<string, Rect>;
  /** Document edge id to its new route. */
  routes: Map<string, Route>;
}
