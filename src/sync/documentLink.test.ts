import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNode, editTitle } from '../model/operations';
import { sampleDocument } from '../model/sample';
import { createEditorStore, type EditorStore } from '../store/editorStore';
import { docToYjs } from './binding/docToYjs';
import { linkDocument, type DocumentHost, type PullScheduler } from './documentLink';

// At once, so the test reads each side right after the other's edit.
const now: PullScheduler = (pull) => {
  pull();
  return () => undefined;
};

function hostOf(store: EditorStore): DocumentHost {
  return {
    current: () => store.getState().document,
    applyRemote: (changes) => store.getState().applyRemote(changes),
    subscribe: (listener) =>
      store.subscribe((state, previous) => {
        if (state.document !== previous.document) listener(state.document);
      }),
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
    linkDocument(ydocA, hostOf(a), now);
    linkDocument(ydocB, hostOf(b), now);
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
    linkDocument(ydocA, hostOf(a), now);
    const pending: (() => void)[] = [];
    linkDocument(ydocB, hostOf(b), (pull) => {
      pending.push(pull);
      return () => undefined;
    });
    pending.splice(0);
    for (const title of ['One', 'Two', 'Three']) a.getState().perform(editTitle(title));
    expect(pending).toHaveLength(1);
    expect(b.getState().document.title).toBe('Shared');
    pending[0]!();
    expect(b.getState().document.title).toBe('Three');
  });
});
