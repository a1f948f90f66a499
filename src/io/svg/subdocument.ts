// An export of the selection only: the chosen nodes, the edges between them, and the lanes they sit in.

import type { SalesDocument } from '../../model/types';

export function subdocument(doc: SalesDocument, nodeIds: readonly string[]): SalesDocument {
  const keep = new Set(nodeIds);
  const nodes = doc.nodes.filter((node) => keep.has(node.id));
  const usedLanes = new Set(nodes.map((node) => node.laneId));
  return {
    ...doc,
    nodes,
    edges: doc.edges.filter((edge) => keep.has(edge.source) && keep.has(edge.target)),
    lanes: doc.lanes.filter((lane) => usedLanes.has(lane.id)),
  };
}
