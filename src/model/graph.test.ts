import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { makeChain, makeDocument, makeEdge, makeNode } from './fixtures/documents';
import {
  addEdge,
  addLane,
  addNode,
  buildIndex,
  checkConnection,
  cloneSelection,
  dropDanglingEdges,
  insertFragment,
  moveLane,
  moveNodes,
  reconnectEdge,
  removeEdges,
  removeLane,
  removeNodes,
  renameLane,
  updateEdge,
  updateLane,
  updateNode,
} from './graph';
import type { SalesDocument } from './types';
import { checkInvariants } from './validate';

function frozenChain(): SalesDocument {
  return deepFreeze(makeChain());
}

function counter(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}${(next += 1)}`;
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

describe('buildIndex', () => {
  it('indexes nodes, edges and lanes, and lists edges in and out of every node', () => {
    const index = buildIndex(frozenChain());
    expect(index.nodesById.get('a')?.kind).toBe('stage');
    expect(index.edgesById.get('e2')?.target).toBe('b');
    expect(index.lanesById.get('sales')?.label).toBe('Sales');
    expect(ids(index.outgoing.get('a') ?? [])).toEqual(['e2']);
    expect(ids(index.incoming.get('a') ?? [])).toEqual(['e1']);
    expect(index.outgoing.get('won')).toEqual([]);
    expect(index.incoming.get('note')).toEqual([]);
  });

  it('treats ids such as __proto__ as ordinary keys', () => {
    const doc = makeDocument({
      nodes: [makeNode('__proto__'), makeNode('constructor')],
      edges: [makeEdge('toString', '__proto__', 'constructor')],
    });
    const index = buildIndex(doc);
    expect(index.nodesById.get('__proto__')?.id).toBe('__proto__');
    expect(ids(index.outgoing.get('__proto__') ?? [])).toEqual(['toString']);
    expect(index.outgoing.get('hasOwnProperty')).toBeUndefined();
  });
});

describe('node operations', () => {
  it('addNode appends without touching the input', () => {
    const doc = frozenChain();
    const next = addNode(doc, makeNode('c'));
    expect(ids(next.nodes)).toEqual(['start', 'a', 'b', 'won', 'note', 'c']);
    expect(doc.nodes).toHaveLength(5);
  });

  it('updateNode changes the given fields, removes undefined ones and keeps the id', () => {
    const doc = frozenChain();
    const next = updateNode(doc, 'a', {
      label: 'Discovery',
      laneId: undefined,
      details: { owner: 'AE' },
      ...({ id: 'hijack' } as object),
    });
    const node = next.nodes[1];
    expect(node).toMatchObject({ id: 'a', label: 'Discovery', details: { owner: 'AE' } });
    expect(node).not.toHaveProperty('laneId');
    expect(next.nodes[0]).toBe(doc.nodes[0]);
    expect(doc.nodes[1]?.laneId).toBe('sales');
  });

  it('updateNode returns the same document for an unknown id', () => {
    const doc = frozenChain();
    expect(updateNode(doc, 'ghost', { label: 'x' })).toBe(doc);
  });

  it('removeNodes drops the nodes, the edges touching them and attachments to them', () => {
    const doc = frozenChain();
    const next = removeNodes(doc, ['a']);
    expect(ids(next.nodes)).toEqual(['start', 'b', 'won', 'note']);
    expect(ids(next.edges)).toEqual(['e3']);
    expect(next.nodes.find((node) => node.id === 'note')).not.toHaveProperty('attachedTo');
    expect(checkInvariants(next)).toBeNull();
    expect(removeNodes(doc, ['ghost'])).toBe(doc);
  });

  it('moveNodes moves only the given nodes and clears routes that touch them', () => {
    const doc = frozenChain();
    const next = moveNodes(doc, new Map([['b', { x: 10, y: 20 }]]));
    expect(next.nodes[2]?.position).toEqual({ x: 10, y: 20 });
    expect(next.nodes[1]).toBe(doc.nodes[1]);
    expect(next.edges[1]).not.toHaveProperty('points');
    expect(next.edges[1]).not.toHaveProperty('labelAt');
    expect(next.edges[0]).toBe(doc.edges[0]);
    expect(doc.edges[1]?.points).toEqual([{ x: 300, y: 30 }]);
    expect(moveNodes(doc, new Map([['a', { x: 200, y: 0 }]]))).toBe(doc);
  });
});

describe('edge operations', () => {
  it('addEdge adds a new connection', () => {
    const doc = frozenChain();
    const result = addEdge(doc, makeEdge('e4', 'a', 'won'));
    expect(result.ok && ids(result.value.edges)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('addEdge refuses a self-loop', () => {
    expect(addEdge(frozenChain(), makeEdge('e4', 'a', 'a'))).toEqual({ ok: false, error: { code: 'self-loop' } });
  });

  it('addEdge refuses a second edge with the same source and target, but not the reverse', () => {
    const doc = frozenChain();
    expect(addEdge(doc, makeEdge('e4', 'a', 'b'))).toEqual({
      ok: false,
      error: { code: 'duplicate-edge', existingId: 'e2' },
    });
    expect(addEdge(doc, makeEdge('e4', 'b', 'a')).ok).toBe(true);
  });

  it('addEdge refuses a missing end or a taken id', () => {
    const doc = frozenChain();
    expect(addEdge(doc, makeEdge('e4', 'a', 'ghost'))).toEqual({
      ok: false,
      error: { code: 'missing-node', id: 'ghost' },
    });
    expect(addEdge(doc, makeEdge('e1', 'b', 'a'))).toEqual({ ok: false, error: { code: 'duplicate-id', id: 'e1' } });
  });

  it('checkConnection can ignore the edge being reconnected', () => {
    const doc = frozenChain();
    expect(checkConnection(doc, 'a', 'b')).toEqual({ code: 'duplicate-edge', existingId: 'e2' });
    expect(checkConnection(doc, 'a', 'b', 'e2')).toBeNull();
  });

  it('reconnectEdge moves the ends, sets the handles and drops the stale route', () => {
    const doc = frozenChain();
    const result = reconnectEdge(doc, 'e2', { source: 'a', target: 'won', targetHandle: 'top' });
    expect(result.ok && result.value.edges[1]).toEqual({
      id: 'e2',
      source: 'a',
      target: 'won',
      targetHandle: 'top',
      conversionRate: 0.5,
    });
    expect(reconnectEdge(doc, 'e2', { source: 'b', target: 'won' })).toEqual({
      ok: false,
      error: { code: 'duplicate-edge', existingId: 'e3' },
    });
    expect(reconnectEdge(doc, 'e2', { source: 'a', target: 'a' }).ok).toBe(false);
  });

  it('updateEdge patches fields but never the ends', () => {
    const doc = frozenChain();
    const next = updateEdge(doc, 'e2', {
      label: 'Qualified',
      conversionRate: undefined,
      ...({ source: 'won' } as object),
    });
    expect(next.edges[1]).toEqual({ id: 'e2', source: 'a', target: 'b', label: 'Qualified', points: [{ x: 300, y: 30 }], labelAt: { x: 300, y: 60 } });
    expect(updateEdge(doc, 'ghost', { label: 'x' })).toBe(doc);
  });

  it('removeEdges removes only the given edges', () => {
    const doc = frozenChain();
    expect(ids(removeEdges(doc, ['e1', 'e3']).edges)).toEqual(['e2']);
    expect(removeEdges(doc, ['ghost'])).toBe(doc);
  });

  it('dropDanglingEdges removes edges whose ends are gone', () => {
    const doc = deepFreeze({ ...makeChain(), nodes: makeChain().nodes.filter((node) => node.id !== 'b') });
    expect(ids(dropDanglingEdges(doc).edges)).toEqual(['e1']);
    const clean = frozenChain();
    expect(dropDanglingEdges(clean)).toBe(clean);
  });
});

describe('cloneSelection and insertFragment', () => {
  it('copies nodes with fresh ids, remapping edges between them and dropping the rest', () => {
    const doc = frozenChain();
    const fragment = cloneSelection(doc, ['b', 'a', 'note'], counter('x'), { x: 40, y: 40 });
    expect(ids(fragment.nodes)).toEqual(['x1', 'x2', 'x3']);
    const [a, b, note] = fragment.nodes;
    expect(a).toMatchObject({ label: 'a', laneId: 'sales', position: { x: 240, y: 40 } });
    expect(b?.position).toEqual({ x: 440, y: 40 });
    expect(note?.attachedTo).toBe('x1');
    expect(fragment.edges).toEqual([
      { id: 'x4', source: 'x1', target: 'x2', conversionRate: 0.5, points: [{ x: 340, y: 70 }], labelAt: { x: 340, y: 100 } },
    ]);
  });

  it('drops an attachment to a node that was not copied', () => {
    const fragment = cloneSelection(frozenChain(), ['note'], counter('x'), { x: 0, y: 0 });
    expect(fragment.nodes[0]).not.toHaveProperty('attachedTo');
    expect(fragment.edges).toEqual([]);
  });

  it('gives copies their own nested objects', () => {
    const doc = makeDocument({ nodes: [makeNode('a', 'stage', { details: { owner: 'AE' }, style: { fill: '#fff' } })] });
    const [copy] = cloneSelection(doc, ['a'], counter('x'), { x: 0, y: 0 }).nodes;
    expect(copy?.details).not.toBe(doc.nodes[0]?.details);
    expect(copy?.style).not.toBe(doc.nodes[0]?.style);
    expect(copy?.size).not.toBe(doc.nodes[0]?.size);
  });

  it('pastes a copy back into a document that stays valid', () => {
    const doc = frozenChain();
    const next = insertFragment(doc, cloneSelection(doc, ['a', 'b', 'note'], counter('x'), { x: 0, y: 200 }));
    expect(next.nodes).toHaveLength(8);
    expect(next.edges).toHaveLength(4);
    expect(checkInvariants(next)).toBeNull();
    expect(doc.nodes).toHaveLength(5);
  });

  it('keeps the invariants whatever the fragment holds', () => {
    const doc = frozenChain();
    const next = insertFragment(doc, {
      nodes: [
        makeNode('a', 'stage', { label: 'taken id' }),
        makeNode('c', 'stage', { laneId: 'legal' }),
        makeNode('n2', 'note', { attachedTo: 'ghost' }),
      ],
      edges: [
        makeEdge('f1', 'c', 'a'),
        makeEdge('f2', 'c', 'ghost'),
        makeEdge('f3', 'c', 'c'),
        makeEdge('e1', 'a', 'c'),
        makeEdge('f4', 'a', 'b'),
        makeEdge('f5', 'c', 'a'),
      ],
    });
    expect(ids(next.nodes)).toEqual(['start', 'a', 'b', 'won', 'note', 'c', 'n2']);
    expect(next.nodes[1]).toBe(doc.nodes[1]);
    expect(next.nodes[5]).not.toHaveProperty('laneId');
    expect(next.nodes[6]).not.toHaveProperty('attachedTo');
    expect(ids(next.edges)).toEqual(['e1', 'e2', 'e3', 'f1']);
    expect(checkInvariants(next)).toBeNull();
  });
});

describe('lane operations', () => {
  const withLanes = () =>
    deepFreeze(
      makeDocument({
        lanes: [
          { order: 'k0261011', id: 'l1', label: 'Sales' },
          { order: 'k0262011', id: 'l2', label: 'Legal' },
          { order: 'k0263011', id: 'l3', label: 'Finance' },
        ],
        nodes: [makeNode('a', 'stage', { laneId: 'l2' }), makeNode('b', 'stage', { laneId: 'l1' })],
      }),
    );

  it('addLane inserts at an index, clamped', () => {
    const doc = withLanes();
    expect(ids(addLane(doc, { id: 'l4', label: 'CS' }).lanes)).toEqual(['l1', 'l2', 'l3', 'l4']);
    expect(ids(addLane(doc, { id: 'l4', label: 'CS' }, 1).lanes)).toEqual(['l1', 'l4', 'l2', 'l3']);
    expect(ids(addLane(doc, { id: 'l4', label: 'CS' }, -5).lanes)).toEqual(['l4', 'l1', 'l2', 'l3']);
  });

  it('renameLane and updateLane change only that lane', () => {
    const doc = withLanes();
    const renamed = renameLane(doc, 'l2', 'Contracts');
    expect(renamed.lanes.map((lane) => lane.label)).toEqual(['Sales', 'Contracts', 'Finance']);
    expect(updateLane(doc, 'l3', { color: '#fee' }).lanes[2]).toEqual({ id: 'l3', label: 'Finance', color: '#fee', order: doc.lanes[2]!.order });
    expect(renameLane(doc, 'ghost', 'x')).toBe(doc);
  });

  it('moveLane reorders the bands', () => {
    const doc = withLanes();
    expect(ids(moveLane(doc, 'l1', 2).lanes)).toEqual(['l2', 'l3', 'l1']);
    expect(ids(moveLane(doc, 'l3', 0).lanes)).toEqual(['l3', 'l1', 'l2']);
    expect(ids(moveLane(doc, 'l2', 99).lanes)).toEqual(['l1', 'l3', 'l2']);
    expect(moveLane(doc, 'l2', 1)).toBe(doc);
  });

  it('removeLane keeps its nodes, unassigned', () => {
    const doc = withLanes();
    const next = removeLane(doc, 'l2');
    expect(ids(next.lanes)).toEqual(['l1', 'l3']);
    expect(ids(next.nodes)).toEqual(['a', 'b']);
    expect(next.nodes[0]).not.toHaveProperty('laneId');
    expect(next.nodes[1]).toBe(doc.nodes[1]);
    expect(checkInvariants(next)).toBeNull();
  });
});

describe('any sequence of operations', () => {
  it('keeps a valid document valid and never mutates its input', () => {
    const nodeId = fc.constantFrom('start', 'a', 'b', 'won', 'note', 'n1', 'n2');
    const operation = fc.oneof(
      fc.record({ op: fc.constant('add' as const), id: nodeId }),
      fc.record({ op: fc.constant('remove' as const), ids: fc.array(nodeId, { maxLength: 2 }) }),
      fc.record({ op: fc.constant('connect' as const), source: nodeId, target: nodeId }),
      fc.record({ op: fc.constant('paste' as const), ids: fc.array(nodeId, { maxLength: 3 }) }),
      fc.record({ op: fc.constant('removeLane' as const) }),
      fc.record({ op: fc.constant('move' as const), id: nodeId, x: fc.integer({ min: -500, max: 500 }) }),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 12 }), (operations) => {
        let doc = frozenChain();
        let fresh = 0;
        const newId = () => `f${(fresh += 1)}`;
        for (const step of operations) {
          const previous = doc;
          const snapshot = structuredClone(previous);
          if (step.op === 'add' && !doc.nodes.some((node) => node.id === step.id)) {
            doc = addNode(doc, makeNode(step.id));
          } else if (step.op === 'remove') {
            doc = removeNodes(doc, step.ids);
          } else if (step.op === 'connect') {
            const result = addEdge(doc, makeEdge(newId(), step.source, step.target));
            if (result.ok) doc = result.value;
          } else if (step.op === 'paste') {
            doc = insertFragment(doc, cloneSelection(doc, step.ids, newId, { x: 20, y: 20 }));
          } else if (step.op === 'removeLane') {
            doc = removeLane(doc, 'sales');
          } else if (step.op === 'move') {
            doc = moveNodes(doc, new Map([[step.id, { x: step.x, y: 0 }]]));
          }
          expect(checkInvariants(doc)).toBeNull();
          expect(previous).toEqual(snapshot);
          doc = deepFreeze(doc);
        }
      }),
    );
  });
});
