import { useEffect, useState } from 'react';
import type { EditorStore } from '../store/editorStore';
import { linkDocument, type DocumentHost } from '../sync/documentLink';
import { SHARED_EVENT, sharedEntry, type SharedEntry } from '../sync/sharedRegistry';
import { collaborationUrl, openSharedSession, type SharedStatus } from '../sync/sharedSession';

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

/**
 * Keeps an open document in sync with the team server when it is shared (from its link, or
 * shared from this editor a moment ago); null for a document that is only local.
 */
export function useSharedDocument(documentId: string, store: EditorStore | null): { status: SharedStatus; entry: SharedEntry } | null {
  const [entry, setEntry] = useState(() => sharedEntry(documentId));
  const [status, setStatus] = useState<SharedStatus>('connecting');

  useEffect(() => {
    const onShared = () => setEntry(sharedEntry(documentId));
    window.addEventListener(SHARED_EVENT, onShared);
    return () => window.removeEventListener(SHARED_EVENT, onShared);
  }, [documentId]);

  useEffect(() => {
    if (!store || !entry) return;
    setStatus('connecting');
    const session = openSharedSession({ url: collaborationUrl(window.location), name: entry.name, token: entry.token, onStatus: setStatus });
    let unlink = () => undefined as void;
    let live = true;
    void session.ready.then((ready) => {
      if (!live || !ready) return;
      // A view link: the server refuses this client's updates; the editor does not offer edits.
      if (!session.canEdit()) store.getState().setReadOnly(true);
      unlink = linkDocument(session.ydoc, hostOf(store));
    });
    return () => {
      live = false;
      unlink();
      session.destroy();
    };
  }, [store, entry]);

  return store && entry ? { status, entry } : null;
}
