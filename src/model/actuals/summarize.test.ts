import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import { dayOfDate, weekKey } from './days';
import type { DealHistory } from './histories';
import { generateDeals } from './generateDeals';
import { BUCKET_DAYS, measureDeals } from './measure';
import { summarizeAggregates } from './summarize';

describe('summarizeAggregates over every week', () => {
  const { nodes, edges, mapping, deals, asOfDay } = generateDeals(7, 5000);
  const measured = measureDeals({ deals, mapping, nodes, edges, asOfDay });
  const summary = summarizeAggregates(measured.aggregates, { nodes, edges }, {});

  it('gives the same counts and strict shares as measuring the deals themselves', () => {
    for (const [nodeId, stageMeasure] of measured.stages) {
      const { entered, won, lost, open, left } = summary.stages.get(nodeId) ?? {};
      expect({ entered, won, lost, open, left }, nodeId).toEqual({
        entered: stageMeasure.entries,
        won: stageMeasure.won,
        lost: stageMeasure.lost,
        open: stageMeasure.open,
        left: stageMeasure.left,
      });
    }
    for (const [edgeId, edgeMeasure] of measured.edges) expect(summary.edges.get(edgeId)?.strict, edgeId).toEqual(edgeMeasure.strict);
  });

  it('gives as median the bound of the histogram bucket the exact median falls in', () => {
    for (const nodeId of ['s1', 's2', 's3', 's4', 's5']) {
      const exact = measured.stages.get(nodeId)?.medianDays ?? Number.NaN;
      const bucketed = summary.stages.get(nodeId)?.medianDays ?? Number.NaN;
      const bound = BUCKET_DAYS.find((days) => exact <= days);
      expect(bucketed, nodeId).toBe(bound);
    }
  });
});

describe('summarizeAggregates over a period', () => {
  const monday = dayOfDate(2024, 1, 1) ?? 0;
  const doc = documentOf(
    [stage('A'), node('q', 'decision'), stage('B'), node('lost', 'end', { outcome: 'lost' })],
    [edge('A', 'q'), edge('q', 'B'), edge('q', 'lost')],
  );
  const mapping = [
    { stage: 'A', nodeId: 'A' },
    { stage: 'B', nodeId: 'B' },
    { stage: 'Lost', nodeId: 'lost' },
  ];
  const deal = (id: string, steps: [string, number][]): DealHistory => ({ id, events: steps.map(([name, day]) => ({ stage: name, day: monday + day })) });
  // Week 1: two deals enter A, one goes on to B, one is lost. Week 2: three enter A, all go to B.
  const deals = [
    deal('1', [['A', 0], ['B', 3]]),
    deal('2', [['A', 1], ['Lost', 2]]),
    deal('3', [['A', 7], ['B', 9]]),
    deal('4', [['A', 8], ['B', 9]]),
    deal('5', [['A', 9], ['B', 12]]),
  ];
  const { aggregates } = measureDeals({ deals, mapping, nodes: doc.nodes, edges: doc.edges, asOfDay: monday + 20 });
  const firstWeek = weekKey(monday);
  const secondWeek = weekKey(monday + 7);

  it('counts only the weeks in the range, by the week a deal entered the source stage', () => {
    const week1 = summarizeAggregates(aggregates, doc, { from: firstWeek, to: firstWeek });
    expect(week1.stages.get('A')).toMatchObject({ entered: 2, lost: 1, left: 2 });
    expect(week1.edges.get('q->B')?.strict).toMatchObject({ count: 1, total: 2, rate: 0.5 });
    const week2 = summarizeAggregates(aggregates, doc, { from: secondWeek });
    expect(week2.stages.get('A')).toMatchObject({ entered: 3, lost: 0 });
    expect(week2.edges.get('q->B')?.strict).toMatchObject({ count: 3, total: 3, rate: 1 });
    expect(week2.edges.get('q->lost')?.strict).toMatchObject({ count: 0, total: 3, rate: 0 });
  });

  it('has nothing for a range with no weeks', () => {
    const empty = summarizeAggregates(aggregates, doc, { from: '2030-01-07' });
    expect(empty.stages.size).toBe(0);
    expect(empty.edges.size).toBe(0);
  });
});
