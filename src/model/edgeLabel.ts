// Where an edge's label sits, shared by the canvas, the SVG export and the auto layout that keeps
// labels clear of nodes and of each other; its size is src/geometry/labelBox.ts's `edgeLabelBox`.

import { labelPoint } from '../geometry/polyline';
import type { FlowEdge, Point } from './types';

/** The centre of the label: where the layout put it, or else the middle of the longest segment. */
export function edgeLabelPoint(edge: Pick<FlowEdge, 'points' | 'labelAt'>, points: readonly Point[]): Point {
  return edge.points !== undefined && edge.points.length >= 2 && edge.labelAt !== undefined ? edge.labelAt : labelPoint(points);
}
