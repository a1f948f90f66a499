// The chance that a deal standing at a node ends won: the backward twin of the funnel, and what
// conditions cycle time and the main path on winning.

import type { FlowGraph } from './flowGraph';
import { solveFlowEquations, type Term } from './linearSolve';

/** By flow-graph index: 1 at a won end, 0 where no path with a share leads to one. */
export function winChances(graph: FlowGraph): Float64Array {
  const wonEnds = Float64Array.from(graph.nodes, (node) => (node.kind === 'end' && node.outcome === 'won' ? 1 : 0));
  return solveFlowEquations(wonEnds, successorTerms(graph)).values;
}

export function successorTerms(graph: FlowGraph): Term[][] {
  return graph.branches.map((list) => list.map((branch) => ({ index: branch.target, coef: branch.share })));
}

