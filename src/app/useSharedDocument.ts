import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { guestNameOf } from '../ui/share/guestName';
import type { EditorStore } from '../store/editorStore';
import type { DocumentHost } from '../sync/documentLink';
import { noteSharedState, type SharedCopyState, type SharedEntry } from '../sync/sharedRegistry';
import { useSharedEntry } from '../ui/share/useSharedEntry';
import type { SharedStatus } from '../sync/sharedSession';
import { sharePresence } from './sharePresence';

// Yjs and the Hocuspocus provider load only for a shared document: a document kept in this browser
// alone never pays for them.
const loadSync = () => Promise.all([import('../sync/sharedSession'), import('../sync/documentLink')]);

const COPY_STATE: Readonly<Record<SharedStatus, SharedCopyState | null>> = {
  connecting: null,
  syncing: 'unsynced',
  offline: 'unsynced',
  saved: 'saved',
  refused: 'revoked',
};

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

/**
 * Keeps an open document in sync with the team server when it is shared (from its link, or
 * shared from this editor a moment ago); null for a document that is only local.
 */
export function useSharedDocument(documentId: string, store: EditorStore | null): { status: SharedStatus; entry: SharedEntry } | null {
  const entry = useSharedEntry(documentId);
  const [status, setStatus] = useState<SharedStatus>('connecting');
  const t = useT();
  // In the language of the moment, not the one the session started in.
  const guestName = useRef((clientId: number) => guestNameOf(t, clientId));
  guestName.current = (clientId) => guestNameOf(t, clientId);

  useEffect(() => {
    if (!store || !entry) return;
    setStatus('connecting');
    let live = true;
    let stop = () => undefined as void;
    void loadSync().then(([{ collaborationUrl, openSharedSession }, { linkDocument }]) => {
      if (!live) return;
      const session = openSharedSession({ url: collaborationUrl(window.location), name: entry.name, token: entry.token, onStatus: setStatus });
      let unlink = () => undefined as void;
      let stopPresence = () => undefined as void;
      stop = () => {
        stopPresence();
        unlink();
        session.destroy();
      };
      void session.ready.then((ready) => {
        if (!live || !ready) return;
        // A view link: the server refuses this client's updates; the editor does not offer edits.
        // Opened from a local copy while the server is unreachable, the link's own role says it.
        if (!session.canEdit() || entry.role === 'view') store.getState().setReadOnly(true);
        unlink = linkDocument(session.ydoc, hostOf(store));
        stopPresence = sharePresence(session, store, (clientId) => guestName.current(clientId));
      });
    }, () => {
      // The sync code could not be fetched (offline before it was ever cached): the local copy
      // stays editable, as it does while the server is unreachable.
      if (live) setStatus('offline');
    });
    return () => {
      live = false;
      stop();
    };
  }, [store, entry]);

  // The library shows each shared document's last known state.
  useEffect(() => {
    const state = COPY_STATE[status];
    if (entry && state) noteSharedState(documentId, state);
  }, [documentId, entry, status]);

  return store && entry ? { status, entry } : null;
}
