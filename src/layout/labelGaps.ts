// Room for labels in the swimlane layout (issue 17: gaps "reduced to what the labels need"): how
// long a straight line between two nodes must be for the one label placer
// (geometry/labelPlacer.ts) to find a clear place on it for the edge's label and rate chip, with
// the badges the analysis keeps room for around both nodes (model/labelPlaces.ts). Found by asking
// the placer itself about the two nodes alone, a gap at a time. swimlanes.ts makes each channel
// between columns, and the gap between two bands that a hand-over crosses straight, this long, so
// that labels sit on their line between the two nodes instead of being given room afterwards
// (labelRoom.ts) by a cut across the whole drawing.

import { LABEL_AIR, placeLabels, type PlacementRequest } from '../geometry/labelPlacer';
import { badgeObstacles, labelStack, leakingNodes } from '../model/labelPlaces';
import { LANE_PADDING } from '../model/laneBands';
import { rectOfNode } from '../model/rect';
import type { Direction, FlowEdge, FlowNode, Point, SalesDocument } from '../model/types';

type Stack = Pick<PlacementRequest, 'label' | 'chip'>;

interface LineEnd {
  node: FlowNode;
  /** Shows a leak badge (labelPlaces.ts keeps room for one on every step whose rates leave deals nowhere). */
  leaks: boolean;
}

/** What the room is computed from, once per layout. */
export interface LabelGeometry {
  /** By edge id: the sizes of its label and chip; null when it shows neither. */
  stacks: ReadonlyMap<string, Stack | null>;
  /** By node id. */
  ends: ReadonlyMap<string, LineEnd>;
}

export function labelGeometry(doc: Pick<SalesDocument, 'nodes' | 'edges'>, nodes: readonly FlowNode[], edges: readonly FlowEdge[]): LabelGeometry {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const stacks = new Map<string, Stack | null>();
  for (const edge of edges) {
    const stack = labelStack(edge, byId);
    stacks.set(edge.id, stack.label === null && stack.chip === null ? null : stack);
  }
  const leaking = new Set(leakingNodes(doc.nodes, doc.edges).map((node) => node.id));
  return { stacks, ends: new Map(nodes.map((node) => [node.id, { node, leaks: leaking.has(node.id) }])) };
}

/** An edge's route as it uses the channels between columns. */
export interface ChannelUse {
  edge: FlowEdge;
  source: FlowNode;
  target: FlowNode;
  /** A loop-back, running against the flow. */
  back: boolean;
  /** The channel it crosses in one straight line from its source's column to the next; null when it does not. */
  straightIn: number | null;
  /** The channels where it runs up or down, across the flow. */
  runs: readonly number[];
}

/**
 * How wide each channel must be for the labels and rate chips of the edges using it: along a
 * straight line from one column to the next, or across the channel on a run up or down it.
 */
export function roomInChannels(uses: readonly ChannelUse[], channelCount: number, geometry: LabelGeometry, direction: Direction): number[] {
  const need = new Array<number>(channelCount).fill(0);
  const widen = (channel: number, room: number): void => {
    need[channel] = Math.max(need[channel] ?? 0, room);
  };
  for (const use of uses) {
    const stack = geometry.stacks.get(use.edge.id);
    const source = geometry.ends.get(use.source.id);
    const target = geometry.ends.get(use.target.id);
    if (stack === undefined || stack === null || source === undefined || target === undefined) continue;
    const straight = lineToHold(stack, source, target, direction === 'LR' ? 'horizontal' : 'vertical', !use.back);
    if (use.straightIn !== null) widen(use.straightIn, straight);
    // On a run up or down the channel the stack may lie across it, centred on the run.
    const across = direction === 'LR' ? Math.max(stack.label?.width ?? 0, stack.chip?.width ?? 0) : (stack.label?.height ?? 0) + (stack.chip?.height ?? 0);
    for (const channel of use.runs) widen(channel, Math.min(straight, across + 4 * LABEL_AIR));
  }
  return need;
}

/** A hand-over drawn straight across the flow between neighbouring bands, `band` the second of them. */
export interface HandOver {
  edge: FlowEdge;
  source: FlowNode;
  target: FlowNode;
  band: number;
  /** From the first band to the second. */
  forward: boolean;
}

/**
 * Room to add before each band for the labels and chips of the hand-overs drawn straight into it
 * from the band before: the two bands' paddings alone make too short a line.
 */
export function roomBetweenBands(handOvers: readonly HandOver[], bandCount: number, geometry: LabelGeometry, direction: Direction): number[] {
  const extra = new Array<number>(bandCount).fill(0);
  for (const { edge, source, target, band, forward } of handOvers) {
    const stack = geometry.stacks.get(edge.id);
    const sourceEnd = geometry.ends.get(source.id);
    const targetEnd = geometry.ends.get(target.id);
    if (stack === undefined || stack === null || sourceEnd === undefined || targetEnd === undefined) continue;
    // Across the flow: a vertical line left to right, a horizontal one top to bottom.
    const need = lineToHold(stack, sourceEnd, targetEnd, direction === 'LR' ? 'vertical' : 'horizontal', forward);
    extra[band] = Math.max(extra[band] ?? 0, need - 2 * LANE_PADDING);
  }
  return extra;
}

/** The longest gap asked for: beyond, the layout's own gap stands and labelRoom.ts cuts if it must. */
const LONGEST = 400;
/** Answers by the shape of the question (sizes, badges, way): layouts ask the same few again and again. */
const known = new Map<string, number>();
const MAX_KNOWN = 2_000;

/**
 * The shortest line from `source` to `target` on which the placer finds a clear place for the
 * stack, horizontal (between the nodes' mid-heights) or vertical (between their mid-widths),
 * `forward` meaning rightwards or downwards.
 */
export function lineToHold(stack: Stack, source: LineEnd, target: LineEnd, line: 'horizontal' | 'vertical', forward: boolean): number {
  const shape = (end: LineEnd): string => `${end.node.kind}:${end.node.size.width}x${end.node.size.height}:${end.leaks}`;
  const key = `${line}:${forward}:${stack.label?.width}x${stack.label?.height}:${stack.chip?.width}x${stack.chip?.height}:${shape(source)}:${shape(target)}`;
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  // A longer line only leaves more room, so the shortest is found by halving: a few placements,
  // not one per unit (a thousand-node layout asks some forty of these).
  let short = 0;
  let gap = LONGEST;
  while (gap - short > 1) {
    const middle = Math.floor((short + gap) / 2);
    if (clearAt(middle, stack, source, target, line, forward)) gap = middle;
    else short = middle;
  }
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(key, gap);
  return gap;
}

function clearAt(gap: number, stack: Stack, source: LineEnd, target: LineEnd, line: 'horizontal' | 'vertical', forward: boolean): boolean {
  const from = { ...source.node, position: { x: 0, y: 0 } };
  const sign = forward ? 1 : -1;
  const { width, height } = from.size;
  const to =
    line === 'horizontal'
      ? { ...target.node, position: { x: forward ? width + gap : -gap - target.node.size.width, y: (height - target.node.size.height) / 2 } }
      : { ...target.node, position: { x: (width - target.node.size.width) / 2, y: forward ? height + gap : -gap - target.node.size.height } };
  const start: Point = line === 'horizontal' ? { x: forward ? width : 0, y: height / 2 } : { x: width / 2, y: forward ? height : 0 };
  const end: Point = line === 'horizontal' ? { x: start.x + sign * gap, y: start.y } : { x: start.x, y: start.y + sign * gap };
  const obstacles = { nodes: [rectOfNode(from), rectOfNode(to)], badges: [...badgeObstacles(from, source.leaks), ...badgeObstacles(to, target.leaks)] };
  return placeLabels([{ id: 'e', points: [start, end], ...stack }], obstacles).get('e')?.clear === true;
}
