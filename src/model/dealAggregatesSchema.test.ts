import { describe, expect, it } from 'vitest';
import { documentOf, node } from './analytics/testDocuments';
import { readAggregates } from './dealAggregatesSchema';
import { MAX_DEAL_DATA_ROWS, MAX_DURATION_DAYS, MAX_VOLUME } from './limits';
import { validateDocument } from './parse';
import type { DealData } from './types';

const aggregates = (): DealData['aggregates'] => ({
  stages: [{ nodeId: 'a', week: '2024-01-01', entered: 4, won: 1, lost: 2 }],
  edges: [{ edgeId: 'e1', week: '2024-01-01', count: 3 }],
  durations: [{ nodeId: 'a', week: '2024-01-01', bucketDays: [1, 7, 30.5], finished: [1, 0, 2], open: [0, 0, 1] }],
});

const problem = (value: unknown) => {
  const read = readAggregates(value);
  return read.ok ? null : read.problem;
};

describe('the aggregates of deal data, checked by hand', () => {
  it('copy a valid value field by field, dropping unknown fields and sharing nothing with it', () => {
    const value = aggregates();
    const withExtra = { ...value, rows: ['D-1 Acme'], stages: [{ ...value.stages[0], account: 'Acme' }] };
    const read = readAggregates(withExtra);
    expect(read).toEqual({ ok: true, value: { ...value } });
    if (!read.ok) return;
    expect(read.value.stages[0]).not.toBe(withExtra.stages[0]);
    expect(read.value.durations[0]?.finished).not.toBe(value.durations[0]?.finished);
    expect(JSON.stringify(read.value)).not.toContain('Acme');
  });

  it('name the first problem by its path and the reason the file door gives', () => {
    const value = aggregates();
    const stage = value.stages[0]!;
    const duration = value.durations[0]!;
    expect(problem({ ...value, stages: [stage, { ...stage, week: 'last week' }] })).toEqual({ path: ['stages', 1, 'week'], reason: 'type' });
    expect(problem({ ...value, stages: [{ ...stage, entered: 1.5 }] })).toEqual({ path: ['stages', 0, 'entered'], reason: 'type' });
    expect(problem({ ...value, stages: [{ ...stage, lost: -1 }] })).toEqual({ path: ['stages', 0, 'lost'], reason: 'out-of-range' });
    expect(problem({ ...value, stages: [{ ...stage, won: MAX_VOLUME + 1 }] })).toEqual({ path: ['stages', 0, 'won'], reason: 'out-of-range' });
    expect(problem({ ...value, edges: [{ edgeId: 'e1', week: '2024-01-01', count: Number.NaN }] })).toEqual({ path: ['edges', 0, 'count'], reason: 'not-finite' });
    expect(problem({ ...value, edges: [{ edgeId: 'e<1', week: '2024-01-01', count: 1 }] })).toEqual({ path: ['edges', 0, 'edgeId'], reason: 'type' });
    expect(problem({ ...value, edges: [{ edgeId: '', week: '2024-01-01', count: 1 }] })).toEqual({ path: ['edges', 0, 'edgeId'], reason: 'required' });
    expect(problem({ ...value, edges: [{ week: '2024-01-01', count: 1 }] })).toEqual({ path: ['edges', 0, 'edgeId'], reason: 'required' });
    expect(problem({ ...value, durations: [{ ...duration, bucketDays: [1, MAX_DURATION_DAYS + 1] }] })).toEqual({ path: ['durations', 0, 'bucketDays', 1], reason: 'out-of-range' });
    expect(problem({ ...value, durations: [{ ...duration, open: new Array(101).fill(0) }] })).toEqual({ path: ['durations', 0, 'open'], reason: 'too-long' });
    expect(problem({ ...value, durations: [{ ...duration, finished: '1,0,2' }] })).toEqual({ path: ['durations', 0, 'finished'], reason: 'type' });
    expect(problem({ ...value, edges: new Array(MAX_DEAL_DATA_ROWS + 1).fill(value.edges[0]) })).toEqual({ path: ['edges'], reason: 'too-long' });
    expect(problem({ stages: [], edges: [] })).toEqual({ path: ['durations'], reason: 'required' });
    expect(problem([])).toEqual({ path: [], reason: 'type' });
  });

  it('refuse a document at the file door with the full path of the problem', () => {
    const doc = documentOf([node('a', 'stage')], []);
    const dealData: DealData = { source: { name: 'deals.csv', shape: 'event-log' }, importedAt: 1, mapping: [{ stage: 'A', nodeId: 'a' }], aggregates: aggregates() };
    expect(validateDocument({ ...doc, dealData }).ok).toBe(true);
    const broken = { ...dealData, aggregates: { ...dealData.aggregates, durations: [{ ...dealData.aggregates.durations[0], open: [0, -2] }] } };
    expect(validateDocument({ ...doc, dealData: broken })).toEqual({ ok: false, error: { code: 'invalid', path: 'dealData.aggregates.durations[0].open[1]', reason: 'out-of-range' } });
  });
});
