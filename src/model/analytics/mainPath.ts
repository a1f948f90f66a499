// The main path for the funnel chart: from the busiest start, at each step the branch through which
// the most deals go on to win.

import type { FlowGraph } from './flowGraph';
import type { Funnel } from './funnel';

/** Node ids from a start to an end; empty when the document has no start. */
export function mainPath(graph: FlowGraph, funnel: Funnel, chances: Float64Array): string[] {
  const { nodes, branches } = graph;
  let from = -1;
  let fromScore = -1;
  for (const [position, node] of nodes.entries()) {
    if (node.kind !== 'start') continue;
    const score = (node.volume ?? 0) * chances[position]!;
    if (score > fromScore) {
      from = position;
      fromScore = score;
    }
  }
  if (from === -1) return [];

  const path: string[] = [];
  const visited = new Set<number>();
  for (let vertex = from; vertex !== -1; ) {
    path.push(nodes[vertex]!.id);
    visited.add(vertex);
    let next = -1;
    let nextWins = -1;
    let nextFlow = -1;
    for (const branch of branches[vertex]!) {
      if (visited.has(branch.target)) continue;
      const flow = funnel.flow.get(branch.edge.id) ?? 0;
      const wins = flow * chances[branch.target]!;
      // Where nothing wins any more, follow the bigger stream so the chart still ends somewhere.
      if (wins > nextWins || (wins === nextWins && flow > nextFlow)) {
        next = branch.target;
        nextWins = wins;
        nextFlow = flow;
      }
    }
    vertex = next;
  }
  return path;
}
