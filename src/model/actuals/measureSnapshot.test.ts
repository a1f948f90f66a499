import { describe, expect, it } from 'vitest';
import { node, stage } from '../analytics/testDocuments';
import { measureSnapshot } from './measureSnapshot';

describe('measureSnapshot', () => {
  const nodes = [stage('A'), stage('B'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })];
  const mapping = [
    { stage: 'Lead', nodeId: 'A' },
    { stage: 'Demo', nodeId: 'B' },
    { stage: 'Closed Won', nodeId: 'won' },
    { stage: 'Closed Lost', nodeId: 'lost' },
  ];

  it('counts deals per node, the win rate among closed deals and the won cycle time', () => {
    const result = measureSnapshot(
      [
        { id: '1', stage: 'Lead' },
        { id: '2', stage: 'Demo' },
        { id: '3', stage: 'Closed Won', createdDay: 0, closedDay: 30, amount: 100 },
        { id: '4', stage: 'Closed Won', createdDay: 10, closedDay: 20, amount: 300 },
        { id: '5', stage: 'Closed Won', createdDay: 0, closedDay: 50 },
        { id: '6', stage: 'Closed Lost' },
        // A status column can close a deal whose stage says otherwise.
        { id: '7', stage: 'Demo', outcome: 'lost' },
        { id: '8', stage: 'Pilot' },
      ],
      mapping,
      nodes,
    );
    expect(Object.fromEntries(result.atNode)).toEqual({ A: 1, B: 2, won: 3, lost: 1 });
    expect([...result.unknownStages]).toEqual([['Pilot', 1]]);
    expect([result.won, result.lost, result.open]).toEqual([3, 2, 3]);
    expect(result.winRate).toMatchObject({ count: 3, total: 5, rate: 0.6 });
    expect(result.medianWonCycleDays).toBe(30);
    expect(result.averageWonAmount).toBe(200);
  });
});
