// The process as the analytics see it: the flow nodes under dense indices, and how what leaves
// each node splits among its outgoing edges. Notes and the edges touching them are annotations and
// never appear here.

import { buildIndex } from '../graph';
import { isFlowKind } from '../kinds';
import type { FlowEdge, FlowNode, SalesDocument } from '../types';

export interface Branch {
  edge: FlowEdge;
  /** Index of the target node. */
  target: number;
  /** The share of what leaves the source that takes this edge, 0..1. */
  share: number;
}

export interface FlowGraph {
  /** Flow nodes in document order. */
  nodes: readonly FlowNode[];
  indexOf: ReadonlyMap<string, number>;
  /** Per node, its outgoing flow edges in document order; empty for ends, which keep what arrives. */
  branches: readonly (readonly Branch[])[];
  /** Per node, the edges arriving from other flow nodes, as branches of their sources. */
  arrivals: readonly (readonly { source: number; branch: Branch }[])[];
  /** Per node, the share of what leaves it that takes no edge: lost without a path. 0 for ends. */
  unaccounted: Float64Array;
  /** Per node, the sum of the rates its outgoing edges state, to report sums above 100%. */
  statedSum: Float64Array;
}

/**
 * Rated edges take their rate; unrated ones share evenly what the rated leave. Stated rates summing
 * above 1 are scaled down to 1 for the arithmetic (and reported by processChecks), so no node ever
 * sends on more than it receives.
 */
export function splitShares(edges: readonly FlowEdge[]): { shares: number[]; unaccounted: number; statedSum: number } {
  if (edges.length === 0) return { shares: [], unaccounted: 1, statedSum: 0 };
  let statedSum = 0;
  let unrated = 0;
  for (const edge of edges) {
    if (edge.conversionRate === undefined) unrated += 1;
    else statedSum += edge.conversionRate;
  }
  if (statedSum > 1) {
    return { shares: edges.map((edge) => (edge.conversionRate ?? 0) / statedSum), unaccounted: 0, statedSum };
  }
  const rest = Math.max(0, 1 - statedSum);
  const evenShare = unrated > 0 ? rest / unrated : 0;
  return {
    shares: edges.map((edge) => edge.conversionRate ?? evenShare),
    unaccounted: unrated > 0 ? 0 : rest,
    statedSum,
  };
}

export function buildFlowGraph(doc: SalesDocument): FlowGraph {
  const index = buildIndex(doc);
  const nodes = doc.nodes.filter((node) => isFlowKind(node.kind));
  const indexOf = new Map(nodes.map((node, position) => [node.id, position]));
  const branches: Branch[][] = [];
  const arrivals: { source: number; branch: Branch }[][] = nodes.map(() => []);
  const unaccounted = new Float64Array(nodes.length);
  const statedSum = new Float64Array(nodes.length);

  for (const [source, node] of nodes.entries()) {
    if (node.kind === 'end') {
      branches.push([]);
      continue;
    }
    const edges = (index.outgoing.get(node.id) ?? []).filter((edge) => indexOf.has(edge.target));
    const result = splitShares(edges);
    unaccounted[source] = result.unaccounted;
    statedSum[source] = result.statedSum;
    const own = edges.map((edge, position): Branch => ({
      edge,
      target: indexOf.get(edge.target) ?? 0,
      share: result.shares[position] ?? 0,
    }));
    for (const branch of own) arrivals[branch.target]?.push({ source, branch });
    branches.push(own);
  }
  return { nodes, indexOf, branches, arrivals, unaccounted, statedSum };
}
