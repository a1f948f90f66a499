import { describe, expect, it } from 'vitest';
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
    lanes: [],
    nodes: [{ id: 'n1', kind: 'stage', label: 'Stage', position: { x: 0, y: 0 }, size: { width: 160, height: 64 } }],
    edges: [],
  };
}

function moveTo(x: number) {
  return (document: SalesDocument): SalesDocument => ({
    ...document,
    nodes: document.nodes.map((node) => (node.id === 'n1' ? { ...node, position: { x, y: 0 } } : node)),
  });
}

const positionOf = (document: SalesDocument) => document.nodes[0]?.position.x;

describe('editor store history', () => {
  it('undoes twenty position updates of one drag in a single step', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().beginGesture();
    for (let step = 1; step <= 20; step += 1) store.getState().applyDuringGesture(moveTo(step * 10));
    store.getState().endGesture();

    expect(positionOf(store.getState().document)).toBe(200);
    expect(store.getState().history.past).toHaveLength(1);
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

  it('adds no step for selection changes', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().setSelection({ nodeIds: ['n1'], edgeIds: [] });
    store.getState().setSelection({ nodeIds: [], edgeIds: [] });
    expect(store.getState().history.past).toHaveLength(0);
    expect(store.getState().selection.nodeIds).toEqual([]);
  });

  it('keeps at most the last hundred steps, dropping the oldest', () => {
    const store = createEditorStore(documentWithOneNode());
    for (let step = 1; step <= HISTORY_LIMIT + 1; step += 1) store.getState().apply(moveTo(step));
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
    for (let step = 0; step < HISTORY_LIMIT; step += 1) store.getState().undo();
    // The step from 0 to 1 was dropped: the oldest reachable state is after the first move.
    expect(positionOf(store.getState().document)).toBe(1);
    store.getState().undo();
    expect(positionOf(store.getState().document)).toBe(1);
  });

  it('clears redo after a new action', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().apply(moveTo(5));
    store.getState().undo();
    store.getState().apply(moveTo(7));
    expect(store.getState().history.future).toHaveLength(0);
    store.getState().redo();
    expect(positionOf(store.getState().document)).toBe(7);
  });

  it('stamps updatedAt on every recorded change', () => {
    let clock = 1000;
    const store = createEditorStore(documentWithOneNode(), () => clock);
    store.getState().apply(moveTo(5));
    expect(store.getState().document.updatedAt).toBe(1000);
    clock = 2000;
    store.getState().beginGesture();
    store.getState().applyDuringGesture(moveTo(9));
    store.getState().endGesture();
    expect(store.getState().document.updatedAt).toBe(2000);
  });

  it('refuses every edit while read-only, and accepts them again after', () => {
    const store = createEditorStore(documentWithOneNode());
    store.getState().setReadOnly(true);
    store.getState().apply(moveTo(5));
    store.getState().applyDuringGesture(moveTo(6));
    store.getState().endGesture();
    expect(positionOf(store.getState().document)).toBe(0);
    expect(store.getState().history.past).toHaveLength(0);
    store.getState().setReadOnly(false);
    store.getState().apply(moveTo(7));
    expect(positionOf(store.getState().document)).toBe(7);
  });
});
