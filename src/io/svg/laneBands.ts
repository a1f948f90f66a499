// Swimlanes as drawn bands (DESIGN.md, "Lane"): rows when the flow runs left to right, columns
// when it runs top to bottom. A band's extent along the lanes comes from its own nodes; across,
// every band spans the whole diagram, with its header before the content.

import type { Direction, FlowNode, SalesDocument } from '../../model/types';
import { addRect, type Extent, type Rect } from './rect';

/** Header thickness: a column of labels on the left for rows, a row of labels on top for columns. */
export const LANE_HEADER = { LR: 132, TB: 40 } as const;
/** Room between a band's edge and the nodes inside it. */
export const LANE_PADDING = 24;
/** Thickness of a lane that has no nodes yet. */
export const EMPTY_LANE = 96;
/** Across the flow, when the document has lanes but no content at all. */
const EMPTY_SPAN = 480;

export interface LaneBand {
  /** `null` for the band of nodes that have no (or an unknown) lane. */
  laneId: string | null;
  label: string;
  color?: string;
  /** The whole band, header included. */
  band: Rect;
  header: Rect;
  /** Position in the stack, for alternating fills. */
  index: number;
}

interface Span {
  start: number;
  end: number;
}

function nodeSpan(nodes: readonly FlowNode[], direction: Direction): Span | null {
  let span: Span | null = null;
  for (const node of nodes) {
    const start = direction === 'LR' ? node.position.y : node.position.x;
    const end = start + (direction === 'LR' ? node.size.height : node.size.width);
    span = span === null ? { start, end } : { start: Math.min(span.start, start), end: Math.max(span.end, end) };
  }
  return span === null ? null : { start: span.start - LANE_PADDING, end: span.end + LANE_PADDING };
}

/** Lanes without nodes take a default thickness next to their neighbours in the stack. */
function placeEmptySpans(spans: (Span | null)[]): Span[] {
  const firstFilled = spans.findIndex((s) => s !== null);
  const placed: Span[] = [];
  let cursor = firstFilled === -1 ? 0 : (spans[firstFilled]?.start ?? 0) - firstFilled * EMPTY_LANE;
  for (const span of spans) {
    const next = span ?? { start: cursor, end: cursor + EMPTY_LANE };
    placed.push(next);
    cursor = next.end;
  }
  return placed;
}

/** Neighbouring bands meet halfway across any gap or overlap, so the stack tiles. */
function tile(spans: Span[]): Span[] {
  const out = spans.map((s) => ({ ...s }));
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a === undefined || b === undefined || b.start < a.start) continue;
    const meet = (a.end + b.start) / 2;
    a.end = meet;
    b.start = meet;
  }
  return out;
}

/**
 * @param content extent of everything drawn besides the lanes (nodes, edge routes), which the
 *   bands span across the flow.
 */
export function laneBands(
  doc: Pick<SalesDocument, 'lanes' | 'nodes' | 'settings'>,
  content: Extent | null,
  unassignedLabel = '',
): LaneBand[] {
  if (doc.lanes.length === 0) return [];
  const direction = doc.settings.direction;
  const members = new Map<string, FlowNode[]>(doc.lanes.map((lane) => [lane.id, []]));
  const unassigned: FlowNode[] = [];
  for (const node of doc.nodes) {
    const list = node.laneId === undefined ? undefined : members.get(node.laneId);
    if (list === undefined) unassigned.push(node);
    else list.push(node);
  }
  const groups: { laneId: string | null; label: string; color?: string; nodes: FlowNode[] }[] = doc.lanes.map(
    (lane) => ({ laneId: lane.id, label: lane.label, color: lane.color, nodes: members.get(lane.id) ?? [] }),
  );
  if (unassigned.length > 0) groups.push({ laneId: null, label: unassignedLabel, nodes: unassigned });

  const spans = tile(placeEmptySpans(groups.map((g) => nodeSpan(g.nodes, direction))));
  const header = LANE_HEADER[direction];
  const crossStart =
    (content === null ? 0 : direction === 'LR' ? content.minX : content.minY) - LANE_PADDING - header;
  const crossEnd =
    content === null ? crossStart + header + EMPTY_SPAN : (direction === 'LR' ? content.maxX : content.maxY) + LANE_PADDING;

  return groups.map((group, index) => {
    const span = spans[index] ?? { start: 0, end: EMPTY_LANE };
    const length = span.end - span.start;
    const cross = crossEnd - crossStart;
    const band: Rect =
      direction === 'LR'
        ? { x: crossStart, y: span.start, width: cross, height: length }
        : { x: span.start, y: crossStart, width: length, height: cross };
    const headerRect: Rect =
      direction === 'LR'
        ? { x: crossStart, y: span.start, width: header, height: length }
        : { x: span.start, y: crossStart, width: length, height: header };
    const result: LaneBand = { laneId: group.laneId, label: group.label, band, header: headerRect, index };
    if (group.color !== undefined) result.color = group.color;
    return result;
  });
}

/** Extent of all bands together. */
export function bandsExtent(bands: readonly LaneBand[], start: Extent | null): Extent | null {
  let extent = start;
  for (const b of bands) extent = addRect(extent, b.band);
  return extent;
}
