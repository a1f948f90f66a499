// Where deals leak: a step whose outgoing rates add up to less than 100% sends the rest nowhere.
// The funnel counts it as lost without a path; the canvas shows it on the step itself, because that
// is exactly where the deals are lost. A step with no way out at all is a dead end (processChecks),
// not a leak: while a process is being drawn, every newest node would leak otherwise.

import type { FlowEdge } from '../types';
import { splitShares, type FlowGraph } from './flowGraph';
import type { Funnel } from './funnel';
import { RATE_EPSILON } from './rateConflicts';

export interface Leak {
  nodeId: string;
  /** The share of what leaves the step that takes no edge, 0..1. */
  share: number;
  /** Expected volume per period that leaks there; 0 while no lead enters. */
  volume: number;
}

/** Whether a step with these ways out (to flow nodes) and this share taking none of them leaks. */
function leaksAt(wayOuts: number, unaccounted: number): boolean {
  return wayOuts > 0 && unaccounted > RATE_EPSILON;
}

/** Whether a step leaks, from its outgoing edges to flow nodes alone (no funnel needed). */
export function leaksThrough(outgoing: readonly FlowEdge[]): boolean {
  return leaksAt(outgoing.length, splitShares(outgoing).unaccounted);
}

export function findLeaks(graph: FlowGraph, funnel: Funnel): ReadonlyMap<string, Leak> {
  const leaks = new Map<string, Leak>();
  for (const [position, node] of graph.nodes.entries()) {
    const share = graph.unaccounted[position]!;
    if (!leaksAt(graph.branches[position]!.length, share)) continue;
    leaks.set(node.id, { nodeId: node.id, share, volume: funnel.lostWithoutPath.get(node.id) ?? 0 });
  }
  return leaks;
}
