import { describe, expect, it } from 'vitest';
import { node } from '../analytics/testDocuments';
import { suggestMapping } from './suggestMapping';

describe('suggestMapping', () => {
  const nodes = [
    node('lead', 'start', { label: 'Leads' }),
    node('q', 'stage', { label: 'Qualified Lead' }),
    node('demo', 'stage', { label: '产品演示' }),
    node('offer', 'stage', { label: 'Proposal / Quote' }),
    node('check', 'decision', { label: 'Budget?' }),
    node('won', 'end', { label: '赢单', outcome: 'won' }),
    node('lost', 'end', { label: 'Lost', outcome: 'lost' }),
  ];

  it('maps by folded name, then by one containing name, then by outcome words, and leaves the rest unmapped', () => {
    expect(suggestMapping(['qualified-lead', '产品 演示', 'Proposal', 'Closed Won', 'Closed Lost', 'Budget?', 'Nurture'], nodes)).toEqual([
      { stage: 'qualified-lead', nodeId: 'q' },
      { stage: '产品 演示', nodeId: 'demo' },
      { stage: 'Proposal', nodeId: 'offer' },
      { stage: 'Closed Won', nodeId: 'won' },
      { stage: 'Closed Lost', nodeId: 'lost' },
      // Decisions and starts are not where a deal stays: no stage maps to them.
      { stage: 'Budget?' },
      { stage: 'Nurture' },
    ]);
  });

  it('does not guess between two nodes a name could be', () => {
    const twoDemos = [node('a', 'stage', { label: 'Demo call' }), node('b', 'stage', { label: 'Demo workshop' })];
    expect(suggestMapping(['Demo'], twoDemos)).toEqual([{ stage: 'Demo' }]);
  });
});
