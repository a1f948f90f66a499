// The one collision checker: which labels, chips and badges touch a node or each other, and which
// routes run through a node that is not their end. Tests of templates, layouts and hand-drawn
// diagrams ask it of the canvas's boxes and of the SVG renderer's alike.

import type { Point } from './point';
import { rectsOverlap, type Rect } from './rect';
import { segmentEntersRect } from './segments';

export interface LabelledBox extends Rect {
  /** What the box is, for the report: `label e1`, `chip e1`, `badge n3`, `node n3`. */
  name: string;
}

export interface RouteLine {
  name: string;
  points: readonly Point[];
  /** The names of the two nodes the route joins, which it may touch. */
  ends: readonly string[];
}

export interface Collision {
  a: string;
  b: string;
}

/**
 * Every pair of touching boxes among labels, chips and badges, every such box on a node, and every
 * route through a node other than its ends (entering more than `inset` units: a route that ends on
 * a node's outline is not through it).
 */
export function findCollisions(nodes: readonly LabelledBox[], marks: readonly LabelledBox[], routes: readonly RouteLine[] = [], inset = 1): Collision[] {
  const found: Collision[] = [];
  marks.forEach((mark, i) => {
    for (const node of nodes) if (rectsOverlap(mark, node)) found.push({ a: mark.name, b: node.name });
    for (const other of marks.slice(i + 1)) if (rectsOverlap(mark, other)) found.push({ a: mark.name, b: other.name });
  });
  for (const route of routes) {
    for (const node of nodes) {
      if (route.ends.includes(node.name)) continue;
      const through = route.points.some((p, i) => i > 0 && segmentEntersRect(route.points[i - 1] as Point, p, node, inset));
      if (through) found.push({ a: route.name, b: node.name });
    }
  }
  return found;
}
