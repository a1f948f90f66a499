import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import { dayOfDate } from '../actuals/days';
import type { DealHistory } from '../actuals/histories';
import { measureDeals } from '../actuals/measure';
import type { DealData, SalesDocument } from '../types';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import { applyActuals, clearDealData, setDealData } from './index';
import type { Operation } from './operation';

function run(operation: Operation, on: SalesDocument) {
  const result = operation(on);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

const monday = dayOfDate(2024, 1, 1)!;
// Ids as the schema has them (no '>'), so the deal data passes the door.
const link = (source: string, target: string, rate: number) => edge(source, target, rate, { id: `${source}-${target}` });
const process = documentOf(
  [node('lead', 'start', { volume: 40 }), stage('A', 9), stage('B', 4), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
  [link('lead', 'A', 1), link('A', 'B', 0.6), link('A', 'lost', 0.4), link('B', 'won', 0.5), link('B', 'lost', 0.5)],
);
const mapping = [
  { stage: 'Lead', nodeId: 'A' },
  { stage: 'Demo', nodeId: 'B' },
  { stage: 'Won', nodeId: 'won' },
  { stage: 'Lost', nodeId: 'lost' },
  { stage: 'Spam' },
];

// Four weeks of deals: in each, 10 deals enter A; 3 are lost there after 2 days, 7 go to B after
// 5 days and of those, 2 are won after 3 more days and 5 lost.
function deals(): DealHistory[] {
  const made: DealHistory[] = [];
  for (let week = 0; week < 4; week += 1) {
    for (let index = 0; index < 10; index += 1) {
      const day = monday + week * 7;
      const id = `w${week}-${index}`;
      if (index < 3) made.push({ id, events: [{ stage: 'Lead', day }, { stage: 'Lost', day: day + 2 }] });
      else made.push({ id, events: [{ stage: 'Lead', day }, { stage: 'Demo', day: day + 5 }, { stage: index < 5 ? 'Won' : 'Lost', day: day + 8 }] });
    }
  }
  return made;
}

function dealData(): DealData {
  const measured = measureDeals({ deals: deals(), mapping, nodes: process.nodes, edges: process.edges, asOfDay: monday + 40 });
  return { source: { name: 'deals.csv', shape: 'event-log' }, importedAt: 1_700_000_000_000, mapping, aggregates: measured.aggregates };
}

describe('deal data operations', () => {
  it('set the deal data as one change that undo takes back, and replace it whole on the next import', () => {
    const data = dealData();
    const set = run(setDealData(data), process);
    expect(set.document.dealData).toEqual(data);
    expect(set.changes).toEqual([{ type: 'document', fields: [{ field: 'dealData', from: undefined, to: data }] }]);
    expect(applyChanges(set.document, invertChanges(set.changes))).toStrictEqual(process);

    const again = { ...data, importedAt: data.importedAt + 1, mapping: mapping.slice(0, 2) };
    const replaced = run(setDealData(again), set.document);
    expect(replaced.document.dealData).toEqual(again);
    expect(replaced.changes).toHaveLength(1);
  });

  it('keep the mapping, ignored stages included, for the next import', () => {
    const set = run(setDealData(dealData()), process);
    expect(set.document.dealData?.mapping).toContainEqual({ stage: 'Spam' });
  });

  it('refuse deal data the door would refuse, leaving the document as it was', () => {
    const data = dealData();
    const broken = { ...data, aggregates: { ...data.aggregates, stages: [{ nodeId: 'A', week: 'last week', entered: 1, won: 0, lost: 0 }] } };
    const result = setDealData(broken)(process);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('out-of-limits');
  });

  it('remove the deal data in one step, and do nothing without any', () => {
    const set = run(setDealData(dealData()), process).document;
    const cleared = run(clearDealData(), set);
    expect('dealData' in cleared.document).toBe(false);
    expect(applyChanges(cleared.document, invertChanges(cleared.changes))).toStrictEqual(set);
    expect(run(clearDealData(), process).changes).toEqual([]);
  });

  it('apply actuals: strict rates, leads per period and median days become the process values, in one step', () => {
    const set = run(setDealData(dealData()), process).document;
    const applied = run(applyActuals('all'), set);
    const rate = (id: string) => applied.document.edges.find((candidate) => candidate.id === id)?.conversionRate;
    // 40 deals left A: 28 to B, 12 lost; of B's 28, 8 won and 20 lost.
    expect(rate('A-B')).toBe(0.7);
    expect(rate('A-lost')).toBe(0.3);
    expect(rate('B-won')).toBe(0.2857);
    expect(rate('B-lost')).toBe(0.7143);
    expect(rate('lead-A')).toBe(1);
    // 40 leads over the 5 weeks the data spans (the last holds only closes), as a month of 52/12 weeks: 34.7.
    expect(applied.document.nodes.find((candidate) => candidate.id === 'lead')?.volume).toBe(35);
    // A: 12 stays of 2 days and 28 of 5: the median stay is 5 days; B: every stay is 3 days.
    const days = (id: string) => applied.document.nodes.find((candidate) => candidate.id === id)?.details?.durationDays;
    expect(days('A')).toBe(5);
    expect(days('B')).toBe(3);
    expect(applyChanges(applied.document, invertChanges(applied.changes))).toStrictEqual(set);
  });

  it('refuse to apply actuals to a document without deal data', () => {
    expect(applyActuals('all')(process)).toEqual({ ok: false, error: { code: 'not-found', id: 'dealData' } });
  });
});

describe('deal data mapped to a node that is gone', () => {
  it('keeps that stage as ignored, as the door does when the document is opened again', () => {
    const data = { ...dealData(), mapping: [{ stage: 'Lead', nodeId: 'deleted' }, ...mapping] };
    const set = run(setDealData(data), process);
    expect(set.document.dealData?.mapping[0]).toEqual({ stage: 'Lead' });
  });
});
