import { describe, expect, it } from 'vitest';
import { makeChain } from '../fixtures/documents';
import type { SalesDocument } from '../types';
import { applyChanges } from './applyChanges';
import { invertChanges } from './changes';
import { addLane, addNode, applyLayoutChanges, assignLanes, connect, dragNodes, insertFragment, moveLane, moveNodes, reconnect, releaseDraggedNodes, removeLane, removeRecords, renameLane, replaceDocument, resizeNode } from './index';
import type { Operation } from './operation';
import { diffDocuments } from './diff';

function run(operation: Operation, on: SalesDocument) {
  const result = operation(on);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('structure operations', () => {
  const chain = makeChain();
  const [first, second] = chain.nodes;

  it('add a node with its kind’s defaults, described as one added record', () => {
    const start = run(addNode({ id: 's', kind: 'start', label: 'Leads', position: { x: 10, y: 20 } }), chain);
    expect(start.document.nodes.at(-1)).toEqual({ id: 's', kind: 'start', label: 'Leads', position: { x: 10, y: 20 }, size: { width: 140, height: 56 }, volume: 100 });
    expect(start.changes).toEqual([{ type: 'add', collection: 'nodes', record: start.document.nodes.at(-1), index: chain.nodes.length }]);
    const laneless = run(addNode({ id: 'x', kind: 'stage', label: 'S', position: { x: 0, y: 0 }, laneId: 'no-such-lane' }), chain);
    expect(laneless.document.nodes.at(-1)).not.toHaveProperty('laneId');
  });

  it('add a plain end with no outcome, and a won or lost end with its outcome; only an end keeps one', () => {
    const end = (id: string, outcome?: 'won' | 'lost') =>
      run(addNode({ id, kind: 'end', label: 'E', position: { x: 0, y: 0 }, ...(outcome ? { outcome } : {}) }), chain).document.nodes.at(-1);
    expect(end('plain')).not.toHaveProperty('outcome');
    expect(end('w', 'won')).toMatchObject({ outcome: 'won' });
    expect(end('l', 'lost')).toMatchObject({ outcome: 'lost' });
    const stage = run(addNode({ id: 's2', kind: 'stage', label: 'S', position: { x: 0, y: 0 }, outcome: 'won' }), chain);
    expect(stage.document.nodes.at(-1)).not.toHaveProperty('outcome');
  });

  it('connect, refusing a loop on one node and a repeated connection', () => {
    const edge = { id: 'new', source: second!.id, target: first!.id, label: 'Back' };
    expect(run(connect(edge), chain).changes).toEqual([{ type: 'add', collection: 'edges', record: edge, index: chain.edges.length }]);
    expect(connect({ id: 'loop', source: first!.id, target: first!.id })(chain)).toEqual({ ok: false, error: { code: 'self-loop' } });
    const existing = chain.edges[0]!;
    expect(connect({ id: 'again', source: existing.source, target: existing.target })(chain)).toEqual({
      ok: false,
      error: { code: 'duplicate-edge', existingId: existing.id },
    });
  });

  it('reconnect an edge’s end and drop its route, refusing a missing edge', () => {
    const routed = { ...chain, edges: chain.edges.map((edge, index) => (index === 0 ? { ...edge, points: [{ x: 1, y: 2 }] } : edge)) };
    const edge = routed.edges[0]!;
    const target = chain.nodes.at(-1)!.id;
    const moved = run(reconnect(edge.id, { source: edge.source, target }), routed);
    expect(moved.document.edges[0]).toMatchObject({ id: edge.id, source: edge.source, target });
    expect(moved.document.edges[0]).not.toHaveProperty('points');
    expect(reconnect('ghost', { source: first!.id, target })(chain)).toEqual({ ok: false, error: { code: 'not-found', id: 'ghost' } });
  });

  it('move and resize, describing only the fields that changed', () => {
    const moved = run(moveNodes(new Map([[first!.id, { x: 500, y: 600 }]])), chain);
    expect(moved.changes).toEqual([{ type: 'update', collection: 'nodes', id: first!.id, fields: [{ field: 'position', from: first!.position, to: { x: 500, y: 600 } }] }]);
    const resized = run(resizeNode(first!.id, first!.position, { width: 300, height: 90 }), chain);
    expect(resized.changes).toEqual([{ type: 'update', collection: 'nodes', id: first!.id, fields: [{ field: 'size', from: first!.size, to: { width: 300, height: 90 } }] }]);
    expect(resizeNode(first!.id, first!.position, { width: 0, height: 90 })(chain)).toMatchObject({ ok: false, error: { code: 'out-of-limits' } });
  });

  it('drop a stored route a moved or grown node now blocks, and keep the routes it leaves clear', () => {
    const [a, b, c] = [first!, second!, chain.nodes[2]!];
    const across = { id: 'across', source: a.id, target: b.id, points: [{ x: 0, y: 2000 }, { x: 800, y: 2000 }] };
    const elsewhere = { id: 'elsewhere', source: a.id, target: b.id, points: [{ x: 0, y: 3000 }, { x: 800, y: 3000 }] };
    const routed = { ...chain, edges: [...chain.edges.filter((edge) => edge.source !== a.id || edge.target !== b.id), across, elsewhere] };
    const into = run(moveNodes(new Map([[c.id, { x: 300, y: 2000 - c.size.height / 2 }]])), routed).document;
    expect(into.edges.find((edge) => edge.id === 'across')).not.toHaveProperty('points');
    expect(into.edges.find((edge) => edge.id === 'elsewhere')?.points).toEqual(elsewhere.points);
    // Within the routes' 10 units of air counts as blocking; 11 units away does not.
    const near = run(moveNodes(new Map([[c.id, { x: 300, y: 2000 - c.size.height - 9 }]])), routed).document;
    expect(near.edges.find((edge) => edge.id === 'across')).not.toHaveProperty('points');
    const clear = run(moveNodes(new Map([[c.id, { x: 300, y: 2000 - c.size.height - 11 }]])), routed).document;
    expect(clear.edges.find((edge) => edge.id === 'across')?.points).toEqual(across.points);
    const grown = run(resizeNode(c.id, { x: 300, y: 2000 - c.size.height - 30 }, { width: c.size.width, height: c.size.height + 40 }), routed).document;
    expect(grown.edges.find((edge) => edge.id === 'across')).not.toHaveProperty('points');
    // A drag keeps the routes it passes over until the drop.
    const dragging = run(dragNodes(new Map([[c.id, { x: 300, y: 2000 - c.size.height / 2 }]])), routed).document;
    expect(dragging.edges.find((edge) => edge.id === 'across')?.points).toEqual(across.points);
    const released = run(releaseDraggedNodes([c.id]), dragging).document;
    expect(released.edges.find((edge) => edge.id === 'across')).not.toHaveProperty('points');
    expect(released.edges.find((edge) => edge.id === 'elsewhere')?.points).toEqual(elsewhere.points);
  });

  it('remove nodes with the edges touching them, and bring them back exactly', () => {
    const removed = run(removeRecords([second!.id], []), chain);
    expect(removed.document.nodes.some((node) => node.id === second!.id)).toBe(false);
    expect(removed.document.edges.some((edge) => edge.source === second!.id || edge.target === second!.id)).toBe(false);
    expect(applyChanges(removed.document, invertChanges(removed.changes))).toStrictEqual(chain);
  });

  it('refuse a paste that would pass the edge cap whole', () => {
    const fragment = { nodes: [{ ...first!, id: 'copy' }], edges: [] };
    expect(run(insertFragment(fragment), chain).document.nodes).toHaveLength(chain.nodes.length + 1);
  });

  it('keep lanes in the order of their keys: a move changes one lane’s key', () => {
    let doc: SalesDocument = { ...chain, lanes: [], nodes: chain.nodes.map(({ laneId: _laneId, ...node }) => node) };
    for (const label of ['Sales', 'Legal', 'Finance']) doc = run(addLane({ id: label.toLowerCase(), label }), doc).document;
    const moved = run(moveLane('finance', 0), doc);
    expect(moved.document.lanes.map((lane) => lane.id)).toEqual(['finance', 'sales', 'legal']);
    expect(moved.changes).toHaveLength(1);
    expect(moved.changes[0]).toMatchObject({ type: 'update', collection: 'lanes', id: 'finance' });
    // Applying the change to the document sorts the lanes by their keys again.
    expect(applyChanges(doc, moved.changes).lanes.map((lane) => lane.id)).toEqual(['finance', 'sales', 'legal']);
    const assigned = run(assignLanes(new Map([[first!.id, 'legal']])), moved.document);
    expect(assigned.document.nodes[0]!.laneId).toBe('legal');
    const renamed = run(renameLane('legal', 'Legal & compliance'), assigned.document);
    expect(renamed.document.lanes[2]!.label).toBe('Legal & compliance');
    const removed = run(removeLane('legal'), renamed.document);
    expect(removed.document.nodes[0]).not.toHaveProperty('laneId');
    expect(applyChanges(removed.document, invertChanges(removed.changes))).toStrictEqual(renamed.document);
  });

  it('replace the content as changes, keeping the identity', () => {
    const other = { ...makeChain(), id: 'other', createdAt: 5, title: 'Other', nodes: makeChain().nodes.slice(0, 2), edges: makeChain().edges.slice(0, 1) };
    const replaced = run(replaceDocument(other), chain);
    expect(replaced.document).toMatchObject({ id: chain.id, createdAt: chain.createdAt, title: 'Other' });
    expect(replaced.changes.every((change) => change.type !== 'add')).toBe(true);
    expect(applyChanges(replaced.document, invertChanges(replaced.changes))).toStrictEqual(chain);
  });

  it('take a layout’s changes onto a document edited meanwhile, keeping the edit', () => {
    const laidOut = { ...chain, nodes: chain.nodes.map((node, index) => ({ ...node, position: { x: index * 300, y: 40 } })) };
    const layoutChanges = diffDocuments(chain, laidOut);
    const edited = { ...chain, nodes: chain.nodes.map((node, index) => (index === 1 ? { ...node, label: 'Typed meanwhile' } : node)) };
    const result = run(applyLayoutChanges(layoutChanges), edited);
    expect(result.document.nodes.map((node) => node.position)).toEqual(laidOut.nodes.map((node) => node.position));
    expect(result.document.nodes[1]!.label).toBe('Typed meanwhile');
  });
});
