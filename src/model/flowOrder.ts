import type { Direction, FlowNode, SalesDocument } from './types';

/**
 * The nodes in the order a reader follows the flow, for the keyboard: from each start (the first
 * along the flow first), breadth first along the edges, branches taken in the order they lie
 * across the flow; then whatever no start reaches (notes, loose shapes) in reading order.
 */
export function flowOrder(document: SalesDocument): string[] {
  const along = (node: FlowNode, direction: Direction) => (direction === 'LR' ? node.position.x : node.position.y);
  const across = (node: FlowNode, direction: Direction) => (direction === 'LR' ? node.position.y : node.position.x);
  const { direction } = document.settings;
  const byPosition = (a: FlowNode, b: FlowNode) => along(a, direction) - along(b, direction) || across(a, direction) - across(b, direction);
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const next = new Map<string, FlowNode[]>();
  for (const edge of document.edges) {
    const target = byId.get(edge.target);
    if (!target) continue;
    const list = next.get(edge.source) ?? [];
    list.push(target);
    next.set(edge.source, list);
  }
  const seen = new Set<string>();
  const order: string[] = [];
  const starts = document.nodes.filter((node) => node.kind === 'start').sort(byPosition);
  const queue: FlowNode[] = [];
  for (const start of starts) {
    if (seen.has(start.id)) continue;
    seen.add(start.id);
    queue.push(start);
    while (queue.length > 0) {
      const node = queue.shift()!;
      order.push(node.id);
      const followers = [...(next.get(node.id) ?? [])].sort((a, b) => across(a, direction) - across(b, direction));
      for (const follower of followers) {
        if (seen.has(follower.id)) continue;
        seen.add(follower.id);
        queue.push(follower);
      }
    }
  }
  const reading = (a: FlowNode, b: FlowNode) => a.position.y - b.position.y || a.position.x - b.position.x;
  for (const node of [...document.nodes].sort(reading)) if (!seen.has(node.id)) order.push(node.id);
  return order;
}

const ARROWS = { ArrowRight: { x: 1, y: 0 }, ArrowLeft: { x: -1, y: 0 }, ArrowDown: { x: 0, y: 1 }, ArrowUp: { x: 0, y: -1 } } as const;
export type ArrowKey = keyof typeof ARROWS;

export function isArrowKey(key: string): key is ArrowKey {
  return key in ARROWS;
}

/**
 * The node connected to `fromId` (by an edge either way) that lies most squarely in the arrow's
 * direction, nearer ones first; undefined when none lies that way.
 */
export function connectedNodeToward(document: SalesDocument, fromId: string, key: ArrowKey): string | undefined {
  const byId = new Map(document.nodes.map((node) => [node.id, node]));
  const from = byId.get(fromId);
  if (!from) return undefined;
  const centre = (node: FlowNode) => ({ x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 });
  const origin = centre(from);
  const direction = ARROWS[key];
  let best: { id: string; score: number } | undefined;
  for (const edge of document.edges) {
    const otherId = edge.source === fromId ? edge.target : edge.target === fromId ? edge.source : undefined;
    const other = otherId === undefined ? undefined : byId.get(otherId);
    if (!other) continue;
    const point = centre(other);
    const dx = point.x - origin.x;
    const dy = point.y - origin.y;
    const distance = Math.hypot(dx, dy);
    const forward = dx * direction.x + dy * direction.y;
    // Within 45 degrees of the arrow; among those, the straightest and nearest.
    if (distance === 0 || forward / distance < Math.SQRT1_2) continue;
    const score = distance / (forward / distance);
    if (!best || score < best.score) best = { id: other.id, score };
  }
  return best?.id;
}
