// Rates that cannot all be true: a node whose outgoing edges state more than 100% between them. The
// funnel scales them down in proportion so that no node sends on more than it receives; everything
// that hangs on the scaled shares is then an estimate, and says so, while the chips keep showing the
// rates as typed.

import type { FlowGraph } from './flowGraph';

// Rates typed as percentages come back as fractions such as 0.7 + 0.2 + 0.1000000001.
export const RATE_EPSILON = 1e-9;

export interface RateConflicts {
  /** Node id to the sum of the rates its outgoing edges state, above 1. */
  nodes: ReadonlyMap<string, number>;
  /** The edges leaving those nodes: their chips show the typed rate with a conflict mark. */
  edges: ReadonlySet<string>;
  /** Nodes whose volume comes (in part) through a conflicting split: downstream of one. */
  estimated: ReadonlySet<string>;
}

export function findRateConflicts(graph: FlowGraph): RateConflicts {
  const nodes = new Map<string, number>();
  const edges = new Set<string>();
  const queue: number[] = [];
  const seen = new Uint8Array(graph.nodes.length);
  for (const [position, node] of graph.nodes.entries()) {
    const sum = graph.statedSum[position]!;
    if (sum <= 1 + RATE_EPSILON) continue;
    nodes.set(node.id, sum);
    for (const branch of graph.branches[position]!) {
      edges.add(branch.edge.id);
      if (seen[branch.target] === 0) {
        seen[branch.target] = 1;
        queue.push(branch.target);
      }
    }
  }
  for (let head = 0; head < queue.length; head += 1) {
    for (const branch of graph.branches[queue[head]!]!) {
      if (seen[branch.target] === 1) continue;
      seen[branch.target] = 1;
      queue.push(branch.target);
    }
  }
  const estimated = new Set(queue.map((position) => graph.nodes[position]!.id));
  return { nodes, edges, estimated };
}
