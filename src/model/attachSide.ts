import { sideNormal } from '../geometry/side';
import { HANDLE_SIDES, type FlowNode, type HandleSide, type SalesDocument } from './types';

type Placed = Pick<FlowNode, 'position' | 'size'>;

function centre(node: Placed) {
  return { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
}

/**
 * The sides of `target` ranked by how squarely they face `source`: the direction to the source is
 * measured in units of the target's own half-size, so a wide node turns its long side to a source
 * that is diagonally below it, as the eye expects.
 */
export function sidesFacing(target: Placed, source: Placed): HandleSide[] {
  const from = centre(target);
  const to = centre(source);
  const dx = (to.x - from.x) / Math.max(target.size.width / 2, 1);
  const dy = (to.y - from.y) / Math.max(target.size.height / 2, 1);
  const score = (side: HandleSide) => {
    const normal = sideNormal(side);
    return normal.x * dx + normal.y * dy;
  };
  return [...HANDLE_SIDES].sort((a, b) => score(b) - score(a));
}

/**
 * Where a connector dropped anywhere on `targetId`'s body attaches: the side facing the source, as
 * draw.io, Lucidchart and ProcessOn do, unless one of the target's own outgoing edges leaves from
 * that side (the arrowhead would meet that edge's start); then the next side that faces the source
 * best and is free. The pointer's place on the body does not matter: the nearest side to it is
 * often the far one, and an edge to the far side runs under the node with its arrow pointing back.
 */
export function dropTargetSide(document: SalesDocument, sourceId: string, targetId: string): HandleSide | undefined {
  const source = document.nodes.find((node) => node.id === sourceId);
  const target = document.nodes.find((node) => node.id === targetId);
  if (!source || !target) return undefined;
  const ranked = sidesFacing(target, source);
  const leaving = new Set(document.edges.filter((edge) => edge.source === targetId).map((edge) => edge.sourceHandle));
  // Only the two sides that face the source at all are worth taking; behind them the edge would
  // wrap around the node.
  const free = ranked.slice(0, 2).find((side) => !leaving.has(side));
  return free ?? ranked[0];
}
