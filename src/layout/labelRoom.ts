// Room for labels and rate chips the placer could not fit (issue 17: "widening gaps where a label
// needs room"). Where a label or chip of an edge finds no clear place, the layout is cut across the
// flow at the point of that edge's runs along the flow nearest the label where no node stands (or,
// for an edge with no such run, across its runs the other way), and everything past the cut moves
// on by the room the label needs. A cut through empty space keeps every node
// apart, every route clear of nodes and every crossing as it was: runs that cross the cut only get
// longer. Lane-free and swimlane layouts alike, as the last pass before labels are placed for good.

import { CHIP_GAP, LABEL_AIR, type PlacedLabel } from '../geometry/labelPlacer';
import type { Rect } from '../geometry/rect';
import { placeDocumentLabels } from '../model/labelPlaces';
import type { Direction, FlowEdge, FlowNode, Point } from '../model/types';
import type { Placement, Route } from './placement';

/** Cuts made at most, so that a label no cut can help costs a bounded number of placements. */
const MAX_CUTS = 12;
/**
 * Up to this many edges: every cut places every label again, about 40 ms on a thousand nodes, so
 * bigger diagrams keep the layout's own gaps (the pipeline must stay within 1.1× a bare ELK call).
 */
export const MAX_LABEL_ROOM_EDGES = 150;
/** Cuts for one edge: the placer tries a few places along each run, so one cut's room may fall between them. */
const CUTS_PER_EDGE = 3;
/** A cut keeps this far from a run's ends, so that it widens the run, not a bend. */
const END_MARGIN = 4;

interface Axis {
  /** Position along the flow. */
  along: (point: Point) => number;
  /** A box's start and length along the flow. */
  span: (rect: Rect) => [number, number];
  moved: (point: Point, by: number) => Point;
  movedRect: (rect: Rect, by: number) => Rect;
}

function axisOf(direction: Direction): Axis {
  return direction === 'LR'
    ? { along: (p) => p.x, span: (r) => [r.x, r.width], moved: (p, by) => ({ x: p.x + by, y: p.y }), movedRect: (r, by) => ({ ...r, x: r.x + by }) }
    : { along: (p) => p.y, span: (r) => [r.y, r.height], moved: (p, by) => ({ x: p.x, y: p.y + by }), movedRect: (r, by) => ({ ...r, y: r.y + by }) };
}

/** How much longer a run must get to hold the label and chip of `place` side by side with what crowds it. */
function roomNeeded(place: PlacedLabel, direction: Direction): number {
  const boxes = [place.label, place.chip].filter((box): box is Rect => box !== null);
  if (direction === 'LR') return Math.max(...boxes.map((box) => box.width)) + 2 * LABEL_AIR;
  return boxes.reduce((sum, box) => sum + box.height, 0) + (boxes.length - 1) * CHIP_GAP + 2 * LABEL_AIR;
}

/**
 * Where to cut for an edge: on its runs along the flow, the point no node stands across that is
 * nearest to where the placer had to put the label (`near`); null when nodes cover every run.
 */
function cutFor(points: readonly Point[], rects: readonly Rect[], axis: Axis, isAlong: (a: Point, b: Point) => boolean, near: number): number | null {
  const spans = rects.map((rect) => axis.span(rect)).map(([start, length]) => [start, start + length] as [number, number]);
  let best: { at: number; distance: number } | null = null;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    if (!isAlong(a, b)) continue;
    const [from, to] = [axis.along(a), axis.along(b)].sort((p, q) => p - q) as [number, number];
    if (to - from <= 2 * END_MARGIN) continue;
    // The stretches of the run no node covers, from the nodes' spans sorted by start.
    const covering = spans.filter(([start, end]) => end > from && start < to).sort((p, q) => p[0] - q[0]);
    let cursor = from + END_MARGIN;
    for (const [start, end] of [...covering, [to - END_MARGIN, to - END_MARGIN] as [number, number]]) {
      if (start > cursor) {
        // Strictly inside the stretch, so that no node starts exactly at the cut.
        const at = Math.min(Math.max(near, cursor + 1), start - 1);
        const distance = Math.abs(at - near);
        if (start - cursor > 2 && (best === null || distance < best.distance)) best = { at, distance };
      }
      cursor = Math.max(cursor, end);
    }
  }
  return best?.at ?? null;
}

function cutAcross(placement: Placement, at: number, by: number, axis: Axis): Placement {
  const rects = new Map<string, Rect>();
  for (const [id, rect] of placement.rects) rects.set(id, axis.span(rect)[0] > at ? axis.movedRect(rect, by) : rect);
  const routes = new Map<string, Route>();
  for (const [id, route] of placement.routes) {
    routes.set(id, { ...route, points: route.points.map((point) => (axis.along(point) > at ? axis.moved(point, by) : point)) });
  }
  return { rects, routes };
}

/** A note and the node it annotates as one box, so that no cut comes between them. */
function tiedSpans(nodes: readonly FlowNode[], placement: Placement): Rect[] {
  const tied: Rect[] = [];
  for (const node of nodes) {
    const note = placement.rects.get(node.id);
    const annotated = node.attachedTo === undefined ? undefined : placement.rects.get(node.attachedTo);
    if (note === undefined || annotated === undefined) continue;
    const x = Math.min(note.x, annotated.x);
    const y = Math.min(note.y, annotated.y);
    tied.push({ x, y, width: Math.max(note.x + note.width, annotated.x + annotated.width) - x, height: Math.max(note.y + note.height, annotated.y + annotated.height) - y });
  }
  return tied;
}

function placesOf(nodes: readonly FlowNode[], edges: readonly FlowEdge[], placement: Placement): Map<string, PlacedLabel> {
  const placed = nodes.map((node) => {
    const rect = placement.rects.get(node.id);
    return rect === undefined ? node : { ...node, position: { x: rect.x, y: rect.y } };
  });
  const routes = new Map<string, readonly Point[]>();
  for (const [id, route] of placement.routes) routes.set(id, route.points);
  return placeDocumentLabels(placed, edges, routes);
}

/**
 * The placement with room cut in for every label and chip that had none, as far as cuts through
 * empty space can make it. Every node and edge of the document must be in `placement`.
 */
export function makeLabelRoom(nodes: readonly FlowNode[], edges: readonly FlowEdge[], placement: Placement, direction: Direction): Placement {
  if (edges.length > MAX_LABEL_ROOM_EDGES) return placement;
  // Along the flow first; an edge with no run along it (a hand-over straight across between
  // lanes) is cut across the flow instead, moving the bands past the cut apart.
  const ways = [direction, direction === 'LR' ? 'TB' : 'LR'].map((way) => ({
    way: way as Direction,
    axis: axisOf(way as Direction),
    isAlong: way === 'LR' ? (a: Point, b: Point) => a.y === b.y : (a: Point, b: Point) => a.x === b.x,
  }));
  // Places chosen for old routes do not hold on these.
  const fresh = edges.map(({ labelAt: _labelAt, ...edge }) => edge);
  const cutsFor = new Map<string, number>();
  const hopeless = new Set<string>();
  let current = placement;
  for (let cuts = 0; cuts < MAX_CUTS; cuts += 1) {
    const places = placesOf(nodes, fresh, current);
    const crowded = [...places].filter(([id, place]) => !place.clear && !hopeless.has(id)).sort(([p], [q]) => (p < q ? -1 : 1));
    const first = crowded[0];
    if (first === undefined) break;
    const [id, place] = first;
    const points = current.routes.get(id)?.points ?? [];
    const blocks = [...current.rects.values(), ...tiedSpans(nodes, current)];
    const cut = ways
      .map(({ way, axis, isAlong }) => ({ way, axis, at: cutFor(points, blocks, axis, isAlong, axis.along(place.centre)) }))
      .find((candidate) => candidate.at !== null);
    if (cut === undefined || cut.at === null) {
      hopeless.add(id);
      continue;
    }
    current = cutAcross(current, cut.at, roomNeeded(place, cut.way), cut.axis);
    cutsFor.set(id, (cutsFor.get(id) ?? 0) + 1);
    if ((cutsFor.get(id) ?? 0) >= CUTS_PER_EDGE) hopeless.add(id);
  }
  return current;
}
