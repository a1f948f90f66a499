import { describe, it, expect } from 'vitest';
import { makeChain, makeDocument, makeEdge, makeNode } from './fixtures/documents';
import { checkInvariants } from './validate';

describe('checkInvariants', () => {
  it('accepts a consistent document', () => {
    expect(checkInvariants(makeChain())).toBeNull();
  });

  it('reports the second occurrence of a duplicate node id', () => {
    const doc = makeDocument({ nodes: [makeNode('a'), makeNode('b'), makeNode('a')] });
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'nodes[2].id', reason: 'duplicate-id' });
  });

  it('detects duplicates of ids that are Object.prototype property names', () => {
    const doc = makeDocument({ nodes: [makeNode('__proto__'), makeNode('constructor'), makeNode('__proto__')] });
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'nodes[2].id', reason: 'duplicate-id' });
    const fine = makeDocument({ nodes: [makeNode('__proto__'), makeNode('constructor'), makeNode('toString')] });
    expect(checkInvariants(fine)).toBeNull();
  });

  it('reports duplicate edge and lane ids', () => {
    const edges = makeDocument({
      nodes: [makeNode('a'), makeNode('b')],
      edges: [makeEdge('e', 'a', 'b'), makeEdge('e', 'b', 'a')],
    });
    expect(checkInvariants(edges)).toEqual({ code: 'invalid', path: 'edges[1].id', reason: 'duplicate-id' });
    const lanes = makeDocument({ lanes: [{ order: 'k0028042', id: 'l', label: 'A' }, { order: 'k0028067', id: 'l', label: 'B' }] });
    expect(checkInvariants(lanes)).toEqual({ code: 'invalid', path: 'lanes[1].id', reason: 'duplicate-id' });
  });

  it('allows a node and an edge to share an id, as React Flow keeps them apart', () => {
    const doc = makeDocument({ nodes: [makeNode('x'), makeNode('b')], edges: [makeEdge('x', 'x', 'b')] });
    expect(checkInvariants(doc)).toBeNull();
  });

  it('reports an edge whose source or target is missing', () => {
    const doc = makeDocument({
      nodes: [makeNode('a'), makeNode('b')],
      edges: [makeEdge('e0', 'a', 'b'), makeEdge('e1', 'ghost', 'b'), makeEdge('e2', 'a', 'ghost')],
    });
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'edges[1].source', reason: 'missing-node' });
    doc.edges.splice(1, 1);
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'edges[1].target', reason: 'missing-node' });
  });

  it('refuses an edge from a node to itself', () => {
    const doc = makeDocument({ nodes: [makeNode('a')], edges: [makeEdge('e', 'a', 'a')] });
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'edges[0].target', reason: 'self-loop' });
  });

  it('refuses a node in a lane that does not exist', () => {
    const doc = makeDocument({
      lanes: [{ order: 'k0054015', id: 'sales', label: 'Sales' }],
      nodes: [makeNode('a', 'stage', { laneId: 'sales' }), makeNode('b', 'stage', { laneId: 'legal' })],
    });
    expect(checkInvariants(doc)).toEqual({ code: 'invalid', path: 'nodes[1].laneId', reason: 'missing-lane' });
  });

  it('refuses a note attached to a missing node or to itself', () => {
    const missing = makeDocument({ nodes: [makeNode('n', 'note', { attachedTo: 'ghost' })] });
    expect(checkInvariants(missing)).toEqual({
      code: 'invalid',
      path: 'nodes[0].attachedTo',
      reason: 'missing-attachment',
    });
    const itself = makeDocument({ nodes: [makeNode('n', 'note', { attachedTo: 'n' })] });
    expect(checkInvariants(itself)).toMatchObject({ reason: 'missing-attachment' });
  });
});
