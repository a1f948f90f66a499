import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import type { SalesDocument } from '../types';
import { stepView, walkthroughNodeIds } from './steps';

/**
 * leads → qualify → deal? —Yes 60%→ proposal → won
 *                          —No 40%→ nurture → lost
 * Positions place the Yes branch above the No branch, as a reader sees it.
 */
function pipeline(): SalesDocument {
  const at = (x: number, y: number) => ({ position: { x, y } });
  return documentOf(
    [
      node('leads', 'start', { volume: 100, ...at(0, 0) }),
      { ...stage('qualify'), ...at(200, 0) },
      node('deal', 'decision', at(400, 0)),
      { ...stage('nurture'), ...at(600, 200) },
      { ...stage('proposal'), ...at(600, 0) },
      node('lost', 'end', { outcome: 'lost', ...at(800, 200) }),
      node('won', 'end', { outcome: 'won', ...at(800, 0) }),
      node('memo', 'note', at(200, 200)),
    ],
    [
      edge('leads', 'qualify'),
      edge('qualify', 'deal'),
      edge('deal', 'proposal', 0.6),
      edge('deal', 'nurture', 0.4),
      edge('proposal', 'won'),
      edge('nurture', 'lost'),
      edge('memo', 'qualify'),
    ],
  );
}

describe('walkthroughNodeIds', () => {
  it('by default presents the main path\'s stages and decisions, then the branches, then the ends', () => {
    expect(walkthroughNodeIds(pipeline())).toEqual(['qualify', 'deal', 'proposal', 'nurture', 'won', 'lost']);
  });

  it('follows where most deals are won: with No at 90%, the main path still goes to the won end', () => {
    const doc = pipeline();
    const flipped = { ...doc, edges: doc.edges.map((each) => (each.id === 'deal->nurture' ? { ...each, conversionRate: 0.9 } : each.id === 'deal->proposal' ? { ...each, conversionRate: 0.1 } : each)) };
    expect(walkthroughNodeIds(flipped).slice(0, 3)).toEqual(['qualify', 'deal', 'proposal']);
  });

  it("uses the trainer's own steps in their order, without hidden ones or ones whose node is gone", () => {
    const doc: SalesDocument = {
      ...pipeline(),
      walkthrough: {
        steps: [
          { id: 'w1', nodeId: 'leads', order: 'a' },
          { id: 'w2', nodeId: 'won', order: 'b' },
          { id: 'w3', nodeId: 'nurture', order: 'c', hidden: true },
          { id: 'w4', nodeId: 'deleted', order: 'd' },
          { id: 'w5', nodeId: 'memo', order: 'e' },
        ],
      },
    };
    expect(walkthroughNodeIds(doc)).toEqual(['leads', 'won', 'memo']);
  });

  it('has no steps for an empty document', () => {
    expect(walkthroughNodeIds(documentOf([], []))).toEqual([]);
  });
});

describe('stepView', () => {
  it('shows the node with every node it is connected to, either way, and the edges between them', () => {
    expect(stepView(pipeline(), 'qualify')).toEqual({ nodeIds: ['qualify', 'leads', 'deal', 'memo'], edgeIds: ['leads->qualify', 'qualify->deal', 'memo->qualify'] });
    expect(stepView(pipeline(), 'won')).toEqual({ nodeIds: ['won', 'proposal'], edgeIds: ['proposal->won'] });
  });
});
