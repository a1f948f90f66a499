import { describe, expect, it } from 'vitest';
import { makeDocument, makeEdge, makeNode } from '../model/fixtures/documents';
import { countCrossings } from './crossings';
import { createElkNodeEngine } from './elkNodeEngine';
import { layoutDocument } from './runLayout';
import { opposingStretches } from './sharedStretches';
import { layoutViolations } from './testing/invariants';

/** A step, a decision that sends the deal back to it, and the way on. */
function revise() {
  return makeDocument({
    nodes: [
      makeNode('lead', 'start'),
      makeNode('proposal', 'stage'),
      makeNode('review', 'stage'),
      makeNode('accepted', 'decision'),
      makeNode('won', 'end', { outcome: 'won' }),
    ],
    edges: [
      makeEdge('e1', 'lead', 'proposal'),
      makeEdge('e2', 'proposal', 'review'),
      makeEdge('e3', 'review', 'accepted'),
      makeEdge('e4', 'accepted', 'won', { label: 'Yes' }),
      makeEdge('back', 'accepted', 'proposal', { label: 'Revise proposal' }),
    ],
  });
}

describe('loop-backs without lanes', () => {
  it.each(['LR', 'TB'] as const)('leave and enter across the flow, never along the edges of the flow, in %s', async (direction) => {
    const result = await layoutDocument(revise(), { direction, spacing: 'normal' }, createElkNodeEngine());
    if (!result.ok) throw new Error(result.error.code);
    const routes = result.value.edges.map((edge) => edge.points ?? []);
    expect(opposingStretches(routes)).toEqual([]);
    expect(countCrossings(routes)).toBe(0);
    expect(layoutViolations(result.value)).toEqual([]);
    const back = result.value.edges.find((edge) => edge.id === 'back');
    const across = direction === 'LR' ? ['top', 'bottom'] : ['left', 'right'];
    expect(across).toContain(back?.sourceHandle);
    expect(across).toContain(back?.targetHandle);
  });
});
