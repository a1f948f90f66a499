// The worked examples of CONTEXT.md, computed by hand there and checked here.
import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import { dayOfDate } from './days';
import type { DealHistory } from './histories';
import { measureDeals } from './measure';

const base = dayOfDate(2024, 1, 1) ?? 0; // a Monday

function deal(id: string, steps: [string, number][], extra: Partial<DealHistory> = {}): DealHistory {
  return { id, events: steps.map(([stageName, day]) => ({ stage: stageName, day: base + day })), ...extra };
}

const pipeline = documentOf(
  [node('lead', 'start'), stage('A'), stage('B'), stage('C'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
  [edge('lead', 'A'), edge('A', 'B'), edge('A', 'C'), edge('B', 'C'), edge('B', 'A'), edge('C', 'won'), edge('A', 'lost'), edge('B', 'lost'), edge('C', 'lost')],
);
const mapping = [
  { stage: 'Lead', nodeId: 'A' },
  { stage: 'Demo', nodeId: 'B' },
  { stage: 'Proposal', nodeId: 'C' },
  { stage: 'Won', nodeId: 'won' },
  { stage: 'Lost', nodeId: 'lost' },
  { stage: 'Spam', nodeId: undefined },
];
const deals = [
  deal('d1', [['Lead', 0], ['Demo', 10], ['Proposal', 20], ['Won', 30]]),
  deal('d2', [['Lead', 0], ['Demo', 4], ['Lost', 6]], { lostReason: 'Timing' }),
  deal('d3', [['Lead', 0], ['Proposal', 8], ['Won', 20]]),
  deal('d4', [['Lead', 0], ['Demo', 5], ['Lead', 7], ['Demo', 9], ['Proposal', 15]]),
  deal('d5', [['Lead', 90], ['Spam', 91]]),
  deal('d6', [['Lead', 0], ['Lost', 3]], { lostReason: 'Price' }),
];

describe('measureDeals on the six-deal example', () => {
  const result = measureDeals({ deals, mapping, nodes: pipeline.nodes, edges: pipeline.edges, asOfDay: base + 100 });

  it('counts deals, entries, re-entries, open, won, lost, skips and backward moves per stage', () => {
    expect(result.stages.get('A')).toMatchObject({ deals: 6, entries: 7, reEntries: 1, left: 6, open: 1, won: 0, lost: 1, skips: 1, backwards: 0 });
    expect(result.stages.get('B')).toMatchObject({ deals: 3, entries: 4, reEntries: 1, left: 4, open: 0, won: 0, lost: 1, skips: 0, backwards: 1 });
    expect(result.stages.get('C')).toMatchObject({ deals: 3, entries: 3, reEntries: 0, left: 2, open: 1, won: 2, lost: 0 });
    expect(result.stages.get('won')).toMatchObject({ deals: 2, entries: 2 });
    expect(result.stages.get('lost')).toMatchObject({ deals: 2, entries: 2 });
  });

  it('gives median and 80th-percentile days in stage with open deals censored at the as-of day', () => {
    expect(result.stages.get('A')).toMatchObject({ medianDays: 5, p80Days: 10 });
    expect(result.stages.get('B')).toMatchObject({ medianDays: 2, p80Days: 10 });
    // C: left after 10 and 12 days, one open for 85: the 80th percentile is not reached yet.
    expect(result.stages.get('C')).toMatchObject({ medianDays: 12, p80Days: null });
  });

  it('gives each edge its strict next-stage share among moves out of its source', () => {
    const strict = (id: string) => {
      const share = result.edges.get(id)?.strict;
      return [share?.count, share?.total];
    };
    expect(strict('A->B')).toEqual([4, 6]);
    expect(strict('A->C')).toEqual([1, 6]);
    expect(strict('A->lost')).toEqual([1, 6]);
    expect(strict('B->C')).toEqual([2, 4]);
    expect(strict('B->A')).toEqual([1, 4]);
    expect(strict('B->lost')).toEqual([1, 4]);
    expect(strict('C->won')).toEqual([2, 2]);
    expect(strict('C->lost')).toEqual([0, 2]);
    // Every deal is a lead of the one start, and each entered at A.
    expect(strict('lead->A')).toEqual([6, 6]);
  });

  it('gives each edge between mapped nodes the share of deals that left its source and reached its target at any later time', () => {
    const later = (id: string) => {
      const share = result.edges.get(id)?.anyLater;
      return [share?.count, share?.total];
    };
    expect(later('A->B')).toEqual([3, 5]);
    expect(later('A->C')).toEqual([3, 5]);
    expect(later('A->lost')).toEqual([2, 5]);
    expect(later('B->C')).toEqual([2, 3]);
    expect(later('B->A')).toEqual([1, 3]);
  });

  it('counts each deal as a lead of the one start in the week of its first stage', () => {
    expect(result.aggregates.stages.filter((week) => week.nodeId === 'lead')).toEqual([
      { nodeId: 'lead', week: '2024-01-01', entered: 5, won: 0, lost: 0 },
      { nodeId: 'lead', week: '2024-03-25', entered: 1, won: 0, lost: 0 },
    ]);
    expect(result.stages.get('lead')).toMatchObject({ deals: 6, left: 6, open: 0 });
  });

  it('counts lost reasons per stage and ignores the stages mapped to nothing', () => {
    expect(result.stages.get('A')?.lostReasons).toEqual([{ reason: 'Price', count: 1 }]);
    expect(result.stages.get('B')?.lostReasons).toEqual([{ reason: 'Timing', count: 1 }]);
    expect(result.unknownStages.size).toBe(0);
  });

  it('keeps weekly counts by the week a deal entered the stage, won and lost included', () => {
    const weeksOfA = result.aggregates.stages.filter((week) => week.nodeId === 'A');
    expect(weeksOfA).toEqual([
      { nodeId: 'A', week: '2024-01-01', entered: 5, won: 0, lost: 1 },
      { nodeId: 'A', week: '2024-01-08', entered: 1, won: 0, lost: 0 },
      { nodeId: 'A', week: '2024-03-25', entered: 1, won: 0, lost: 0 },
    ]);
    const weeksOfAB = result.aggregates.edges.filter((week) => week.edgeId === 'A->B');
    expect(weeksOfAB).toEqual([
      { edgeId: 'A->B', week: '2024-01-01', count: 3 },
      { edgeId: 'A->B', week: '2024-01-08', count: 1 },
    ]);
    const durationsOfC = result.aggregates.durations.filter((week) => week.nodeId === 'C');
    const finished = durationsOfC.reduce((sum, week) => sum + week.finished.reduce((a, b) => a + b, 0), 0);
    const open = durationsOfC.reduce((sum, week) => sum + week.open.reduce((a, b) => a + b, 0), 0);
    expect([finished, open]).toEqual([2, 1]);
  });

  it('leaves out events after the as-of day, so moving it back reopens deals', () => {
    const earlier = measureDeals({ deals, mapping, nodes: pipeline.nodes, edges: pipeline.edges, asOfDay: base + 12 });
    // On day 12, d1 is in Demo since day 10, d4 in Demo again since day 9 and d3 in Proposal since day 8.
    expect(earlier.stages.get('B')).toMatchObject({ entries: 4, left: 2, open: 2 });
    expect(earlier.stages.get('C')).toMatchObject({ entries: 1, left: 0, open: 1 });
    expect(earlier.stages.has('won')).toBe(false);
  });
});

describe('measureDeals through a decision no stage is mapped to', () => {
  const doc = documentOf(
    [stage('A'), node('q', 'decision'), stage('B'), node('lost', 'end', { outcome: 'lost' })],
    [edge('A', 'q'), edge('q', 'B'), edge('q', 'lost')],
  );
  const viaDecision = [
    { stage: 'A', nodeId: 'A' },
    { stage: 'B', nodeId: 'B' },
    { stage: 'Lost', nodeId: 'lost' },
  ];

  it('counts each move on every edge of the one path, and shares the decision’s branches among moves through it', () => {
    const moves = [
      deal('1', [['A', 0], ['B', 2]]),
      deal('2', [['A', 0], ['B', 3]]),
      deal('3', [['A', 0], ['B', 4]]),
      deal('4', [['A', 0], ['Lost', 5]]),
    ];
    const result = measureDeals({ deals: moves, mapping: viaDecision, nodes: doc.nodes, edges: doc.edges, asOfDay: base + 10 });
    expect(result.edges.get('A->q')?.strict).toMatchObject({ count: 4, total: 4, rate: 1 });
    expect(result.edges.get('q->B')?.strict).toMatchObject({ count: 3, total: 4, rate: 0.75 });
    expect(result.edges.get('q->lost')?.strict).toMatchObject({ count: 1, total: 4, rate: 0.25 });
    expect(result.edges.get('q->B')?.anyLater).toBeNull();
    expect(result.unplaced).toEqual([]);
  });

  it('lists a move with two possible paths, and one with none, instead of guessing', () => {
    const twoWays = documentOf(
      [...doc.nodes, node('r', 'decision'), stage('C')],
      [...doc.edges, edge('A', 'r'), edge('r', 'B')],
    );
    const moves = [deal('1', [['A', 0], ['B', 2]]), deal('2', [['A', 0], ['C', 2]]), deal('3', [['A', 0], ['B', 1], ['Mystery', 2]])];
    const result = measureDeals({
      deals: moves,
      mapping: [...viaDecision, { stage: 'C', nodeId: 'C' }],
      nodes: twoWays.nodes,
      edges: twoWays.edges,
      asOfDay: base + 10,
    });
    expect(result.unplaced).toEqual([
      { from: 'A', to: 'B', reason: 'ambiguous', count: 2 },
      { from: 'A', to: 'C', reason: 'none', count: 1 },
    ]);
    expect(result.edges.get('A->q')?.count ?? 0).toBe(0);
    expect([...result.unknownStages]).toEqual([['Mystery', 1]]);
  });

  it('counts a loss by status on the lost exit the stage reaches, and lists it when the stage has none', () => {
    const byStatus = [deal('1', [['A', 0]], { outcome: 'lost', lostReason: 'Budget' }), deal('2', [['B', 0]], { outcome: 'lost' })];
    const result = measureDeals({ deals: byStatus, mapping: viaDecision, nodes: doc.nodes, edges: doc.edges, asOfDay: base + 10 });
    expect(result.edges.get('q->lost')?.count).toBe(1);
    expect(result.stages.get('A')).toMatchObject({ lost: 1, left: 1, open: 0, lostReasons: [{ reason: 'Budget', count: 1 }] });
    expect(result.missingExits).toEqual([{ nodeId: 'B', outcome: 'lost', count: 1 }]);
  });
});

describe('measureDeals with several starts', () => {
  it('counts each deal on the start its lead source maps to, and those that map to none', () => {
    const doc = documentOf([node('web', 'start'), node('event', 'start'), stage('A')], [edge('web', 'A'), edge('event', 'A')]);
    const leads = [
      deal('1', [['A', 0]], { source: 'Website' }),
      deal('2', [['A', 1]], { source: 'Website' }),
      deal('3', [['A', 2]], { source: 'Trade fair' }),
      deal('4', [['A', 3]], { source: 'Cold call' }),
    ];
    const result = measureDeals({
      deals: leads,
      mapping: [{ stage: 'A', nodeId: 'A' }],
      nodes: doc.nodes,
      edges: doc.edges,
      asOfDay: base + 5,
      leadStarts: new Map([
        ['Website', 'web'],
        ['Trade fair', 'event'],
      ]),
    });
    expect(result.edges.get('web->A')?.count).toBe(2);
    expect(result.edges.get('event->A')?.count).toBe(1);
    expect(result.leadsWithoutStart).toBe(1);
    expect(result.stages.get('A')?.deals).toBe(4);
  });
});

describe('measureDeals and amounts', () => {
  it('averages the amounts of won deals only', () => {
    const doc = documentOf([stage('A'), node('won', 'end', { outcome: 'won' })], [edge('A', 'won')]);
    const amounts = [
      deal('1', [['A', 0], ['W', 1]], { amount: 100 }),
      deal('2', [['A', 0], ['W', 1]], { amount: 300 }),
      deal('3', [['A', 0]], { amount: 1000 }),
    ];
    const mapped = [
      { stage: 'A', nodeId: 'A' },
      { stage: 'W', nodeId: 'won' },
    ];
    expect(measureDeals({ deals: amounts, mapping: mapped, nodes: doc.nodes, edges: doc.edges, asOfDay: base + 5 }).averageWonAmount).toBe(200);
  });
});
