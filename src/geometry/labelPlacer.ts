// The one placer of edge labels and rate chips, for the canvas, every export and auto layout. A
// label and its chip (stacked, the chip just below) take the first place along their own route
// that is clear of every node, badge, and label or chip placed before them, and does not hide their
// own arrowhead; a place that also covers no other edge's line is preferred. Edges are placed in
// order of id, so every client puts every label in the same place whatever the order of the data.

import type { Point } from './point';
import { growRect, rectsOverlap, type Rect } from './rect';
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

export interface Obstacles {
  /** Node boxes: a label on one hides what the node says. */
  nodes: readonly Rect[];
  /** Badges on nodes (volumes): to keep clear of too, but a label may cover one when nothing else is free. */
  badges: readonly Rect[];
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
/** How far a label placed beside its line still covers it. */
const BESIDE_OVERLAP = 3;
/** Places tried along a route before giving up: its three longest segments are enough to find room. */
const MAX_CANDIDATES = 15;

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

/**
 * How far the label-and-chip stack reaches from its centre point: left and right, above and below
 * (the chip hangs under the label).
 */
function reach(request: PlacementRequest): { half: number; above: number; below: number } {
  const { label, chip } = request;
  const half = Math.max(label?.width ?? 0, chip?.width ?? 0) / 2;
  if (label === null) return { half, above: (chip?.height ?? 0) / 2, below: (chip?.height ?? 0) / 2 };
  return { half, above: label.height / 2, below: label.height / 2 + (chip === null ? 0 : CHIP_GAP + chip.height) };
}

/**
 * Places along the route: the preferred one, then longest segments first, the middle of each
 * before its sides. Where none of those is free (branches fanning out of a decision into a narrow
 * gap), places beside the line: the stack against a vertical segment's left or right, a horizontal
 * one's top or bottom, overlapping it by BESIDE_OVERLAP so the label still reads as the line's.
 */
function candidates(request: PlacementRequest): Point[] {
  const bySize = linesOf(request.id, request.points)
    .map((line, index) => ({ line, index, length: line.width + line.height }))
    .filter(({ length }) => length > 0)
    .sort((p, q) => q.length - p.length || p.index - q.index)
    .slice(0, Math.ceil(MAX_CANDIDATES / FRACTIONS.length));
  const along = bySize.flatMap(({ line: { a, b } }) => FRACTIONS.map((t) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t })));
  const { half, above, below } = reach(request);
  const beside = bySize.flatMap(({ line: { a, b } }) =>
    FRACTIONS.flatMap((t) => {
      const x = a.x + (b.x - a.x) * t;
      const y = a.y + (b.y - a.y) * t;
      return a.x === b.x
        ? [{ x: x - half + BESIDE_OVERLAP, y }, { x: x + half - BESIDE_OVERLAP, y }]
        : [{ x, y: y - below + BESIDE_OVERLAP }, { x, y: y + above - BESIDE_OVERLAP }];
    }),
  );
  const ordered = [...along, ...beside];
  return request.preferred === undefined ? ordered : [request.preferred, ...ordered];
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
export function placeLabels(requests: readonly PlacementRequest[], obstacles: Obstacles): Map<string, PlacedLabel> {
  const sorted = [...requests].sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0));
  const space: Space = {
    fixed: new RectIndex([...obstacles.nodes, ...obstacles.badges]),
    placed: new RectIndex<Rect>([]),
    lines: new RectIndex(sorted.flatMap((request) => linesOf(request.id, request.points))),
  };
  // Where nothing is clear, a label may cover a badge rather than a node.
  const nodesOnly: Space = { ...space, fixed: new RectIndex(obstacles.nodes) };
  const take = (box: Rect | null): Rect | null => {
    if (box === null) return null;
    const grown = growRect(box, LABEL_AIR);
    space.placed.add(grown);
    return grown;
  };
  /** Each label's box as taken, which its own chip may sit against. */
  const taken = new Map<string, Rect>();
  // Labels first, every one of them: a label says what a branch means, a chip only repeats a figure.
  const labels = new Map<string, PlacedLabel>();
  for (const request of sorted) {
    if (request.label === null || request.points.length < 2) continue;
    const alone = { ...request, chip: null };
    const centre = request.preferred ?? labelPoint(request.points);
    const place = findPlace(alone, space) ?? notClear(findPlace(alone, nodesOnly)) ?? { centre, ...boxesAt(centre, alone), clear: false };
    const grown = take(place.label);
    if (grown !== null) taken.set(request.id, grown);
    labels.set(request.id, place);
  }
  // Then chips: just below their label when there is room, else the first room along the route.
  const result = new Map<string, PlacedLabel>();
  for (const request of sorted) {
    if (request.points.length < 2) continue;
    const label = labels.get(request.id);
    if (request.chip === null) {
      if (label !== undefined) result.set(request.id, label);
      continue;
    }
    const stacked = label === undefined ? null : boxesAt(label.centre, request).chip;
    const chipAlone = { ...request, label: null, preferred: undefined };
    let chip: Rect | null = stacked !== null && isFree(stacked, request, space, taken.get(request.id)) ? stacked : (findPlace(chipAlone, space, label?.label ?? null)?.chip ?? null);
    const chipClear = chip !== null;
    if (chip === null) chip = stacked ?? boxesAt(request.preferred ?? labelPoint(request.points), chipAlone).chip;
    take(chip);
    result.set(request.id, {
      centre: label?.centre ?? { x: (chip as Rect).x + (chip as Rect).width / 2, y: (chip as Rect).y + (chip as Rect).height / 2 },
      label: label?.label ?? null,
      chip,
      clear: (label?.clear ?? true) && chipClear,
    });
  }
  return result;
}

function notClear(place: PlacedLabel | null): PlacedLabel | null {
  return place === null ? null : { ...place, clear: false };
}

/** Whether a box is clear of nodes, badges, what was placed (but `own`) and the edge's own arrowhead. */
function isFree(box: Rect, request: PlacementRequest, space: Space, own: Rect | undefined): boolean {
  const [arrowStart, arrowTip] = arrowStretch(request.points);
  const grown = growRect(box, LABEL_AIR);
  return (
    !space.fixed.someOverlapping(grown) &&
    !space.placed.someOverlapping(grown, (rect) => rect !== own) &&
    !segmentEntersRect(arrowStart, arrowTip, grown)
  );
}

interface Space {
  /** Nodes and badges. */
  fixed: RectIndex;
  /** Labels and chips placed so far, with their air. */
  placed: RectIndex<Rect>;
  lines: RectIndex<Line>;
}

/**
 * The first clear place along the route, preferring one that covers no other edge's line; null
 * when none is clear. `also` is a box placed for the same edge that the new one must not meet.
 */
function findPlace(request: PlacementRequest, space: Space, also: Rect | null = null): PlacedLabel | null {
  const [arrowStart, arrowTip] = arrowStretch(request.points);
  const taken = also === null ? null : growRect(also, LABEL_AIR);
  let clearOfBoxes: Point | undefined;
  for (const centre of candidates(request)) {
    const found = boxesAt(centre, request);
    const boxes = [found.label, found.chip].filter((box): box is Rect => box !== null).map((box) => growRect(box, LABEL_AIR));
    const blocked = boxes.some(
      (box) =>
        space.fixed.someOverlapping(box) ||
        space.placed.someOverlapping(box) ||
        (taken !== null && rectsOverlap(box, taken)) ||
        segmentEntersRect(arrowStart, arrowTip, box),
    );
    if (blocked) continue;
    clearOfBoxes ??= centre;
    const coversLine = boxes.some((box) => space.lines.someOverlapping(box, (line) => line.owner !== request.id && segmentEntersRect(line.a, line.b, box)));
    if (!coversLine) return { centre, ...found, clear: true };
  }
  return clearOfBoxes === undefined ? null : { centre: clearOfBoxes, ...boxesAt(clearOfBoxes, request), clear: true };
}
