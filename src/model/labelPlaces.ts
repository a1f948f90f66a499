// Where every edge label and rate chip of a document goes, for the canvas and every export alike:
// the one placer of src/geometry, fed the same boxes. Space for a rate chip is kept on every edge
// that carries deals, and for a volume badge on every node that has one, whether or not the
// analysis is on screen: labels then stay put when the figures are shown or hidden, and a file
// exported with or without figures puts each label where the user saw it.

import { RATE_CHIP, edgeLabelBox, rateChipWidth } from '../geometry/labelBox';
import { placeLabels, type Obstacles, type PlacedLabel, type PlacementRequest } from '../geometry/labelPlacer';
import type { Rect } from '../geometry/rect';
import { isFlowKind } from './kinds';
import { rectOfNode } from './rect';
import type { FlowEdge, FlowNode, Point } from './types';

/** The widest chip a rate can make: three digits, a percent sign and the conflict mark. */
const CHIP_ROOM = { width: rateChipWidth('100%', true), height: RATE_CHIP.height };

/**
 * Where a node's volume badge is centred: straddling its top-left corner, or on a decision's
 * diamond, the middle of its upper-left side (src/canvas/analysis/analysis.css draws it there).
 */
export function badgeCentre(node: FlowNode): Point {
  if (node.kind === 'decision') return { x: node.position.x + node.size.width / 4, y: node.position.y + node.size.height / 4 };
  return { x: node.position.x + 14, y: node.position.y };
}

/** The room kept for a badge: wide enough for a five-digit count. */
function badgeRoom(node: FlowNode): Rect {
  const centre = badgeCentre(node);
  return { x: centre.x - 28, y: centre.y - 10, width: 56, height: 20 };
}

export function labelObstacles(nodes: readonly FlowNode[]): Obstacles {
  return { nodes: nodes.map(rectOfNode), badges: nodes.filter((node) => isFlowKind(node.kind)).map(badgeRoom) };
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
  return placeLabels(requests, labelObstacles(nodes));
}
