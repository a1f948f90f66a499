import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import type { DealData } from '../types';
import { actualsFigures, actualsWeeks } from './actualsView';

const week = (key: string, entered: number) => ({ nodeId: 'A', week: key, entered, won: 0, lost: 0 });
// Ten weeks of data, Mondays 2024-01-01 to 2024-03-04.
const weeks = ['2024-01-01', '2024-01-08', '2024-01-15', '2024-01-22', '2024-01-29', '2024-02-05', '2024-02-12', '2024-02-19', '2024-02-26', '2024-03-04'];
const aggregates: DealData['aggregates'] = { stages: weeks.map((key) => week(key, 1)), edges: [], durations: [] };

describe('the weeks of the date filter', () => {
  it('count back from the end of the newest week in the data, not from today', () => {
    // The newest week ends on Sunday 2024-03-10; 30 days back is 2024-02-10, in the week of 02-05.
    expect(actualsWeeks(aggregates, 'last30')).toEqual({ from: '2024-02-05', to: '2024-03-04', weeks: 5 });
    // 90 days back reaches before the data: every one of its 10 weeks.
    expect(actualsWeeks(aggregates, 'last90')).toEqual({ from: '2023-12-11', to: '2024-03-04', weeks: 10 });
    expect(actualsWeeks(aggregates, 'all')).toEqual({ from: '2024-01-01', to: '2024-03-04', weeks: 10 });
  });

  it('are none without data', () => {
    expect(actualsWeeks({ stages: [], edges: [], durations: [] }, 'all')).toEqual({ weeks: 0 });
  });
});

describe('the figures of a period', () => {
  const doc = {
    ...documentOf([node('lead', 'start', { volume: 5 }), stage('A'), node('won', 'end', { outcome: 'won' })], [edge('lead', 'A', 1, { id: 'e1' }), edge('A', 'won', 0.5, { id: 'e2' })], { period: 'quarter' }),
    dealData: { source: { name: 'deals.csv', shape: 'event-log' as const }, importedAt: 0, mapping: [], aggregates: {
      stages: [
        { nodeId: 'lead', week: '2024-01-01', entered: 4, won: 0, lost: 0 },
        { nodeId: 'lead', week: '2024-01-08', entered: 2, won: 0, lost: 0 },
        { nodeId: 'A', week: '2024-01-01', entered: 4, won: 0, lost: 0 },
        { nodeId: 'A', week: '2024-01-08', entered: 2, won: 0, lost: 0 },
        { nodeId: 'won', week: '2024-01-08', entered: 3, won: 0, lost: 0 },
      ],
      edges: [{ edgeId: 'e1', week: '2024-01-01', count: 4 }, { edgeId: 'e1', week: '2024-01-08', count: 2 }, { edgeId: 'e2', week: '2024-01-01', count: 3 }],
      durations: [],
    } },
  };

  it('give the leads of a start per period of the document (3 a week is 39 a quarter) and the strict rates', () => {
    const figures = actualsFigures(doc, 'all');
    expect(figures?.overrides.startVolumes).toEqual([{ nodeId: 'lead', volume: 39 }]);
    // A left 6 times (no stay is open): 3 to won.
    expect(figures?.overrides.edgeRates).toEqual([{ edgeId: 'e1', rate: 1 }, { edgeId: 'e2', rate: 0.5 }]);
  });

  it('are null without deal data', () => {
    expect(actualsFigures({ ...doc, dealData: undefined }, 'all')).toBeNull();
  });
});
