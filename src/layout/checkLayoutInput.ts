// ELK throws on an edge to a missing node but silently accepts NaN sizes and duplicate ids, and
// then returns nonsense (STACK-NOTES.md): everything it would choke on is refused before it runs.

import type { SalesDocument } from '../model/types';

export type LayoutInputReason = 'duplicate-id' | 'missing-node' | 'self-loop' | 'bad-size' | 'bad-position';

export interface LayoutInputProblem {
  reason: LayoutInputReason;
  /** The node or edge at fault. */
  id: string;
}

/** The first problem found, or null. */
export function checkLayoutInput(doc: SalesDocument): LayoutInputProblem | null {
  const nodeIds = new Set<string>();
  for (const node of doc.nodes) {
    if (nodeIds.has(node.id)) return { reason: 'duplicate-id', id: node.id };
    nodeIds.add(node.id);
    const { width, height } = node.size;
    if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
      return { reason: 'bad-size', id: node.id };
    }
    if (!Number.isFinite(node.position.x) || !Number.isFinite(node.position.y)) {
      return { reason: 'bad-position', id: node.id };
    }
  }
  const edgeIds = new Set<string>();
  for (const edge of doc.edges) {
    if (edgeIds.has(edge.id)) return { reason: 'duplicate-id', id: edge.id };
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) return { reason: 'missing-node', id: edge.id };
    if (edge.source === edge.target) return { reason: 'self-loop', id: edge.id };
  }
  return null;
}
