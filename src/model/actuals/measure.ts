// The figures of the team's own deals, on the document's nodes and edges. Every definition, with a
// worked example, is in CONTEXT.md beside this file and in measure.test.ts.

import { MAX_DURATION_DAYS } from '../limits';
import type { DealData, DurationWeek, EdgeWeek, FlowEdge, FlowNode, StageMapping, StageWeek } from '../types';
import { weekKey } from './days';
import type { DealHistory } from './histories';
import { pathFinder } from './paths';
import { survivalQuantile, type Spell } from './survival';
import { dealVisits, stageLookup } from './visits';
import { wilsonShare, type Share } from './wilson';

export interface MeasureInput {
  deals: readonly DealHistory[];
  mapping: readonly StageMapping[];
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  /** The day deals still open are counted up to (the newest date in the file unless edited); later events are left out. */
  asOfDay: number;
  /** Lead source to start node, when the document has several starts; with one start every deal enters there. */
  leadStarts?: ReadonlyMap<string, string>;
}

export interface StageMeasure {
  nodeId: string;
  /** Deals that entered the node at least once. */
  deals: number;
  /** Every entry, re-entries included. */
  entries: number;
  reEntries: number;
  /** Entries followed by another mapped stage or by the deal's close. */
  left: number;
  /** Entries still open at the as-of day. */
  open: number;
  won: number;
  lost: number;
  lostReasons: { reason: string; count: number }[];
  /** Moves out of the node that jump over one or more stages of the mapped order. */
  skips: number;
  /** Moves out of the node to a stage earlier in the mapped order. */
  backwards: number;
  medianDays: number | null;
  p80Days: number | null;
}

export interface EdgeMeasure {
  edgeId: string;
  /** Moves counted on the edge. */
  count: number;
  /** Among moves out of the edge's source, the share that took this edge next. */
  strict: Share;
  /** Among deals that left the source, the share that later reached the target, next or not; null when the target is no mapped node. */
  anyLater: Share | null;
}

export interface UnplacedMove {
  from: string;
  to: string;
  reason: 'none' | 'ambiguous';
  count: number;
}

/** Deals won or lost from a node (by a status column) for which the drawing has no such exit. */
export interface MissingExit {
  nodeId: string;
  outcome: 'won' | 'lost';
  count: number;
}

export interface Measurement {
  stages: Map<string, StageMeasure>;
  edges: Map<string, EdgeMeasure>;
  /** Stage names the mapping does not know, with how many events named them. */
  unknownStages: Map<string, number>;
  unplaced: UnplacedMove[];
  missingExits: MissingExit[];
  /** Deals whose lead source maps to no start (only when the document has several). */
  leadsWithoutStart: number;
  /** Mean amount of won deals that had one. */
  averageWonAmount: number | null;
  aggregates: DealData['aggregates'];
}

/** Upper bounds of the duration histogram's buckets, in days. */
export const BUCKET_DAYS: readonly number[] = [0, 1, 2, 3, 5, 7, 10, 14, 21, 30, 45, 60, 90, 120, 180, 270, 365, 730, MAX_DURATION_DAYS];

function bucketOf(days: number): number {
  const index = BUCKET_DAYS.findIndex((bound) => days <= bound);
  return index === -1 ? BUCKET_DAYS.length - 1 : index;
}

interface Tally {
  entries: number;
  deals: number;
  left: number;
  open: number;
  won: number;
  lost: number;
  skips: number;
  backwards: number;
  reasons: Map<string, number>;
  spells: Spell[];
}

function emptyTally(): Tally {
  return { entries: 0, deals: 0, left: 0, open: 0, won: 0, lost: 0, skips: 0, backwards: 0, reasons: new Map(), spells: [] };
}

function addOne(counts: number[], index: number): void {
  counts[index] = (counts[index] ?? 0) + 1;
}

function getOr<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

function allWeeks<T>(outer: Map<string, Map<string, T>>): T[] {
  return [...outer.values()].flatMap((inner) => [...inner.values()]);
}

export function measureDeals({ deals, mapping, nodes, edges, asOfDay, leadStarts }: MeasureInput): Measurement {
  const lookup = stageLookup(mapping);
  const measured = new Set(lookup.order);
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const endOutcome = (nodeId: string) => {
    const node = nodeById.get(nodeId);
    return node?.kind === 'end' && (node.outcome === 'won' || node.outcome === 'lost') ? node.outcome : undefined;
  };
  const position = new Map(lookup.order.map((nodeId, index) => [nodeId, index]));
  const finder = pathFinder(nodes, edges, measured);
  const tallies = new Map<string, Tally>();
  const edgeCounts = new Map<string, number>();
  // Moves out of each node, including those through unmapped nodes: the strict share's denominator
  // for an edge leaving a decision is how many moves passed through that decision.
  const movesOut = new Map<string, number>();
  const leftDeals = new Map<string, number>();
  const laterPairs = new Map<string, number>();
  const unknownStages = new Map<string, number>();
  const unplaced = new Map<string, UnplacedMove>();
  const missingExits = new Map<string, MissingExit>();
  const endsByOutcome = { won: [] as string[], lost: [] as string[] };
  for (const node of nodes) {
    const outcome = node.kind === 'end' ? node.outcome : undefined;
    if (outcome === 'won' || outcome === 'lost') endsByOutcome[outcome].push(node.id);
  }
  // By id, then by week: a key made of both would be a new string on every one of the hundreds of
  // thousands of counts, and hashing those was a third of the measurement's time.
  const stageWeeks = new Map<string, Map<string, StageWeek>>();
  const edgeWeeks = new Map<string, Map<string, EdgeWeek>>();
  const durationWeeks = new Map<string, Map<string, DurationWeek>>();
  const edgeById = new Map(edges.map((edge) => [edge.id, edge]));
  const outgoingBySource = new Map<string, FlowEdge[]>();
  for (const edge of edges) getOr(outgoingBySource, edge.source, () => []).push(edge);
  const starts = nodes.filter((node) => node.kind === 'start').map((node) => node.id);
  const onlyStart = starts.length === 1 ? starts[0] : undefined;
  let leadsWithoutStart = 0;
  let wonAmountSum = 0;
  let wonAmountCount = 0;

  const byWeek = <T,>(outer: Map<string, Map<string, T>>, id: string, week: string, make: () => T) => getOr(getOr(outer, id, () => new Map<string, T>()), week, make);
  const weeks = new Map<number, string>();
  const weekOf = (day: number) => getOr(weeks, day, () => weekKey(day));
  const stageWeek = (nodeId: string, week: string) =>
    byWeek(stageWeeks, nodeId, week, () => ({ nodeId, week, entered: 0, won: 0, lost: 0 }));
  const durationWeek = (nodeId: string, week: string) =>
    byWeek(durationWeeks, nodeId, week, () => ({
      nodeId,
      week,
      bucketDays: [...BUCKET_DAYS],
      finished: BUCKET_DAYS.map(() => 0),
      open: BUCKET_DAYS.map(() => 0),
    }));

  for (const deal of deals) {
    const visits = dealVisits(deal, lookup, unknownStages).filter((visit) => visit.day <= asOfDay);
    if (visits.length === 0) continue;
    const first = visits[0];
    const start = (deal.source !== undefined ? leadStarts?.get(deal.source) : undefined) ?? onlyStart;
    // A deal is a lead of its start in the week of its first stage, and leaves it at once.
    if (first && start !== undefined && !measured.has(start)) {
      const tally = getOr(tallies, start, emptyTally);
      tally.deals += 1;
      tally.entries += 1;
      tally.left += 1;
      const week = weekOf(first.day);
      stageWeek(start, week).entered += 1;
      countMove(start, first.nodeId, week);
    } else if (start === undefined && starts.length > 1) {
      leadsWithoutStart += 1;
    }
    const last = visits[visits.length - 1];
    const closedBy = (last && endOutcome(last.nodeId)) ?? deal.outcome;
    if (closedBy === 'won' && deal.amount !== undefined) {
      wonAmountSum += deal.amount;
      wonAmountCount += 1;
    }
    const seen = new Set<string>();
    visits.forEach((visit, index) => {
      const tally = getOr(tallies, visit.nodeId, emptyTally);
      const week = weekOf(visit.day);
      tally.entries += 1;
      stageWeek(visit.nodeId, week).entered += 1;
      const firstVisit = !seen.has(visit.nodeId);
      if (firstVisit) {
        tally.deals += 1;
        seen.add(visit.nodeId);
      }
      if (endOutcome(visit.nodeId) !== undefined) return;
      const next = visits[index + 1];
      const outcome = next ? endOutcome(next.nodeId) : closedBy;
      if (next || outcome) {
        tally.left += 1;
        if (firstVisit) {
          leftDeals.set(visit.nodeId, (leftDeals.get(visit.nodeId) ?? 0) + 1);
          const later = new Set(visits.slice(index + 1).map((other) => other.nodeId));
          for (const edge of outgoingBySource.get(visit.nodeId) ?? []) {
            if (later.has(edge.target)) laterPairs.set(edge.id, (laterPairs.get(edge.id) ?? 0) + 1);
          }
        }
      }
      if (outcome === 'won' || outcome === 'lost') {
        tally[outcome] += 1;
        stageWeek(visit.nodeId, week)[outcome] += 1;
        if (outcome === 'lost' && deal.lostReason !== undefined) {
          tally.reasons.set(deal.lostReason, (tally.reasons.get(deal.lostReason) ?? 0) + 1);
        }
      }
      if (next) {
        const spell = { days: next.day - visit.day, open: false };
        tally.spells.push(spell);
        addOne(durationWeek(visit.nodeId, week).finished, bucketOf(spell.days));
        countMove(visit.nodeId, next.nodeId, week);
        const from = position.get(visit.nodeId);
        const to = position.get(next.nodeId);
        if (from !== undefined && to !== undefined && endOutcome(next.nodeId) === undefined) {
          if (to > from + 1) tally.skips += 1;
          if (to < from) tally.backwards += 1;
        }
      } else if (outcome) {
        countClose(visit.nodeId, outcome, week);
      } else {
        const spell = { days: asOfDay - visit.day, open: true };
        tally.open += 1;
        tally.spells.push(spell);
        addOne(durationWeek(visit.nodeId, week).open, bucketOf(spell.days));
      }
    });
  }

  // A deal closed by its status column, with no won or lost stage in the file, left through the
  // one end of that outcome its stage can reach.
  function countClose(from: string, outcome: 'won' | 'lost', week: string): void {
    const reachable = endsByOutcome[outcome].filter((end) => finder.between(from, end).kind !== 'none');
    const [only, other] = reachable;
    if (only === undefined) {
      getOr(missingExits, JSON.stringify([from, outcome]), () => ({ nodeId: from, outcome, count: 0 })).count += 1;
    } else if (other !== undefined) {
      getOr(unplaced, JSON.stringify([from, outcome]), () => ({ from, to: outcome, reason: 'ambiguous' as const, count: 0 })).count += 1;
    } else {
      countMove(from, only, week);
    }
  }

  function countMove(from: string, to: string, week: string): void {
    const path = finder.between(from, to);
    if (path.kind !== 'path') {
      getOr(unplaced, JSON.stringify([from, to]), () => ({ from, to, reason: path.kind, count: 0 })).count += 1;
      return;
    }
    for (const edgeId of path.edgeIds) {
      edgeCounts.set(edgeId, (edgeCounts.get(edgeId) ?? 0) + 1);
      const edgeWeek = byWeek(edgeWeeks, edgeId, week, () => ({ edgeId, week, count: 0 }));
      edgeWeek.count += 1;
    }
    for (const edgeId of path.edgeIds.slice(1)) {
      const source = edgeById.get(edgeId)?.source;
      if (source !== undefined) movesOut.set(source, (movesOut.get(source) ?? 0) + 1);
    }
  }

  const stages = new Map<string, StageMeasure>();
  for (const [nodeId, tally] of tallies) {
    stages.set(nodeId, {
      nodeId,
      deals: tally.deals,
      entries: tally.entries,
      reEntries: tally.entries - tally.deals,
      left: tally.left,
      open: tally.open,
      won: tally.won,
      lost: tally.lost,
      lostReasons: [...tally.reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
      skips: tally.skips,
      backwards: tally.backwards,
      medianDays: survivalQuantile(tally.spells, 0.5),
      p80Days: survivalQuantile(tally.spells, 0.8),
    });
  }

  const edgeMeasures = new Map<string, EdgeMeasure>();
  for (const edge of edges) {
    const count = edgeCounts.get(edge.id) ?? 0;
    const sourceMeasured = measured.has(edge.source);
    // Mapped nodes and starts count their own leavings; a decision, the moves through it.
    const total = tallies.get(edge.source)?.left ?? movesOut.get(edge.source) ?? 0;
    if (total === 0 && count === 0) continue;
    edgeMeasures.set(edge.id, {
      edgeId: edge.id,
      count,
      strict: wilsonShare(count, total),
      anyLater: sourceMeasured && measured.has(edge.target) ? wilsonShare(laterPairs.get(edge.id) ?? 0, leftDeals.get(edge.source) ?? 0) : null,
    });
  }

  const byKey = <T extends { week: string }>(id: (item: T) => string) => (a: T, b: T) =>
    id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : a.week < b.week ? -1 : a.week > b.week ? 1 : 0;
  return {
    stages,
    edges: edgeMeasures,
    unknownStages,
    unplaced: [...unplaced.values()],
    missingExits: [...missingExits.values()],
    leadsWithoutStart,
    averageWonAmount: wonAmountCount > 0 ? wonAmountSum / wonAmountCount : null,
    aggregates: {
      stages: allWeeks(stageWeeks).sort(byKey((item) => item.nodeId)),
      edges: allWeeks(edgeWeeks).sort(byKey((item) => item.edgeId)),
      durations: allWeeks(durationWeeks).sort(byKey((item) => item.nodeId)),
    },
  };
}
