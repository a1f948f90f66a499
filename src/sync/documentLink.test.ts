import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, editTitle, moveNodes } from '../model/operations';
import { sampleDocument } from '../model/sample';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { docToYjs } from './binding/docToYjs';
import type { Scheduler } from '../lib/throttled';
import { linkDocument, type DocumentHost } from './documentLink';

// At once, so the test reads each side right after the other's edit.
const now: Scheduler = (task) => {
  task();
  return () => undefined;
};
const atOnce = { pull: now, write: now };

/** A scheduler that keeps its tasks until the test runs them. */
function held(): { scheduler: Scheduler; tasks: (() => void)[] } {
  const tasks: (() => void)[] = [];
  return {
    tasks,
    scheduler: (task) => {
      tasks.push(task);
      return () => undefined;
    },
  };
}

function hostOf(store: EditorStore): DocumentHost {
  return {
    current: () => store.getState().document,
    applyRemote: (changes) => store.getState().applyRemote(changes),
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        // A gesture's end too: its last moves, held by the throttle, then go out at once.
        if (state.document !== previous.document || (previous.gestureStart !== null && state.gestureStart === null)) listener(state.document);
      }),
    inGesture: () => store.getState().gestureStart !== null,
  };
}

// Two replicas that pass every update to each other at once, as the server would.
function connected(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(b, update, 'wire'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'wire' && Y.applyUpdate(a, update, 'wire'));
  return [a, b];
}

describe('document link', () => {
  it("brings a store to the shared document and shows each side the other's edits, outside its own history", () => {
    const shared = sampleDocument({ id: 'doc', title: 'Shared' });
    const [ydocA, ydocB] = connected();
    docToYjs(shared, ydocA);
    const a = createEditorStore(shared);
    // B opens an older copy of the document: the link brings it to what the Y.Doc holds.
    const b = createEditorStore({ ...shared, title: 'Old copy', nodes: [] });
    linkDocument(ydocA, hostOf(a), atOnce);
    linkDocument(ydocB, hostOf(b), atOnce);
    expect(b.getState().document.title).toBe('Shared');
    expect(b.getState().document.nodes).toHaveLength(shared.nodes.length);

    a.getState().perform(addNode({ id: 'new-stage', kind: 'stage', label: 'Demo', position: { x: 900, y: 40 } }));
    b.getState().perform(editTitle('Renamed by B'));
    expect(b.getState().document.nodes.some((node) => node.id === 'new-stage')).toBe(true);
    expect(a.getState().document.title).toBe('Renamed by B');
    // Each side's history holds its own step only.
    expect(a.getState().history.past).toHaveLength(1);
    expect(b.getState().history.past).toHaveLength(1);

    // Undo in A takes back A's node everywhere and leaves B's title.
    a.getState().undo();
    expect(b.getState().document.nodes.some((node) => node.id === 'new-stage')).toBe(false);
    expect(b.getState().document.title).toBe('Renamed by B');
  });
});

describe('document link under a stream of remote updates', () => {
  it('reads updates that arrive together once, and still ends equal', () => {
    const shared = sampleDocument({ id: 'doc', title: 'Shared' });
    const [ydocA, ydocB] = connected();
    docToYjs(shared, ydocA);
    const a = createEditorStore(shared);
    const b = createEditorStore(shared);
    linkDocument(ydocA, hostOf(a), atOnce);
    const { scheduler, tasks: pending } = held();
    linkDocument(ydocB, hostOf(b), { pull: scheduler, write: now });
    pending.splice(0);
    for (const title of ['One', 'Two', 'Three']) a.getState().perform(editTitle(title));
    expect(pending).toHaveLength(1);
    expect(b.getState().document.title).toBe('Shared');
    pending[0]!();
    expect(b.getState().document.title).toBe('Three');
  });
});

describe('document link during a drag', () => {
  it('writes the moves of a drag as one update per write turn, its drop at once, and the last move when unlinked', () => {
    const shared = sampleDocument({ id: 'doc', title: 'Shared' });
    const [ydocA, ydocB] = connected();
    docToYjs(shared, ydocA);
    const a = createEditorStore(shared);
    const b = createEditorStore(shared);
    const writes = held();
    const unlink = linkDocument(ydocA, hostOf(a), { pull: now, write: writes.scheduler });
    linkDocument(ydocB, hostOf(b), atOnce);
    let updates = 0;
    ydocA.on('update', () => (updates += 1));
    const id = shared.nodes[0]!.id;
    const xOf = (store: EditorStore) => store.getState().document.nodes.find((node) => node.id === id)?.position.x;

    a.getState().beginGesture();
    for (let step = 1; step <= 20; step += 1) a.getState().performDuringGesture(moveNodes(new Map([[id, { x: step * 10, y: 0 }]])));
    expect(writes.tasks).toHaveLength(1);
    expect(updates).toBe(0);
    writes.tasks.shift()!();
    expect(updates).toBe(1);
    expect(xOf(b)).toBe(200);

    // The drop goes out at once, whatever the throttle holds.
    a.getState().performDuringGesture(moveNodes(new Map([[id, { x: 300, y: 0 }]])));
    a.getState().endGesture();
    expect(xOf(b)).toBe(300);

    // A link ended mid-drag still sends the last position.
    a.getState().beginGesture();
    a.getState().performDuringGesture(moveNodes(new Map([[id, { x: 400, y: 0 }]])));
    expect(xOf(b)).toBe(300);
    unlink();
    expect(xOf(b)).toBe(400);
  });
});
