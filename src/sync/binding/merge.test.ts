// The concurrent edits a shared sales process meets first, each made by two replicas that have
// not seen each other's edit, then merged both ways.

import { describe, expect, it } from 'vitest';
import { makeChain } from '../../model/fixtures/documents';
import { addLane, connect, editDetails, editNode, reconnect, removeLane, removeRecords, type Operation } from '../../model/operations';
import { createReplicas, edit, sync, view } from './fixtures/replicas';

function concurrently(mine: Operation, theirs: Operation) {
  const [a, b] = createReplicas(makeChain(), 2);
  if (a === undefined || b === undefined) throw new Error('no replicas');
  expect(edit(a, mine)).toBe(true);
  expect(edit(b, theirs)).toBe(true);
  sync(a, b);
  sync(b, a);
  const merged = view(a);
  expect(view(b)).toEqual(merged);
  return merged;
}

describe('concurrent edits, merged', () => {
  it('drops an edge to a node the other removed', () => {
    const merged = concurrently(connect({ id: 'e9', source: 'start', target: 'b' }), removeRecords(['b'], []));
    expect(merged.nodes.map((node) => node.id)).not.toContain('b');
    expect(merged.edges.map((edge) => edge.id)).toEqual(['e1']);
  });

  it('unassigns a node put in a lane the other deleted', () => {
    const merged = concurrently(editNode('b', { laneId: 'sales' }), removeLane('sales'));
    expect(merged.lanes).toEqual([]);
    expect(merged.nodes.every((node) => node.laneId === undefined)).toBe(true);
  });

  it('keeps one of two connections of the same pair, the same one on both sides', () => {
    const merged = concurrently(connect({ id: 'e-mine', source: 'start', target: 'b' }), connect({ id: 'e-theirs', source: 'start', target: 'b', conversionRate: 0.2 }));
    expect(merged.edges.filter((edge) => edge.source === 'start' && edge.target === 'b').map((edge) => edge.id)).toEqual(['e-mine']);
  });

  it('keeps both edits to different fields of one node', () => {
    const merged = concurrently(editNode('a', { label: 'Qualified' }), editDetails('a', { owner: 'Ana' }));
    const node = merged.nodes.find((candidate) => candidate.id === 'a');
    expect(node?.label).toBe('Qualified');
    expect(node?.details?.owner).toBe('Ana');
  });

  it('drops an edge whose two ends were each moved onto the same node', () => {
    const merged = concurrently(reconnect('e2', { source: 'won', target: 'b' }), reconnect('e2', { source: 'a', target: 'won' }));
    expect(merged.edges.map((edge) => edge.id)).toEqual(['e1', 'e3']);
  });

  it('orders two lanes added at the same place by id, on both sides', () => {
    const merged = concurrently(addLane({ id: 'lane-z', label: 'Legal' }, 0), addLane({ id: 'lane-a', label: 'Finance' }, 0));
    expect(merged.lanes.map((lane) => lane.id)).toEqual(['lane-a', 'lane-z', 'sales']);
    expect(merged.lanes[0]?.order).toBe(merged.lanes[1]?.order);
  });

  it('keeps a note free when the node it was being attached to is removed', () => {
    const merged = concurrently(editNode('note', { attachedTo: 'b' }), removeRecords(['b'], []));
    expect(merged.nodes.find((node) => node.id === 'note')?.attachedTo).toBeUndefined();
  });
});
