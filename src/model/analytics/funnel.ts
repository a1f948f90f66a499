// The funnel forecast: leads entering at the starts, carried along the edges by their shares, to the
// volume expected at every node and edge, and the count expected at each end, per period.

import type { Outcome, SalesDocument } from '../types';
import { buildFlowGraph, type FlowGraph } from './flowGraph';
import { solveFlowEquations, type Term } from './linearSolve';

export interface Funnel {
  /** Leads entering per period, over all starts. */
  entered: number;
  /** Expected volume per period at each flow node, by id; a start counts its own leads. */
  volume: ReadonlyMap<string, number>;
  /** Expected volume per period along each flow edge, by id. */
  flow: ReadonlyMap<string, number>;
  /** Each flow edge's share of what leaves its source, stated or implied, by id. */
  share: ReadonlyMap<string, number>;
  /** Volume per period that leaves a node by no edge, for the nodes where there is some. */
  lostWithoutPath: ReadonlyMap<string, number>;
  /** Sum of lostWithoutPath. */
  withoutPath: number;
  /** Expected count per period at the ends of each outcome; an end without one counts as other. */
  byOutcome: Readonly<Record<Outcome, number>>;
  wins: number;
  /** Wins ÷ entered; 0 when nothing enters. */
  conversion: number;
  /** Wins × the deal value, when the document has one. */
  revenue?: number;
  /** Loops that nothing leaves, each as node ids; their volume is what enters them. */
  closedLoops: readonly (readonly string[])[];
}

export function computeFunnel(doc: SalesDocument, graph: FlowGraph = buildFlowGraph(doc)): Funnel {
  const { nodes, branches, arrivals, unaccounted } = graph;
  const entries = new Float64Array(nodes.length);
  let entered = 0;
  for (const [position, node] of nodes.entries()) {
    if (node.kind !== 'start') continue;
    const leads = node.volume ?? 0;
    entries[position] = leads;
    entered += leads;
  }
  const terms: Term[][] = arrivals.map((list) => list.map(({ source, branch }) => ({ index: source, coef: branch.share })));
  const { values, closed } = solveFlowEquations(entries, terms);

  const volume = new Map<string, number>();
  const flow = new Map<string, number>();
  const share = new Map<string, number>();
  const lostWithoutPath = new Map<string, number>();
  const byOutcome: Record<Outcome, number> = { won: 0, lost: 0, other: 0 };
  let withoutPath = 0;
  for (const [position, node] of nodes.entries()) {
    const value = values[position]!;
    volume.set(node.id, value);
    if (node.kind === 'end') byOutcome[node.outcome ?? 'other'] += value;
    for (const branch of branches[position]!) {
      flow.set(branch.edge.id, value * branch.share);
      share.set(branch.edge.id, branch.share);
    }
    const lost = value * unaccounted[position]!;
    if (lost > 0) {
      lostWithoutPath.set(node.id, lost);
      withoutPath += lost;
    }
  }

  const wins = byOutcome.won;
  const funnel: Funnel = {
    entered,
    volume,
    flow,
    share,
    lostWithoutPath,
    withoutPath,
    byOutcome,
    wins,
    conversion: entered > 0 ? wins / entered : 0,
    closedLoops: closed.map((loop) => loop.map((position) => nodes[position]!.id)),
  };
  if (doc.settings.dealValue !== undefined) funnel.revenue = wins * doc.settings.dealValue;
  return funnel;
}
