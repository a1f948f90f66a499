// Where every edge label and rate chip of a document goes, for the canvas and every export alike:
// the one placer of src/geometry, fed the same boxes. Space for a rate chip is kept on every edge
// that carries deals, for a volume badge on every node that has one, and for a leak badge on every
// step whose rates leave deals nowhere, whether or not the analysis is on screen: labels then stay
// put when the figures are shown or hidden, and a file exported with or without figures puts each
// label where the user saw it.

import { RATE_CHIP, edgeLabelBox, rateChipWidth } from '../geometry/labelBox';
import { placeLabels, type Obstacles, type PlacedLabel, type PlacementRequest } from '../geometry/labelPlacer';
import type { Rect } from '../geometry/rect';
import { leaksThrough } from './analytics/leaks';
import { badgeCentre, leakBadgeBox, VOLUME_BADGE_ROOM } from './figureBoxes';
import { isFlowKind } from './kinds';
import { rectOfNode } from './rect';
import type { FlowEdge, FlowNode, Point } from './types';

/** The widest chip a rate can make: three digits, a percent sign and the conflict mark. */
const CHIP_ROOM = { width: rateChipWidth('100%', true), height: RATE_CHIP.height };

function badgeRoom(node: FlowNode): Rect {
  const centre = badgeCentre(node);
  const { width, height } = VOLUME_BADGE_ROOM;
  return { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
}

/** The widest leak badge text of both languages: a five-digit count and a share with a decimal. */
const WIDEST_LEAK = '−99,999 (99.9%)';

/** Flow nodes whose outgoing rates leave a share of their deals nowhere (analytics/leaks.ts): each keeps room for a leak badge. */
export function leakingNodes(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): FlowNode[] {
  const flow = new Map(nodes.filter((node) => isFlowKind(node.kind)).map((node) => [node.id, node]));
  const outgoing = new Map<string, FlowEdge[]>();
  for (const edge of edges) {
    if (!flow.has(edge.source) || !flow.has(edge.target)) continue;
    const list = outgoing.get(edge.source);
    if (list === undefined) outgoing.set(edge.source, [edge]);
    else list.push(edge);
  }
  return [...flow.values()].filter((node) => node.kind !== 'end' && leaksThrough(outgoing.get(node.id) ?? []));
}

/** What labels keep clear of around a node besides the node itself: its volume badge (flow nodes), its leak badge (when it leaks). */
export function badgeObstacles(node: FlowNode, leaks: boolean): Rect[] {
  return [...(isFlowKind(node.kind) ? [badgeRoom(node)] : []), ...(leaks ? [leakBadgeBox(node, WIDEST_LEAK)] : [])];
}

export function labelObstacles(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Obstacles {
  const leaking = new Set(leakingNodes(nodes, edges));
  return { nodes: nodes.map(rectOfNode), badges: nodes.flatMap((node) => badgeObstacles(node, leaking.has(node))) };
}

/** What the placer keeps room for on an edge: its label's box and its rate chip's, either null when not drawn. */
export function labelStack(edge: FlowEdge, byId: ReadonlyMap<string, FlowNode>): Pick<PlacementRequest, 'label' | 'chip'> {
  const annotation = byId.get(edge.source)?.kind === 'note' || byId.get(edge.target)?.kind === 'note';
  const box = edge.label === undefined || edge.label === '' ? null : edgeLabelBox(edge.label);
  const label = box === null || box.lines.length === 0 ? null : { width: box.width, height: box.height };
  return { label, chip: annotation ? null : CHIP_ROOM };
}

function request(edge: FlowEdge, points: readonly Point[], byId: ReadonlyMap<string, FlowNode>): PlacementRequest {
  const preferred = edge.points !== undefined && edge.labelAt !== undefined ? edge.labelAt : undefined;
  return { id: edge.id, points, ...labelStack(edge, byId), ...(preferred ? { preferred } : {}) };
}

/** Label and chip places of every routed edge, by edge id. */
export function placeDocumentLabels(
  nodes: readonly FlowNode[],
  edges: readonly FlowEdge[],
  routes: ReadonlyMap<string, readonly Point[]>,
): Map<string, PlacedLabel> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const requests: PlacementRequest[] = [];
  for (const edge of edges) {
    const points = routes.get(edge.id);
    if (points !== undefined) requests.push(request(edge, points, byId));
  }
  return placeLabels(requests, labelObstacles(nodes, edges));
}
