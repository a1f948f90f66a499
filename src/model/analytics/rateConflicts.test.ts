import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { buildFlowGraph } from './flowGraph';
import { findRateConflicts } from './rateConflicts';
import { documentOf, edge, node, stage } from './testDocuments';

// 100 leads; the decision says 是 45% and 否 70%: 115% between them.
function overbooked(yes = 0.45, no = 0.7) {
  return documentOf(
    [
      node('leads', 'start', { volume: 100 }),
      stage('talk'),
      node('deal', 'decision'),
      stage('legal'),
      node('won', 'end', { outcome: 'won' }),
      node('lost', 'end', { outcome: 'lost' }),
      stage('aside'),
    ],
    [
      edge('leads', 'talk'),
      edge('leads', 'aside', 0),
      edge('talk', 'deal', 1),
      edge('deal', 'legal', yes, { label: '是' }),
      edge('deal', 'lost', no, { label: '否' }),
      edge('legal', 'won', 1),
      edge('aside', 'lost'),
    ],
  );
}

describe('findRateConflicts', () => {
  it('names the node whose rates add up above 100%, its edges, and every node downstream as estimated', () => {
    const conflicts = findRateConflicts(buildFlowGraph(overbooked()));
    expect([...conflicts.nodes.keys()]).toEqual(['deal']);
    expect(conflicts.nodes.get('deal')).toBeCloseTo(1.15, 12);
    expect([...conflicts.edges].sort()).toEqual(['deal->legal', 'deal->lost']);
    expect([...conflicts.estimated].sort()).toEqual(['legal', 'lost', 'won']);
  });

  it('finds none when the rates add up to 100%, give or take rounding', () => {
    const conflicts = findRateConflicts(buildFlowGraph(overbooked(0.3, 0.7000000001)));
    expect(conflicts.nodes.size).toBe(0);
    expect(conflicts.edges.size).toBe(0);
    expect(conflicts.estimated.size).toBe(0);
  });

  it('leaves the typed rates to the chips while the figures use the scaled shares', () => {
    const analysis = analyse(overbooked());
    // 45 ÷ 115 of the 100 leads reach legal and win.
    expect(analysis.funnel.share.get('deal->legal')).toBeCloseTo(0.45 / 1.15, 12);
    expect(analysis.funnel.wins).toBeCloseTo((100 * 0.45) / 1.15, 9);
    expect(analysis.rateConflicts.edges.has('deal->legal')).toBe(true);
  });
});
