// How an edge's line is drawn, the same on the canvas and in every export: rounded corners of one
// radius, and a line that stops at the arrowhead's notch so its square end cannot poke out past
// the tip. The arrowhead is a marker sized in stroke widths.

import type { Point } from './point';
import { roundedPath, trimEnd } from './polyline';
import { CORNER_RADIUS } from './routing/types';

export const EDGE_STROKE_WIDTH = 1.5;
/** The arrowhead's box at the normal stroke width, in canvas units. */
export const ARROW_SIZE = 10;
/** Tip and notch of the arrowhead path below, in its 10-unit viewBox. */
const ARROW_TIP = 9.5;
export const ARROW_NOTCH = 2.5;
/** The arrowhead's outline in its 10-unit viewBox, pointing right. */
export const ARROW_PATH = `M0.5,1L${ARROW_TIP},5L0.5,9L${ARROW_NOTCH},5Z`;
const ARROW_TRIM = ((ARROW_TIP - ARROW_NOTCH) * ARROW_SIZE) / 10;

/**
 * SVG path data of an edge's line.
 * @param grow how much thicker than EDGE_STROKE_WIDTH the line is drawn (small exports thicken it)
 */
export function edgeLinePath(points: readonly Point[], arrow: boolean, grow = 1): string {
  return roundedPath(arrow ? trimEnd(points, ARROW_TRIM * grow) : points, CORNER_RADIUS);
}
