import { describe, expect, it } from 'vitest';
import { addNode, editNode, moveNodes, replaceDocument } from '../model/operations';
import type { SalesDocument } from '../model/types';
import { createEditorStore } from './editorStore';
import { HISTORY_LIMIT } from './history';

function documentWithOneNode(): SalesDocument {
  return {
    id: 'doc',
    title: 'Test',
    createdAt: 0,
    updatedAt: 0,
    settings: { direction: 'LR', gridSize: 20, snapToGrid: true, period: 'month', currency: 'USD' },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes: [],
    nodes: [{ id: 'n1', kind: 'stage', label: 'Stage', position: { x: 0, y: 0 }, size: { width: 160, height: 64 } }],
    edges: [],
  };
}

const moveTo = (x: number) => moveNodes(new Map([['n1', { x, y: 0 }]]));
const positionOf = (document: SalesDocument) => document.nodes[0]?.position.x;
const labelOf = (document: SalesDocument) => document.nodes[0]?.label;

describe('editor store history', () => {
  it('undoes twenty position updates of one drag in a single step', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().beginGesture();
    for (let step = 1; step <= 20; step += 1) store.getState().performDuringGesture(moveTo(step * 10));
    store.getState().endGesture();

    expect(positionOf(store.getState().document)).toBe(200);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().history.past[0]?.changes).toEqual([
      { type: 'update', collection: 'nodes', id: 'n1', fields: [{ field: 'position', from: { x: 0, y: 0 }, to: { x: 200, y: 0 } }] },
    ]);
    store.getState().undo();
    expect(positionOf(store.getState().document)).toBe(0);
    store.getState().redo();
    expect(positionOf(store.getState().document)).toBe(200);
  });

  it('records no step for a gesture that changed nothing', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().beginGesture();
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('keeps an edit made during a gesture as a step of its own, and the gesture does not undo it', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().beginGesture();
    store.getState().performDuringGesture(moveTo(40));
    store.getState().perform(editNode('n1', { label: 'Typed meanwhile' }));
    store.getState().performDuringGesture(moveTo(80));
    store.getState().endGesture();
    expect(store.getState().history.past).toHaveLength(2);
    store.getState().undo();
    expect(positionOf(store.getState().document)).toBe(0);
    expect(labelOf(store.getState().document)).toBe('Typed meanwhile');
    store.getState().undo();
    expect(labelOf(store.getState().document)).toBe('Stage');
  });

  it('adds no step for selection changes', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().setSelection({ nodeIds: ['n1'], edgeIds: [] });
    store.getState().setSelection({ nodeIds: [], edgeIds: [] });
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().selection.nodeIds).toEqual([]);
  });

  it('keeps at most the last hundred steps, dropping the oldest', () => {
    const store = createEditorStore(documentWithOneNode());
    for (let step = 1; step <= HISTORY_LIMIT + 1; step += 1) store.getState().perform(moveTo(step));
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let step = 0; step < HISTORY_LIMIT; step += 1) store.getState().undo();
    // The step from 0 to 1 was dropped: the oldest reachable state is after the first move.
    expect(positionOf(store.getState().document)).toBe(1);
    store.getState().undo();
    expect(positionOf(store.getState().document)).toBe(1);
  });

  it('clears redo after a new action', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().perform(moveTo(5));
    store.getState().undo();
    store.getState().perform(moveTo(7));
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(positionOf(store.getState().document)).toBe(7);
  });

  it('stamps updatedAt on every recorded change, on undo and on redo', () => {
    let clock = 1000;
    const store = createEditorStore(documentWithOneNode(), () => clock);
    store.getState().perform(moveTo(5));
    expect(store.getState().document.updatedAt).toBe(1000);
    clock = 2000;
    store.getState().beginGesture();
    store.getState().performDuringGesture(moveTo(9));
    store.getState().endGesture();
    expect(store.getState().document.updatedAt).toBe(2000);
    clock = 3000;
    store.getState().undo();
    expect(store.getState().document.updatedAt).toBe(3000);
    clock = 4000;
    store.getState().redo();
    expect(store.getState().document.updatedAt).toBe(4000);
  });

  it('refuses every operation while read-only, says why, and accepts them again after', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().perform(moveTo(3));
    store.getState().setReadOnly(true);
    expect(store.getState().perform(moveTo(5))).toEqual({ ok: false, error: { code: 'read-only' } });
    store.getState().performDuringGesture(moveTo(6));
    store.getState().endGesture();
    store.getState().perform(addNode({ id: 'n2', kind: 'stage', label: 'S', position: { x: 0, y: 0 } }));
    store.getState().undo();
    expect(positionOf(store.getState().document)).toBe(3);
    expect(store.getState().document.nodes).toHaveLength(1);
    expect(store.getState().history.past).toHaveLength(1);
    expect(store.getState().notices.map((notice) => notice.key)).toContain('notice.readOnly');
    store.getState().setReadOnly(false);
    store.getState().perform(moveTo(7));
    expect(positionOf(store.getState().document)).toBe(7);
  });

  it('replaces the content as changes: one undo brings the old content back, identity kept', () => {
    const store = createEditorStore(documentWithOneNode());
    const other: SalesDocument = { ...documentWithOneNode(), id: 'other', title: 'Imported', createdAt: 99, nodes: [] };
    store.getState().perform(replaceDocument(other));
    expect(store.getState().document).toMatchObject({ id: 'doc', title: 'Imported', createdAt: 0, nodes: [] });
    store.getState().undo();
    expect(store.getState().document).toMatchObject({ id: 'doc', title: 'Test', nodes: documentWithOneNode().nodes });
  });
});


describe('undo and redo beside a collaborator (issue 23)', () => {
  const remoteLabel = (from: string, to: string) => [
    { type: 'update' as const, collection: 'nodes' as const, id: 'n1', fields: [{ field: 'label' as const, from, to }] },
  ];

  it('takes back only this person\'s own fields: a label a collaborator changed since stays theirs', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().perform(editNode('n1', { label: 'Mine', details: { owner: 'Me' } }));
    store.getState().applyRemote(remoteLabel('Mine', 'Theirs'));
    store.getState().undo();
    expect(labelOf(store.getState().document)).toBe('Theirs');
    expect(store.getState().document.nodes[0]?.details).toBeUndefined();
    store.getState().redo();
    expect(labelOf(store.getState().document)).toBe('Theirs');
    expect(store.getState().document.nodes[0]?.details).toEqual({ owner: 'Me' });
  });

  it('redoes no field a collaborator changed after the undo', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().perform(editNode('n1', { label: 'Mine' }));
    store.getState().undo();
    expect(labelOf(store.getState().document)).toBe('Stage');
    store.getState().applyRemote(remoteLabel('Stage', 'Theirs'));
    store.getState().redo();
    expect(labelOf(store.getState().document)).toBe('Theirs');
  });

  it('still undoes an add whose record a collaborator edited since, and the removal of a record they removed too is no error', () => {
    const store = createEditorStore(documentWithOneNode());
    const added = store.getState().perform(addNode({ id: 'n2', kind: 'stage', label: 'New', position: { x: 300, y: 0 } }));
    expect(added.ok).toBe(true);
    const newId = 'n2';
    store.getState().applyRemote([{ type: 'update', collection: 'nodes', id: newId, fields: [{ field: 'label', from: 'New', to: 'Renamed by them' }] }]);
    store.getState().undo();
    expect(store.getState().document.nodes.map((node) => node.id)).toEqual(['n1']);
    store.getState().redo();
    const gone = store.getState().document.nodes.find((node) => node.id === newId)!;
    store.getState().applyRemote([{ type: 'remove', collection: 'nodes', record: gone, index: 1 }]);
    store.getState().undo();
    expect(store.getState().document.nodes.map((node) => node.id)).toEqual(['n1']);
  });
});
