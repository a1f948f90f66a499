// Whether the cycle time means anything yet: with no duration set on any step a won deal passes,
// every path takes "0 days", which reads as a result. Unset and 0 are different: 0 is a duration.

import type { FlowGraph } from './flowGraph';

export interface DurationCoverage {
  /**
   * Steps from which a deal can still be won: neither starts nor ends, nor decisions, which are a
   * question asked at the end of a step rather than time spent (a duration set on one still counts).
   */
  steps: number;
  /** Of them, the ones without a duration, by id in document order. */
  missing: readonly string[];
  /** No node a won deal can pass has a duration: the cycle time is unknown. */
  unknown: boolean;
}

export function durationCoverage(graph: FlowGraph, chances: Float64Array): DurationCoverage {
  let steps = 0;
  let known = 0;
  const missing: string[] = [];
  for (const [position, node] of graph.nodes.entries()) {
    if (!(chances[position]! > 0)) continue;
    const set = node.details?.durationDays !== undefined;
    if (set) known += 1;
    if (node.kind === 'start' || node.kind === 'end' || node.kind === 'decision') continue;
    steps += 1;
    if (!set) missing.push(node.id);
  }
  return { steps, missing, unknown: known === 0 };
}
