import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import { dayOfDate } from './days';
import { dealDataOf, initialMapping } from './dealDataOf';
import type { DealRead } from './histories';

const doc = documentOf(
  [node('lead', 'start'), stage('Qualify'), stage('Demo'), node('won', 'end', { outcome: 'won', label: 'Won' }), node('lost', 'end', { outcome: 'lost', label: 'Lost' })],
  [edge('lead', 'Qualify', 1, { id: 'e1' }), edge('Qualify', 'Demo', 0.5, { id: 'e2' }), edge('Demo', 'won', 0.5, { id: 'e3' }), edge('Demo', 'lost', 0.5, { id: 'e4' }), edge('Qualify', 'lost', 0.5, { id: 'e5' })],
);
const problems = { unreadableDates: [], unreadableDateCount: 0, rowsWithoutId: 0, rowsWithoutStage: 0, rowsWithoutDate: 0, duplicateEvents: 0 };
const monday = dayOfDate(2024, 3, 4)!;

describe('the mapping an import starts from', () => {
  it('takes what the last import said of a stage, ignored stages included, and suggests the rest by name', () => {
    const mapping = initialMapping(['qualify', 'Demo', 'Spam', 'Closed Won'], doc.nodes, [{ stage: 'Demo', nodeId: 'Qualify' }, { stage: 'Spam' }]);
    expect(mapping).toEqual([{ stage: 'qualify', nodeId: 'Qualify' }, { stage: 'Demo', nodeId: 'Qualify' }, { stage: 'Spam' }, { stage: 'Closed Won', nodeId: 'won' }]);
  });

  it('suggests again for a stage whose node is gone', () => {
    expect(initialMapping(['Demo'], doc.nodes, [{ stage: 'Demo', nodeId: 'deleted' }])).toEqual([{ stage: 'Demo', nodeId: 'Demo' }]);
  });
});

describe('what an import keeps', () => {
  it('keeps weekly aggregates and the mapping, never a deal id', () => {
    const read: DealRead = {
      deals: [{ id: 'ACME-42', events: [{ stage: 'Qualify', day: monday }, { stage: 'Demo', day: monday + 3 }, { stage: 'Won', day: monday + 9 }] }],
      snapshot: [],
      stages: ['Qualify', 'Demo', 'Won'],
      newestDay: monday + 9,
      problems,
    };
    const mapping = initialMapping(read.stages, doc.nodes);
    const data = dealDataOf({ read, shape: 'event-log', mapping, nodes: doc.nodes, edges: doc.edges, fileName: 'x'.repeat(300), now: 5 });
    expect(data.source).toEqual({ name: 'x'.repeat(200), shape: 'event-log' });
    expect(data.aggregates.stages).toContainEqual({ nodeId: 'Demo', week: '2024-03-04', entered: 1, won: 1, lost: 0 });
    expect(data.aggregates.edges).toContainEqual({ edgeId: 'e2', week: '2024-03-04', count: 1 });
    expect(JSON.stringify(data)).not.toContain('ACME');
  });

  it('counts a snapshot deal at its current stage in the week it was created', () => {
    const read: DealRead = {
      deals: [],
      snapshot: [
        { id: '1', stage: 'Demo', createdDay: monday + 1 },
        { id: '2', stage: 'Won', createdDay: monday + 2, closedDay: monday + 20 },
        { id: '3', stage: 'Demo', createdDay: monday + 8, outcome: 'lost' },
      ],
      stages: ['Demo', 'Won'],
      newestDay: monday + 20,
      problems,
    };
    const data = dealDataOf({ read, shape: 'snapshot', mapping: initialMapping(read.stages, doc.nodes), nodes: doc.nodes, edges: doc.edges, fileName: 'deals.csv', now: 5 });
    expect(data.aggregates).toEqual({
      stages: [
        { nodeId: 'Demo', week: '2024-03-04', entered: 1, won: 0, lost: 0 },
        { nodeId: 'won', week: '2024-03-04', entered: 1, won: 1, lost: 0 },
        { nodeId: 'Demo', week: '2024-03-11', entered: 1, won: 0, lost: 1 },
      ],
      edges: [],
      durations: [],
    });
  });
});
