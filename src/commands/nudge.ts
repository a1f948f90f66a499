import { moveNodes } from '../model/graph';
import type { Point, SalesDocument } from '../model/types';

export function nudgeNodes(document: SalesDocument, nodeIds: readonly string[], delta: Point): SalesDocument {
  const selected = new Set(nodeIds);
  const positions = new Map<string, Point>();
  for (const node of document.nodes) {
    if (selected.has(node.id)) positions.set(node.id, { x: node.position.x + delta.x, y: node.position.y + delta.y });
  }
  return moveNodes(document, positions);
}
