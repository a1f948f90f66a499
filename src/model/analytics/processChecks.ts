// Process checks: what in the drawing keeps the process from working or the forecast from meaning
// anything. Each problem is a code with its node and figures; src/i18n words it.

import type { Outcome, SalesDocument } from '../types';
import { stronglyConnected } from './components';
import { checkEnds } from './endChecks';
import { buildFlowGraph, type FlowGraph } from './flowGraph';
import { computeFunnel, type Funnel } from './funnel';
import { RATE_EPSILON } from './rateConflicts';

export type ProcessProblem =
  | { code: 'no-start' }
  | { code: 'no-won-end' }
  | { code: 'unreachable'; nodeId: string }
  | { code: 'dead-end'; nodeId: string }
  | { code: 'too-few-branches'; nodeId: string; branches: number }
  | { code: 'unlabelled-branches'; nodeId: string; unlabelled: number }
  /** `total` is the sum of the stated rates, as a fraction above 1. */
  | { code: 'rates-over-100'; nodeId: string; total: number }
  /** `nodeId` is the loop's first node in document order. */
  | { code: 'loop-without-exit'; nodeId: string; nodeIds: readonly string[] }
  | { code: 'no-owner'; nodeId: string }
  /** `reads`: the outcome the label says, the one-click fix; absent when it says neither. */
  | { code: 'end-outcome-unset'; nodeId: string; reads?: WonOrLost }
  /** The label reads as the other of won and lost: `reads` is the fix. */
  | { code: 'end-outcome-contradicts'; nodeId: string; outcome: WonOrLost; reads: WonOrLost };

type WonOrLost = Extract<Outcome, 'won' | 'lost'>;

export type ProblemSeverity = 'error' | 'warning';

// A stage without an owner, or an end whose outcome is unset and whose label says nothing either,
// leaves the figures incomplete rather than wrong: a warning. An unset end labelled 丢单 is an
// error: its deals should count as lost and do not, so "no step loses deals" would be a wrong answer.
export function problemSeverity(problem: ProcessProblem): ProblemSeverity {
  if (problem.code === 'no-owner') return 'warning';
  if (problem.code === 'end-outcome-unset') return problem.reads === undefined ? 'warning' : 'error';
  return 'error';
}

/** Errors before warnings, each in the order found (the document's problems, then by node). */
function bySeverity(problems: ProcessProblem[]): ProcessProblem[] {
  const errors = problems.filter((problem) => problemSeverity(problem) === 'error');
  return errors.length === problems.length ? problems : [...errors, ...problems.filter((problem) => problemSeverity(problem) === 'warning')];
}


function reachableFromStarts(graph: FlowGraph): Uint8Array {
  const reached = new Uint8Array(graph.nodes.length);
  const queue = graph.nodes.flatMap((node, position) => (node.kind === 'start' ? [position] : []));
  for (const position of queue) reached[position] = 1;
  for (let head = 0; head < queue.length; head += 1) {
    for (const branch of graph.branches[queue[head]!]!) {
      if (reached[branch.target] === 1) continue;
      reached[branch.target] = 1;
      queue.push(branch.target);
    }
  }
  return reached;
}

/**
 * Loops that deals can enter and never leave: by the drawing (no edge out of the loop) or by the
 * rates (every share stays inside, as the funnel found). Keyed by their first node in document order.
 */
function loopsWithNoWayOut(graph: FlowGraph, funnel: Funnel): Map<string, string[]> {
  const loops = new Map<string, string[]>();
  const add = (members: readonly number[]) => {
    const ordered = [...members].sort((a, b) => a - b);
    const first = graph.nodes[ordered[0]!]!.id;
    if (!loops.has(first)) loops.set(first, ordered.map((position) => graph.nodes[position]!.id));
  };
  const targets = graph.branches.map((list) => list.map((branch) => branch.target));
  const components = stronglyConnected(graph.nodes.length, (vertex) => targets[vertex]!);
  const slot = new Int32Array(graph.nodes.length);
  for (const [index, component] of components.entries()) {
    for (const member of component) slot[member] = index;
  }
  for (const [index, component] of components.entries()) {
    if (component.length < 2) continue;
    const exits = component.some((member) => targets[member]!.some((target) => slot[target] !== index));
    if (!exits) add(component);
  }
  for (const loop of funnel.closedLoops) {
    add(loop.map((id) => graph.indexOf.get(id) ?? 0));
  }
  return loops;
}

export function checkProcess(
  doc: SalesDocument,
  graph: FlowGraph = buildFlowGraph(doc),
  funnel: Funnel = computeFunnel(doc, graph),
): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  const { nodes, branches, statedSum } = graph;
  // An empty page is a beginning, not a list of failures: the Problems list welcomes instead.
  if (nodes.length === 0) return problems;
  const hasStart = nodes.some((node) => node.kind === 'start');
  if (!hasStart) problems.push({ code: 'no-start' });
  if (!nodes.some((node) => node.kind === 'end' && node.outcome === 'won')) problems.push({ code: 'no-won-end' });

  const reached = reachableFromStarts(graph);
  const loops = loopsWithNoWayOut(graph, funnel);
  for (const [position, node] of nodes.entries()) {
    const nodeId = node.id;
    const out = branches[position]!;
    if (hasStart && reached[position] === 0) problems.push({ code: 'unreachable', nodeId });
    if (node.kind !== 'end' && out.length === 0) problems.push({ code: 'dead-end', nodeId });
    if (node.kind === 'decision') {
      const unlabelled = out.filter((branch) => (branch.edge.label ?? '').trim() === '').length;
      if (out.length < 2) problems.push({ code: 'too-few-branches', nodeId, branches: out.length });
      else if (unlabelled > 0) problems.push({ code: 'unlabelled-branches', nodeId, unlabelled });
    }
    if (statedSum[position]! > 1 + RATE_EPSILON) problems.push({ code: 'rates-over-100', nodeId, total: statedSum[position]! });
    const loop = loops.get(nodeId);
    if (loop !== undefined) problems.push({ code: 'loop-without-exit', nodeId, nodeIds: loop });
    if (node.kind === 'stage' && (node.details?.owner ?? '').trim() === '') problems.push({ code: 'no-owner', nodeId });
  }
  problems.push(...checkEnds(nodes));
  return bySeverity(problems);
}
