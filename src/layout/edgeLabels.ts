// Where each routed edge's label goes after an auto layout. The rule for edges the user draws,
// the middle of the longest segment, can put a label on a node, on another edge's line, or on
// another label where routes run side by side (a decision's branches leaving the same side, say).
// Here each label, in document order, tries places along its own route, longest segments first and
// the middle of each before its sides, and takes the first that is clear of every node and of the
// labels placed before it, preferring one that covers no other edge's line. If none is clear it
// keeps the ordinary place.

import { edgeLabelBox } from '../geometry/labelBox';
import { labelPoint } from '../geometry/polyline';
import type { Point } from '../model/types';
import { type Rect } from '../geometry/rect';
import { segmentEntersRect } from '../geometry/segments';
import { RectIndex } from '../geometry/rectIndex';

export interface RoutedEdge {
  id: string;
  label?: string;
  points: readonly Point[];
}

interface Segment extends Rect {
  owner: string;
  a: Point;
  b: Point;
}

/** Labels keep this much air to nodes and to each other. */
const CLEARANCE = 3;
/** The end of a route where its arrowhead is drawn, which its own label must not hide. */
const ARROW_ROOM = 14;
const FRACTIONS = [0.5, 0.35, 0.65, 0.2, 0.8];

function boxAround(centre: Point, width: number, height: number): Rect {
  return {
    x: centre.x - width / 2 - CLEARANCE,
    y: centre.y - height / 2 - CLEARANCE,
    width: width + 2 * CLEARANCE,
    height: height + 2 * CLEARANCE,
  };
}

function segmentsOf(edge: RoutedEdge): Segment[] {
  const segments: Segment[] = [];
  for (let i = 1; i < edge.points.length; i += 1) {
    const a = edge.points[i - 1] as Point;
    const b = edge.points[i] as Point;
    const x = Math.min(a.x, b.x);
    const y = Math.min(a.y, b.y);
    segments.push({ owner: edge.id, a, b, x, y, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
  }
  return segments;
}

function arrowStretch(points: readonly Point[]): [Point, Point] {
  const tip = points[points.length - 1] as Point;
  const before = points[points.length - 2] as Point;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y);
  const back = Math.min(ARROW_ROOM, length) / (length || 1);
  return [{ x: tip.x + (before.x - tip.x) * back, y: tip.y + (before.y - tip.y) * back }, tip];
}

function candidates(edge: RoutedEdge): Point[] {
  const bySize = segmentsOf(edge)
    .map((segment, index) => ({ segment, index, length: Math.hypot(segment.b.x - segment.a.x, segment.b.y - segment.a.y) }))
    .filter(({ length }) => length > 0)
    .sort((p, q) => q.length - p.length || p.index - q.index);
  return bySize.flatMap(({ segment: { a, b } }) => FRACTIONS.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })));
}

/**
 * @param edges every routed edge: the labelled ones are placed, all of them are lines to keep clear of
 * @param nodes every node's box after the layout
 * @param fixedLabels boxes of labels that stay where they are (edges the layout did not route)
 */
export function placeEdgeLabels(edges: readonly RoutedEdge[], nodes: readonly Rect[], fixedLabels: readonly Rect[] = []): Map<string, Point> {
  const nodeIndex = new RectIndex(nodes);
  const labelIndex = new RectIndex(fixedLabels);
  const lineIndex = new RectIndex(edges.flatMap(segmentsOf));
  const places = new Map<string, Point>();
  for (const edge of edges) {
    if (edge.label === undefined || edge.label === '' || edge.points.length < 2) continue;
    const { width, height } = edgeLabelBox(edge.label);
    const [arrowStart, arrowTip] = arrowStretch(edge.points);
    let clearOfNodes: Point | undefined;
    let clearOfAll: Point | undefined;
    for (const centre of candidates(edge)) {
      const box = boxAround(centre, width, height);
      if (nodeIndex.someOverlapping(box) || labelIndex.someOverlapping(box) || segmentEntersRect(arrowStart, arrowTip, box)) continue;
      clearOfNodes ??= centre;
      const coversAnotherLine = lineIndex.someOverlapping(box, (line) => line.owner !== edge.id && segmentEntersRect(line.a, line.b, box));
      if (!coversAnotherLine) {
        clearOfAll = centre;
        break;
      }
    }
    const place = clearOfAll ?? clearOfNodes ?? labelPoint(edge.points);
    places.set(edge.id, place);
    labelIndex.add(boxAround(place, width, height));
  }
  return places;
}
