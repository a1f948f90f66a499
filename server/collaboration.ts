// The Hocuspocus hooks: who may open a document and how (onAuthenticate, on every connection),
// where its state comes from (onLoadDocument) and goes (onStoreDocument), and the "stored"
// message that lets a client say "saved" truthfully.
//
// Hocuspocus's own SyncStatus message (the provider's `unsyncedChanges`) is sent when the server
// has *applied* an update, before anything is written. So after each store the server broadcasts
// the state vector it stored: a client is saved when that vector covers every change it made
// (src/sync/binding/storedAck.ts).

import type { Configuration } from '@hocuspocus/server';
import * as Y from 'yjs';
import { storedMessage } from '../src/sync/binding/storedAck';
import type { DocumentStore } from './documentStore';
import { verifyToken, type Role } from './tokens';

export interface ConnectionContext {
  role: Role;
}

export function collaborationHooks(store: DocumentStore, secret: string): Partial<Configuration> {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const stored = store.read(documentName);
      // One refusal for "no such document" and "bad token": a stranger learns nothing from it.
      if (stored === null) throw new Error('permission-denied');
      const verified = verifyToken(token, secret, { document: documentName, generation: stored.generation });
      if (!verified.ok) throw new Error('permission-denied');
      // Hocuspocus then refuses every update this connection sends, whatever its client does.
      if (verified.claims.role === 'view') connectionConfig.readOnly = true;
      const context: ConnectionContext = { role: verified.claims.role };
      return context;
    },

    async onLoadDocument({ document, documentName }) {
      const stored = store.read(documentName);
      if (stored === null) throw new Error('permission-denied');
      Y.applyUpdate(document, stored.state);
      return document;
    },

    async onStoreDocument({ document, documentName }) {
      // The state and its vector taken together, before any await: the vector says exactly what
      // this write holds.
      const state = Y.encodeStateAsUpdate(document);
      const stateVector = Y.encodeStateVector(document);
      if (!store.store(documentName, state)) return;
      document.broadcastStateless(storedMessage(stateVector));
    },
  };
}

/** Every open document written to the database: what shutdown does before the process ends. */
export function storeAll(documents: ReadonlyMap<string, Y.Doc>, store: DocumentStore): number {
  let count = 0;
  for (const [name, document] of documents) {
    if (store.store(name, Y.encodeStateAsUpdate(document))) count += 1;
  }
  return count;
}
