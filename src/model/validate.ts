// Rules that span records, checked after the schema has vouched for each record on its own.
// Lookups go through Map and Set so that ids such as `__proto__` are ordinary keys.

import type { DocumentError, InvalidReason } from './errors';
import type { SalesDocument } from './types';

function invalid(path: string, reason: InvalidReason): DocumentError {
  return { code: 'invalid', path, reason };
}

/** The first duplicate id in a collection, as the path of its second occurrence. */
function firstDuplicate(items: readonly { id: string }[], collection: string): string | null {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) return `${collection}[${index}].id`;
    seen.add(item.id);
  }
  return null;
}

/**
 * Ids unique within lanes, nodes and edges; a node's lane and a note's attachment exist; every edge
 * end exists; no edge from a node to itself. Returns the first violation, or null.
 */
export function checkInvariants(doc: SalesDocument): DocumentError | null {
  for (const [items, collection] of [
    [doc.lanes, 'lanes'],
    [doc.nodes, 'nodes'],
    [doc.edges, 'edges'],
  ] as const) {
    const duplicate = firstDuplicate(items, collection);
    if (duplicate !== null) return invalid(duplicate, 'duplicate-id');
  }

  const laneIds = new Set(doc.lanes.map((lane) => lane.id));
  const nodeIds = new Set(doc.nodes.map((node) => node.id));

  for (const [index, node] of doc.nodes.entries()) {
    if (node.laneId !== undefined && !laneIds.has(node.laneId)) {
      return invalid(`nodes[${index}].laneId`, 'missing-lane');
    }
    if (node.attachedTo !== undefined && (node.attachedTo === node.id || !nodeIds.has(node.attachedTo))) {
      return invalid(`nodes[${index}].attachedTo`, 'missing-attachment');
    }
  }

  for (const [index, edge] of doc.edges.entries()) {
    if (!nodeIds.has(edge.source)) return invalid(`edges[${index}].source`, 'missing-node');
    if (!nodeIds.has(edge.target)) return invalid(`edges[${index}].target`, 'missing-node');
    if (edge.source === edge.target) return invalid(`edges[${index}].target`, 'self-loop');
  }

  return null;
}
