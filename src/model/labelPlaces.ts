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
import { badgeCentre, leakBadgeBox } from './figureBoxes';
import { isFlowKind } from './kinds';
import { rectOfNode } from './rect';
import type { FlowEdge, FlowNode, Point } from './types';

/** The widest chip a rate can make: three digits, a percent sign and the conflict mark. */
const CHIP_ROOM = { width: rateChipWidth('100%', true), height: RATE_CHIP.height };

/** The room kept for a badge: wide enough for a five-digit count. */
function badgeRoom(node: FlowNode): Rect {
  const centre = badgeCentre(node);
  return { x: centre.x - 28, y: centre.y - 10, width: 56, height: 20 };
}

/** The widest leak badge text of both languages: a five-digit count and a share with a decimal. */
const WIDEST_LEAK = '−99,999 (99.9%)';

/** Flow nodes whose outgoing rates leave a share of their deals nowhere (analytics/leaks.ts). */
function leakingNodes(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): FlowNode[] {
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

export function labelObstacles(nodes: readonly FlowNode[], edges: readonly FlowEdge[]): Obstacles {
  const badges = nodes.filter((node) => isFlowKind(node.kind)).map(badgeRoom);
  const leaks = leakingNodes(nodes, edges).map((node) => leakBadgeBox(node, WIDEST_LEAK));
  return { nodes: nodes.map(rectOfNode), badges: [...badges, ...leaks] };
}

function request(edge: FlowEdge, points: readonly Point[], byId: ReadonlyMap<string, FlowNode>): PlacementRequest {
  const annotation = byId.get(edge.source)?.kind === 'note' || byId.get(edge.target)?.kind === 'note';
  const box = edge.label === undefined || edge.label === '' ? null : edgeLabelBox(edge.label);
  const label = box === null || box.lines.length === 0 ? null : { width: box.width, height: box.height };
  const preferred = edge.points !== undefined && edge.labelAt !== undefined ? edge.labelAt : undefined;
  return { id: edge.id, points, label, chip: annotation ? null : CHIP_ROOM, ...(preferred ? { preferred } : {}) };
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
