// Cycle time: how long a won deal takes from entry to its won end, and the longest path a won deal
// can take, for highlighting.

import type { SalesDocument } from '../types';
import { buildFlowGraph, type Branch, type FlowGraph } from './flowGraph';
import { solveFlowEquations } from './linearSolve';
import { successorTerms, winChances } from './winChance';

export interface CycleTime {
  /** Expected days from entry to a won end given that the deal is won; absent when no start can win. */
  daysToWin?: number;
  /** Node ids, from a start to a won end, of the path whose durations add up to the most days. */
  longestPath: readonly string[];
  longestPathDays: number;
}

function days(graph: FlowGraph): Float64Array {
  return Float64Array.from(graph.nodes, (node) => node.details?.durationDays ?? 0);
}

/**
 * The depth-first order of the nodes a won deal can pass, and the edges that close a loop in it.
 * Leaving those edges out makes the rest acyclic: going round a nurture loop again is a retry, not
 * a longer road.
 */
function walk(graph: FlowGraph, usable: (branch: Branch) => boolean): { postorder: number[]; loopBack: Set<Branch> } {
  const { nodes, branches } = graph;
  const state = new Uint8Array(nodes.length);
  const postorder: number[] = [];
  const loopBack = new Set<Branch>();
  const roots = [
    ...nodes.flatMap((node, position) => (node.kind === 'start' ? [position] : [])),
    ...nodes.map((_, position) => position),
  ];
  for (const root of roots) {
    if (state[root] !== 0) continue;
    const frames: [number, number][] = [[root, 0]];
    state[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [vertex, next] = frame;
      const list = branches[vertex]!;
      if (next < list.length) {
        frame[1] = next + 1;
        const branch = list[next]!;
        if (!usable(branch)) continue;
        if (state[branch.target] === 1) loopBack.add(branch);
        else if (state[branch.target] === 0) {
          state[branch.target] = 1;
          frames.push([branch.target, 0]);
        }
        continue;
      }
      frames.pop();
      state[vertex] = 2;
      postorder.push(vertex);
    }
  }
  return { postorder, loopBack };
}

function longestPath(graph: FlowGraph, duration: Float64Array, chances: Float64Array): { path: string[]; days: number } {
  const { nodes, branches } = graph;
  const usable = (branch: Branch) => branch.share > 0 && chances[branch.target]! > 0;
  const { postorder, loopBack } = walk(graph, usable);
  const best = new Float64Array(nodes.length).fill(-Infinity);
  const next = new Int32Array(nodes.length).fill(-1);
  for (const vertex of postorder) {
    const node = nodes[vertex]!;
    if (node.kind === 'end') {
      if (node.outcome === 'won') best[vertex] = duration[vertex]!;
      continue;
    }
    for (const branch of branches[vertex]!) {
      if (!usable(branch) || loopBack.has(branch)) continue;
      const through = duration[vertex]! + best[branch.target]!;
      if (through > best[vertex]!) {
        best[vertex] = through;
        next[vertex] = branch.target;
      }
    }
  }

  let from = -1;
  for (const [position, node] of nodes.entries()) {
    if (node.kind === 'start' && best[position]! > -Infinity && (from === -1 || best[position]! > best[from]!)) {
      from = position;
    }
  }
  if (from === -1) return { path: [], days: 0 };
  const path: string[] = [];
  for (let vertex = from; vertex !== -1; vertex = next[vertex]!) path.push(nodes[vertex]!.id);
  return { path, days: best[from]! };
}

export function computeCycleTime(
  doc: SalesDocument,
  graph: FlowGraph = buildFlowGraph(doc),
  chances: Float64Array = winChances(graph),
): CycleTime {
  const duration = days(graph);
  // Days weighted by the chance of winning from each node; dividing by that chance at the entries
  // conditions the expectation on the deal being won.
  const weightedDays = solveFlowEquations(
    duration.map((value, position) => value * chances[position]!),
    successorTerms(graph),
  ).values;

  const starts = graph.nodes.flatMap((node, position) => (node.kind === 'start' ? [position] : []));
  const leads = starts.reduce((total, position) => total + (graph.nodes[position]!.volume ?? 0), 0);
  // With no leads entered yet, every start counts the same, so the figure is there before the volumes.
  const weight = (position: number) => (leads > 0 ? graph.nodes[position]!.volume ?? 0 : 1);
  let numerator = 0;
  let denominator = 0;
  for (const position of starts) {
    numerator += weight(position) * weightedDays[position]!;
    denominator += weight(position) * chances[position]!;
  }

  const longest = longestPath(graph, duration, chances);
  const result: CycleTime = { longestPath: longest.path, longestPathDays: longest.days };
  if (denominator > 0) result.daysToWin = numerator / denominator;
  return result;
}
