// Where each swimlane's band lies, derived from its nodes: the canvas and the SVG renderer draw the
// bands from this, and src/layout/swimlanes.ts places nodes so that this derivation gives back its bands.

import type { Direction, FlowNode, Point, SalesDocument } from './types';
import { rectContains, type Rect } from '../geometry/rect';

/** Between a band's edge and its outermost node, across the flow. */
export const LANE_PADDING = 24;
/** Room before the first node along the flow, where the lane's label is drawn. */
export const LANE_HEADER = 40;
/** Thickness of a lane that has no node yet, so that it can still be seen and dropped on. */
export const EMPTY_LANE_THICKNESS = 96;
/** Length along the flow of the bands of a document with lanes but no nodes. */
export const EMPTY_LANES_LENGTH = 480;

export interface LaneBand {
  /** null for the "unassigned" band after the last lane. */
  laneId: string | null;
  rect: Rect;
}

/** The strip before the nodes where a band's label is drawn, on the canvas and in every export. */
export function laneHeader(band: Rect, direction: Direction): Rect {
  return direction === 'LR'
    ? { x: band.x, y: band.y, width: LANE_HEADER, height: band.height }
    : { x: band.x, y: band.y, width: band.width, height: LANE_HEADER };
}

interface Extent {
  min: number;
  max: number;
}

/**
 * One band per lane, in the document's lane order, then an "unassigned" band when a node has no
 * lane. Bands are contiguous and never overlap: a band runs from where the previous one ends (or
 * from its first node less the padding, if that is further on) to its last node plus the padding,
 * or EMPTY_LANE_THICKNESS for an empty lane. Along the flow all bands share one extent, from the
 * header before the first node to the padding after the last. Rows for LR, columns for TB.
 */
export function laneBands(doc: Pick<SalesDocument, 'lanes' | 'nodes' | 'settings'>): LaneBand[] {
  if (doc.lanes.length === 0) return [];
  const direction = doc.settings.direction;
  const laneIndex = new Map(doc.lanes.map((lane, index) => [lane.id, index]));
  const hasUnassigned = doc.nodes.some((node) => node.laneId === undefined || !laneIndex.has(node.laneId));
  const count = doc.lanes.length + (hasUnassigned ? 1 : 0);

  // Plain numbers, no object per node: the canvas recomputes the bands on every frame of a drag.
  const acrossMin = new Array<number>(count).fill(Infinity);
  const acrossMax = new Array<number>(count).fill(-Infinity);
  let alongMin = Infinity;
  let alongMax = -Infinity;
  const lr = direction === 'LR';
  for (const node of doc.nodes) {
    const index = (node.laneId === undefined ? undefined : laneIndex.get(node.laneId)) ?? doc.lanes.length;
    const crossMin = lr ? node.position.y : node.position.x;
    const crossMax = crossMin + (lr ? node.size.height : node.size.width);
    const mainMin = lr ? node.position.x : node.position.y;
    const mainMax = mainMin + (lr ? node.size.width : node.size.height);
    acrossMin[index] = Math.min(acrossMin[index]!, crossMin);
    acrossMax[index] = Math.max(acrossMax[index]!, crossMax);
    alongMin = Math.min(alongMin, mainMin);
    alongMax = Math.max(alongMax, mainMax);
  }
  const across = acrossMin.map((min, index): Extent | undefined => (min === Infinity ? undefined : { min, max: acrossMax[index]! }));
  const along: Extent | undefined = alongMin === Infinity ? undefined : { min: alongMin, max: alongMax };

  const mainStart = along === undefined ? 0 : along.min - LANE_PADDING - LANE_HEADER;
  const mainEnd = along === undefined ? EMPTY_LANES_LENGTH : along.max + LANE_PADDING;

  const firstFilled = across.findIndex((extent) => extent !== undefined);
  const firstExtent = across[firstFilled];
  let start = firstExtent === undefined ? 0 : firstExtent.min - LANE_PADDING - firstFilled * EMPTY_LANE_THICKNESS;

  const bands: LaneBand[] = [];
  for (let index = 0; index < count; index += 1) {
    const extent = across[index];
    const bandStart = extent === undefined ? start : Math.max(start, extent.min - LANE_PADDING);
    // The gap before a band belongs to the band before it, so bands stay contiguous.
    const previous = bands[bands.length - 1];
    if (previous !== undefined) setCrossEnd(previous, bandStart, direction);
    // A lane whose nodes all lie before the previous band's end (a node just dragged across, say)
    // gets no thickness rather than a negative one.
    const bandEnd = extent === undefined ? bandStart + EMPTY_LANE_THICKNESS : Math.max(bandStart, extent.max + LANE_PADDING);
    const laneId = doc.lanes[index]?.id ?? null;
    bands.push({ laneId, rect: makeRect(mainStart, mainEnd, bandStart, bandEnd, direction) });
    start = bandEnd;
  }
  return bands;
}

/** The band a node belongs to: its lane's, or the unassigned one. */
export function bandOf(bands: readonly LaneBand[], node: Pick<FlowNode, 'laneId'>): LaneBand | undefined {
  const laneId = node.laneId ?? null;
  return bands.find((band) => band.laneId === laneId) ?? bands.find((band) => band.laneId === null);
}

function makeRect(mainStart: number, mainEnd: number, crossStart: number, crossEnd: number, direction: Direction): Rect {
  return direction === 'LR'
    ? { x: mainStart, y: crossStart, width: mainEnd - mainStart, height: crossEnd - crossStart }
    : { x: crossStart, y: mainStart, width: crossEnd - crossStart, height: mainEnd - mainStart };
}

function setCrossEnd(band: LaneBand, crossEnd: number, direction: Direction): void {
  if (direction === 'LR') band.rect.height = crossEnd - band.rect.y;
  else band.rect.width = crossEnd - band.rect.x;
}

/** The band under a point, e.g. where a node was dropped; undefined outside every band. */
export function bandAt(bands: readonly LaneBand[], point: Point): LaneBand | undefined {
  return bands.find((band) => rectContains(band.rect, point));
}
