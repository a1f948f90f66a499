// Where the funnel leaks: what each step loses, the step that loses the most deals, and the step
// that keeps the smallest share of its deals. A step is any flow node but an end: deals drop out
// at qualification decisions and no-show starts as much as at stages, and a bottleneck that looked
// only at stages would miss the biggest leak of many real processes.

import type { SalesDocument } from '../types';
import { buildFlowGraph, type FlowGraph } from './flowGraph';
import { computeFunnel, type Funnel } from './funnel';

export interface StepLoss {
  nodeId: string;
  /** Expected volume per period at the step. */
  volume: number;
  /** Of it, what leaves by no edge or goes straight to a lost end. */
  lost: number;
  /** lost ÷ volume. */
  lossRate: number;
}

export interface Bottlenecks {
  /** Every step that receives volume, by id. */
  losses: ReadonlyMap<string, StepLoss>;
  /**
   * The step losing the most deals per period. Marked only once some flow reaches an end, and never
   * on a step with no way out: while a process is being drawn, a lone start or the newest dead end
   * "loses" everything, and a bottleneck ring there answers a question nobody asked yet.
   */
  mostLost?: StepLoss;
  /** The step with the highest loss rate, i.e. the lowest conversion. */
  lowestConversion?: StepLoss;
}

export function computeBottlenecks(
  doc: SalesDocument,
  graph: FlowGraph = buildFlowGraph(doc),
  funnel: Funnel = computeFunnel(doc, graph),
): Bottlenecks {
  const losses = new Map<string, StepLoss>();
  let mostLost: StepLoss | undefined;
  let lowestConversion: StepLoss | undefined;
  const reachesAnEnd = funnel.byOutcome.won + funnel.byOutcome.lost + funnel.byOutcome.other > 0;
  for (const [position, node] of graph.nodes.entries()) {
    if (node.kind === 'end') continue;
    const volume = funnel.volume.get(node.id) ?? 0;
    if (!(volume > 0)) continue;
    let lost = funnel.lostWithoutPath.get(node.id) ?? 0;
    for (const branch of graph.branches[position]!) {
      const target = graph.nodes[branch.target]!;
      if (target.kind === 'end' && target.outcome === 'lost') lost += funnel.flow.get(branch.edge.id) ?? 0;
    }
    const loss: StepLoss = { nodeId: node.id, volume, lost, lossRate: lost / volume };
    losses.set(node.id, loss);
    if (!reachesAnEnd || graph.branches[position]!.length === 0) continue;
    if (lost > 0 && (mostLost === undefined || lost > mostLost.lost)) mostLost = loss;
    if (lost > 0 && (lowestConversion === undefined || loss.lossRate > lowestConversion.lossRate)) {
      lowestConversion = loss;
    }
  }
  const result: Bottlenecks = { losses };
  if (mostLost !== undefined) result.mostLost = mostLost;
  if (lowestConversion !== undefined) result.lowestConversion = lowestConversion;
  return result;
}
