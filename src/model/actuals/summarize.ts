// The figures of a period, from the weekly aggregates a document keeps (never the rows): what
// the date filter (last 30 or 90 days, a quarter, custom) and the comparison of two periods show
// after a reload. Counts and strict shares equal what measureDeals gives over the same weeks;
// times in stage come from the duration histograms, so they are bucket bounds (BUCKET_DAYS).

import type { DealData, FlowEdge, FlowNode } from '../types';
import { countedSurvivalQuantile, type SpellCount } from './survival';
import { wilsonShare, type Share } from './wilson';

/** Inclusive bounds, as week keys (`YYYY-MM-DD` of a Monday); a missing bound is open. */
export interface WeekRange {
  from?: string;
  to?: string;
}

export interface StageSummary {
  nodeId: string;
  entered: number;
  won: number;
  lost: number;
  open: number;
  left: number;
  /** The histogram bucket bound by which half (or 80%) of the entries had left; null if not yet. */
  medianDays: number | null;
  p80Days: number | null;
}

export interface EdgeSummary {
  edgeId: string;
  count: number;
  strict: Share;
}

export interface PeriodSummary {
  stages: Map<string, StageSummary>;
  edges: Map<string, EdgeSummary>;
}

function inRange(week: string, { from, to }: WeekRange): boolean {
  return (from === undefined || week >= from) && (to === undefined || week <= to);
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}

export interface Process {
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
}

export function summarizeAggregates(aggregates: DealData['aggregates'], { nodes, edges }: Process, range: WeekRange): PeriodSummary {
  const ends = new Set(nodes.filter((node) => node.kind === 'end').map((node) => node.id));
  const stages = new Map<string, StageSummary>();
  const spells = new Map<string, Map<number, SpellCount>>();
  for (const week of aggregates.stages) {
    if (!inRange(week.week, range)) continue;
    const stage = stages.get(week.nodeId) ?? { nodeId: week.nodeId, entered: 0, won: 0, lost: 0, open: 0, left: 0, medianDays: null, p80Days: null };
    stage.entered += week.entered;
    stage.won += week.won;
    stage.lost += week.lost;
    stages.set(week.nodeId, stage);
  }
  for (const week of aggregates.durations) {
    if (!inRange(week.week, range)) continue;
    const counts = spells.get(week.nodeId) ?? new Map<number, SpellCount>();
    spells.set(week.nodeId, counts);
    week.bucketDays.forEach((bound, index) => {
      const left = week.finished[index] ?? 0;
      // An open stay in a bucket has lasted more than the bucket below's bound: it was still at risk then.
      const openDays = index === 0 ? 0 : (week.bucketDays[index - 1] ?? 0);
      const open = week.open[index] ?? 0;
      if (left > 0) {
        const count = counts.get(bound) ?? { days: bound, left: 0, open: 0 };
        count.left += left;
        counts.set(bound, count);
      }
      if (open > 0) {
        const count = counts.get(openDays) ?? { days: openDays, left: 0, open: 0 };
        count.open += open;
        counts.set(openDays, count);
        const stage = stages.get(week.nodeId);
        if (stage) stage.open += open;
      }
    });
  }
  for (const stage of stages.values()) {
    // An end is where deals stay: nothing leaves it.
    stage.left = ends.has(stage.nodeId) ? 0 : stage.entered - stage.open;
    const counts = [...(spells.get(stage.nodeId)?.values() ?? [])];
    stage.medianDays = countedSurvivalQuantile(counts, 0.5);
    stage.p80Days = countedSurvivalQuantile(counts, 0.8);
  }

  const counts = new Map<string, number>();
  for (const week of aggregates.edges) if (inRange(week.week, range)) add(counts, week.edgeId, week.count);
  // A node no stage maps to (a decision) has no entries of its own: every move through it arrived
  // on one of its incoming edges.
  const through = new Map<string, number>();
  for (const edge of edges) add(through, edge.target, counts.get(edge.id) ?? 0);
  const summaries = new Map<string, EdgeSummary>();
  for (const edge of edges) {
    const count = counts.get(edge.id) ?? 0;
    const source = stages.get(edge.source);
    const total = source ? source.left : (through.get(edge.source) ?? 0);
    if (total === 0 && count === 0) continue;
    summaries.set(edge.id, { edgeId: edge.id, count, strict: wilsonShare(count, total) });
  }
  return { stages, edges: summaries };
}
