// The one placer of edge labels and rate chips, for the canvas, every export and auto layout. A
// label and its chip (stacked, the chip just below) take the first place along their own route
// that is clear of every node, badge, and label or chip placed before them, and does not hide their
// own arrowhead; a place that also covers no other edge's line is preferred. Edges are placed in
// order of id, so every client puts every label in the same place whatever the order of the data.

import type { Point } from './point';
import { growRect, type Rect } from './rect';
import { RectIndex } from './rectIndex';
import { labelPoint } from './polyline';
import { segmentEntersRect } from './segments';

export interface Size {
  width: number;
  height: number;
}

export interface PlacementRequest {
  id: string;
  points: readonly Point[];
  /** The label's box, or null for an edge without a label. */
  label: Size | null;
  /** The rate chip's box, or null when no chip is shown. */
  chip: Size | null;
  /** A place chosen before (auto layout's), tried first. */
  preferred?: Point;
}

export interface PlacedLabel {
  /** The label's centre; the chip's when there is no label. */
  centre: Point;
  label: Rect | null;
  chip: Rect | null;
  /** False when no place along the route was clear: drawn at the middle of its longest segment. */
  clear: boolean;
}

/** Labels and chips keep this much air to nodes, badges and each other. */
export const LABEL_AIR = 3;
/** Between a label and the chip below it. */
export const CHIP_GAP = 2;
/** The end of a route where its arrowhead is drawn, which its own label must not hide. */
const ARROW_ROOM = 14;
const FRACTIONS = [0.5, 0.35, 0.65, 0.2, 0.8];

interface Line extends Rect {
  owner: string;
  a: Point;
  b: Point;
}

function linesOf(id: string, points: readonly Point[]): Line[] {
  const lines: Line[] = [];
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    lines.push({ owner: id, a, b, x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) });
  }
  return lines;
}

function arrowStretch(points: readonly Point[]): [Point, Point] {
  const tip = points[points.length - 1] as Point;
  const before = points[points.length - 2] as Point;
  const length = Math.hypot(tip.x - before.x, tip.y - before.y);
  const back = Math.min(ARROW_ROOM, length) / (length || 1);
  return [{ x: tip.x + (before.x - tip.x) * back, y: tip.y + (before.y - tip.y) * back }, tip];
}

/** Places along the route: the preferred one, then longest segments first, the middle of each before its sides. */
function candidates(request: PlacementRequest): Point[] {
  const bySize = linesOf(request.id, request.points)
    .map((line, index) => ({ line, index, length: line.width + line.height }))
    .filter(({ length }) => length > 0)
    .sort((p, q) => q.length - p.length || p.index - q.index);
  const along = bySize.flatMap(({ line: { a, b } }) => FRACTIONS.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })));
  return request.preferred === undefined ? along : [request.preferred, ...along];
}

/** The label centred on `centre` and the chip under it (or the chip alone, centred there). */
function boxesAt(centre: Point, request: PlacementRequest): { label: Rect | null; chip: Rect | null } {
  const label = request.label === null ? null : { x: centre.x - request.label.width / 2, y: centre.y - request.label.height / 2, ...request.label };
  if (request.chip === null) return { label, chip: null };
  const chipY = label === null ? centre.y - request.chip.height / 2 : label.y + label.height + CHIP_GAP;
  return { label, chip: { x: centre.x - request.chip.width / 2, y: chipY, ...request.chip } };
}

/**
 * @param requests every routed edge: those with a label or chip are placed, all are lines to keep clear of
 * @param obstacles node boxes and badges
 */
export function placeLabels(requests: readonly PlacementRequest[], obstacles: readonly Rect[]): Map<string, PlacedLabel> {
  const sorted = [...requests].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const fixed = new RectIndex(obstacles);
  const placed = new RectIndex<Rect>([]);
  const lines = new RectIndex(sorted.flatMap((request) => linesOf(request.id, request.points)));
  const result = new Map<string, PlacedLabel>();
  for (const request of sorted) {
    if ((request.label === null && request.chip === null) || request.points.length < 2) continue;
    const [arrowStart, arrowTip] = arrowStretch(request.points);
    let clearOfBoxes: Point | undefined;
    let clearOfAll: Point | undefined;
    for (const centre of candidates(request)) {
      const boxes = [boxesAt(centre, request)].flatMap(({ label, chip }) => [label, chip]).filter((box): box is Rect => box !== null).map((box) => growRect(box, LABEL_AIR));
      const blocked = boxes.some(
        (box) => fixed.someOverlapping(box) || placed.someOverlapping(box) || segmentEntersRect(arrowStart, arrowTip, box),
      );
      if (blocked) continue;
      clearOfBoxes ??= centre;
      const coversLine = boxes.some((box) => lines.someOverlapping(box, (line) => line.owner !== request.id && segmentEntersRect(line.a, line.b, box)));
      if (!coversLine) {
        clearOfAll = centre;
        break;
      }
    }
    const centre = clearOfAll ?? clearOfBoxes ?? request.preferred ?? labelPoint(request.points);
    const boxes = boxesAt(centre, request);
    for (const box of [boxes.label, boxes.chip]) if (box !== null) placed.add(growRect(box, LABEL_AIR));
    result.set(request.id, { centre, ...boxes, clear: clearOfBoxes !== undefined });
  }
  return result;
}

