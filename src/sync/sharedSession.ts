// One shared document open in this page: the Hocuspocus provider over a Y.Doc, and the status
// the top bar shows. "saved" is said only when the server has *stored* every change this replica
// made (its stateless "stored" message, src/sync/binding/storedAck.ts), never when it merely
// received them.

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { STORAGE_UNAVAILABLE } from './binding/refusal';
import { coversOwnChanges, readStoredMessage } from './binding/storedAck';
import { localCopyName } from './localCopy';
import { PRESENCE_FIELD, readPeers, type LocalPresence, type Peer } from './presence';

/** The reason of Hocuspocus's "Reset Connection" close, which the server's closeConnections sends. */
const DOCUMENT_RESET_REASON = 'Reset Connection';
// How long a session waits before asking again a server whose database was out of reach.
const UNAVAILABLE_RETRY_MS = 2000;

export type SharedStatus =
  /** Before the first sync: the document is not shown yet. */
  | 'connecting'
  /** Changes made here that the server has not stored yet. */
  | 'syncing'
  /** Everything made here is stored on the server. */
  | 'saved'
  /** The server is unreachable; changes are kept and sync when it returns. */
  | 'offline'
  /** The link's token was refused (wrong document, links renewed, sharing stopped). */
  | 'refused';

export interface SharedSessionOptions {
  /** The collaboration socket, e.g. `ws://host:port/collab`. */
  url: string;
  /** The shared document's name on the server. */
  name: string;
  token: string;
  onStatus?: (status: SharedStatus) => void;
  /** Node has no WebSocket before version 22: tests pass the `ws` package. */
  WebSocketPolyfill?: unknown;
  /**
   * Keep the Y.Doc in this browser's IndexedDB (y-indexeddb), so that edits made while the server
   * is unreachable survive a reload and sync when it returns. Off where there is no IndexedDB.
   */
  localCopy?: boolean;
}

export interface SharedSession {
  ydoc: Y.Doc;
  /** This client's number among the document's clients (Yjs's and awareness's client id). */
  clientId: number;
  /**
   * Resolves true after the first sync with the server, or once a local copy from an earlier visit
   * is loaded (the server may be unreachable); false when access is refused.
   */
  ready: Promise<boolean>;
  /** Whether the server accepts this client's changes (an edit link) or refuses them (a view link). */
  canEdit: () => boolean;
  status: () => SharedStatus;
  /** This person's presence, as the others see it (awareness: never in the document). */
  setPresence: (presence: LocalPresence) => void;
  /** Calls back with everyone else's presence whenever it changes, and once at once. */
  onPeers: (listener: (peers: Peer[]) => void) => () => void;
  destroy: () => void;
}

/** The socket's address on the page's own origin (the CSP allows `connect-src 'self'` only). */
export function collaborationUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/collab`;
}

export function openSharedSession(options: SharedSessionOptions): SharedSession {
  const ydoc = new Y.Doc();
  let status: SharedStatus = 'connecting';
  let stored: ReadonlyMap<number, number> = new Map();
  let synced = false;
  // A local copy from an earlier visit is loaded: the document can be edited before the server answers.
  let loadedLocally = false;
  let readOnly = false;
  const setStatus = (next: SharedStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };
  const settle = () => {
    if (status === 'refused' || !(synced || loadedLocally)) return;
    if (websocket.status !== WebSocketStatus.Connected) setStatus('offline');
    else if (!synced) setStatus('syncing');
    else setStatus(coversOwnChanges(stored, ydoc) ? 'saved' : 'syncing');
  };

  let retry: ReturnType<typeof setTimeout> | undefined;
  let resolveReady: (value: boolean) => void = () => undefined;
  const ready = new Promise<boolean>((resolve) => {
    resolveReady = resolve;
  });

  const websocket = new HocuspocusProviderWebsocket({
    url: options.url,
    ...(options.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: options.WebSocketPolyfill }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: websocket,
    name: options.name,
    token: options.token,
    document: ydoc,
    onAuthenticated: ({ scope }) => {
      readOnly = scope === 'readonly';
    },
    onAuthenticationFailed: ({ reason }) => {
      if (reason === STORAGE_UNAVAILABLE) {
        // The server could not check the link: offline for now, and asked again on a new socket
        // (Hocuspocus takes one authentication per document and socket).
        if (synced || loadedLocally) setStatus('offline');
        clearTimeout(retry);
        retry = setTimeout(() => {
          // connect() does nothing until the closing socket has said it is closed.
          const reconnect = () => {
            websocket.off('disconnect', reconnect);
            void websocket.connect();
          };
          websocket.on('disconnect', reconnect);
          websocket.disconnect();
        }, UNAVAILABLE_RETRY_MS);
        return;
      }
      setStatus('refused');
      resolveReady(false);
    },
    onSynced: ({ state }) => {
      if (!state) return;
      synced = true;
      settle();
      resolveReady(true);
    },
    onStateless: ({ payload }) => {
      const vector = readStoredMessage(payload);
      if (vector === null) return;
      stored = vector;
      settle();
    },
    onStatus: () => settle(),
    // The server ends one document's connections (the socket stays open) when its owner makes new
    // links or stops sharing. Asking again with this link's token finds out whether it still
    // opens the document: refused, the status says so.
    onClose: ({ event }) => {
      if (event.reason === DOCUMENT_RESET_REASON && websocket.status === WebSocketStatus.Connected) void provider.sendToken();
    },
  });
  provider.attach();

  const useLocalCopy = options.localCopy ?? typeof indexedDB !== 'undefined';
  const local = useLocalCopy ? new IndexeddbPersistence(localCopyName(options.name), ydoc) : null;
  void local?.whenSynced.then(
    () => {
      // Nothing stored yet (a first visit): the server's first sync is the start.
      if (ydoc.store.clients.size === 0 || status === 'refused') return;
      loadedLocally = true;
      settle();
      resolveReady(true);
    },
    () => undefined,
  );

  // A change made here is unsaved until a "stored" message covers it.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin !== provider) settle();
  };
  ydoc.on('update', onUpdate);

  const peers = (): Peer[] => {
    const awareness = provider.awareness;
    return awareness ? readPeers(awareness.getStates(), awareness.clientID) : [];
  };

  return {
    ydoc,
    clientId: ydoc.clientID,
    ready,
    canEdit: () => !readOnly,
    status: () => status,
    setPresence: (presence) => provider.setAwarenessField(PRESENCE_FIELD, { ...presence, selection: [...presence.selection] }),
    onPeers: (listener) => {
      const onChange = () => listener(peers());
      provider.awareness?.on('change', onChange);
      listener(peers());
      return () => provider.awareness?.off('change', onChange);
    },
    destroy: () => {
      clearTimeout(retry);
      ydoc.off('update', onUpdate);
      void local?.destroy();
      provider.destroy();
      websocket.destroy();
      ydoc.destroy();
    },
  };
}
