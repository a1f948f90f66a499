// Where an edge of the swimlane router (swimlanes.ts) crosses the columns between its two ends: a
// "corridor", a height free of those columns' nodes and of other corridors. Its height decides
// what the edge crosses: every vertical run it passes in a channel, every edge between stacked
// neighbours in a column, and, on its own way up or down to it, every corridor passing there. The
// planner keeps those things per channel and column and picks, among the free heights (one per gap
// between blocked intervals, the gaps above and below everything included), the one that crosses
// least, then the one closest to the span between the edge's ends. It plays the part of the dummy
// nodes of a layered layout, placed one edge at a time, shortest first.

import { pairCost, type RunShape, type StubSide } from './channelTracks';

export interface CorridorRequest {
  /** Columns the corridor crosses, lo <= hi. */
  lo: number;
  hi: number;
  /** Heights at which the edge leaves its source's column and enters its target's. */
  y1: number;
  y2: number;
  /** Channels of the edge's runs down or up to the corridor: next to the source, next to the target. */
  firstChannel: number;
  lastChannel: number;
  /** Forward runs come in from the left and go on to the right, runs of loop-backs the other way round. */
  back: boolean;
}

export interface CorridorPlanner {
  /** A height in a column no corridor may take (a loop-back's stub). */
  block(column: number, y: number): void;
  /** A vertical run in a channel, which corridors passing through that channel cross, or a straight line through it. */
  addRun(channel: number, run: RunShape): void;
  /** An edge between stacked neighbours, which corridors crossing that column cross. */
  addColumnSpan(column: number, from: number, to: number): void;
  /**
   * Picks a corridor for the request and records it, with the edge's runs to and from it: the best
   * free height, or the one `rank` places behind it (a second opinion tried by the caller, who
   * counts the crossings of the finished routes). Also says how many free heights there were.
   */
  choose(request: CorridorRequest, rank?: number): { y: number; choices: number };
}

const EPS = 0.5;

type Span = readonly [number, number];

function spans(y: number, span: Span): boolean {
  return y > span[0] + EPS && y < span[1] - EPS;
}

function spanOf(a: number, b: number): Span {
  return [Math.min(a, b), Math.max(a, b)];
}

export function corridorPlanner(
  columns: readonly (readonly { y: number; height: number }[])[],
  channelCount: number,
  margin: number,
  track: number,
): CorridorPlanner {
  const used: number[][] = columns.map(() => []);
  const runs: RunShape[][] = Array.from({ length: channelCount }, () => []);
  /** Straight lines right through a channel: corridors, and edges that need no run there. */
  const passes: number[][] = Array.from({ length: channelCount }, () => []);
  const columnSpans: Span[][] = columns.map(() => []);

  const countSpanning = (list: readonly Span[] | undefined, y: number): number => (list ?? []).reduce((sum, span) => sum + (spans(y, span) ? 1 : 0), 0);
  const spansOf = (list: readonly RunShape[] | undefined): Span[] => (list ?? []).map((run) => spanOf(run.from, run.to));
  const countWithin = (list: readonly number[] | undefined, span: Span): number => (list ?? []).reduce((sum, y) => sum + (spans(y, span) ? 1 : 0), 0);

  const cost = (request: CorridorRequest, y: number): number => {
    let total = 0;
    for (let column = request.lo; column <= request.hi; column += 1) total += countSpanning(columnSpans[column], y);
    for (let channel = request.lo; channel < request.hi; channel += 1) total += countSpanning(spansOf(runs[channel]), y);
    // In its end channels, the edge's own runs meet the runs there as well as the lines passing through.
    for (const [channel, own] of ownRuns(request, y)) {
      if (Math.abs(own.from - own.to) < EPS) {
        total += countSpanning(spansOf(runs[channel]), own.from);
        continue;
      }
      total += countWithin(passes[channel], spanOf(own.from, own.to));
      for (const run of runs[channel] ?? []) total += pairCost(own, run);
    }
    return total;
  };

  return {
    block(column, y) {
      used[column]?.push(y);
    },
    addRun(channel, run) {
      // A run of no height is a straight line right through the channel.
      if (Math.abs(run.from - run.to) >= EPS) runs[channel]?.push(run);
      else passes[channel]?.push(run.from);
    },
    addColumnSpan(column, from, to) {
      columnSpans[column]?.push(spanOf(from, to));
    },
    choose(request, rank = 0) {
      const ranked = rankHeights(request, freeHeights(request), (height) => cost(request, height));
      const y = ranked[Math.min(rank, ranked.length - 1)] ?? (request.y1 + request.y2) / 2;
      for (let column = request.lo; column <= request.hi; column += 1) used[column]?.push(y);
      for (let channel = request.lo; channel < request.hi; channel += 1) passes[channel]?.push(y);
      for (const [channel, run] of ownRuns(request, y)) this.addRun(channel, run);
      return { y, choices: ranked.length };
    },
  };

  /** The ends' own heights when free (a straight line), and one height per free gap. */
  function freeHeights(request: CorridorRequest): number[] {
    const blocked: [number, number][] = [];
    for (let column = request.lo; column <= request.hi; column += 1) {
      for (const item of columns[column] ?? []) blocked.push([item.y - margin, item.y + item.height + margin]);
      for (const y of used[column] ?? []) blocked.push([y - track / 2, y + track / 2]);
    }
    const isFreeOf = (intervals: readonly [number, number][]) => (y: number): boolean => intervals.every(([a, b]) => y < a || y > b);

    const everywhere = merge(blocked);
    const heights = [request.y1, request.y2].filter(isFreeOf(everywhere));
    const mid = (request.y1 + request.y2) / 2;
    let previous = -Infinity;
    for (const [a, b] of [...everywhere, [Infinity, Infinity] as [number, number]]) {
      if (a > previous) heights.push(a - previous < 2 ? (a + previous) / 2 : Math.min(Math.max(mid, previous + 1), a - 1));
      previous = b;
    }
    return heights;
  }
}

function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([interval[0], interval[1]]);
  }
  return merged;
}

/** The edge's runs from its source to a corridor at y and from there to its target. */
function ownRuns(request: CorridorRequest, y: number): [number, RunShape][] {
  const [into, onwards]: [StubSide, StubSide] = request.back ? ['right', 'left'] : ['left', 'right'];
  return [
    [request.firstChannel, { from: request.y1, to: y, fromSide: into, toSide: onwards }],
    [request.lastChannel, { from: y, to: request.y2, fromSide: into, toSide: onwards }],
  ];
}

/** Fewest crossings first; then straying least outside the span between the ends; then nearest their middle. */
function rankHeights(request: CorridorRequest, heights: readonly number[], crossings: (y: number) => number): number[] {
  const lo = Math.min(request.y1, request.y2);
  const hi = Math.max(request.y1, request.y2);
  const mid = (request.y1 + request.y2) / 2;
  const keyed = [...new Set(heights)].map((y) => ({ y, key: [crossings(y), Math.max(0, lo - y, y - hi), Math.abs(y - mid)] as const }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return keyed.map((each) => each.y);
}
