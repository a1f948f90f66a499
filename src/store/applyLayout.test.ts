import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { editNode } from '../model/operations';
import type { SalesDocument } from '../model/types';
import { applyLayout } from './applyLayout';
import { createEditorStore } from './editorStore';

// The layout's glide runs on animation frames; these tests drive the frames by hand.
let frames: FrameRequestCallback[] = [];
let clock = 0;

function stepFrame(ms: number): void {
  clock += ms;
  const due = frames;
  frames = [];
  for (const frame of due) frame(clock);
}

function laidOut(document: SalesDocument): SalesDocument {
  return { ...document, nodes: document.nodes.map((node, index) => ({ ...node, position: { x: index * 400, y: 80 } })) };
}

describe('applyLayout', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    frames = [];
    clock = 0;
  });

  it('glides, then lands as one undo step; an edit made during the glide is its own step and stays', async () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const before = makeChain();
    const store = createEditorStore(before);
    const target = laidOut(before);
    const done = applyLayout(store, target);

    stepFrame(100);
    const halfway = store.getState().document.nodes[1]!.position;
    expect(halfway).not.toEqual(before.nodes[1]!.position);
    expect(halfway).not.toEqual(target.nodes[1]!.position);
    store.getState().perform(editNode(before.nodes[0]!.id, { label: 'Typed during the glide' }));
    stepFrame(100);
    stepFrame(200);
    const result = await done;

    expect(result.ok).toBe(true);
    const after = store.getState().document;
    expect(after.nodes.map((node) => node.position)).toEqual(target.nodes.map((node) => node.position));
    expect(after.nodes[0]!.label).toBe('Typed during the glide');
    expect(store.getState().history.past).toHaveLength(2);

    store.getState().undo();
    expect(store.getState().document.nodes.map((node) => node.position)).toEqual(before.nodes.map((node) => node.position));
    expect(store.getState().document.nodes[0]!.label).toBe('Typed during the glide');
    store.getState().undo();
    expect(store.getState().document.nodes[0]!.label).toBe(before.nodes[0]!.label);
  });

  it('lands at once under reduced motion, as one step', async () => {
    vi.stubGlobal('matchMedia', () => ({ matches: true }));
    const before = makeChain();
    const store = createEditorStore(before);
    await applyLayout(store, laidOut(before));
    expect(store.getState().document.nodes.map((node) => node.position)).toEqual(laidOut(before).nodes.map((node) => node.position));
    expect(store.getState().history.past).toHaveLength(1);
  });
});
