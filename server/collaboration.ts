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
import { STORAGE_UNAVAILABLE } from '../src/sync/binding/refusal';
import { storedMessage } from '../src/sync/binding/storedAck';
import type { DocumentStorage } from './documentStorage';
import { verifyToken, type Role } from './tokens';

const STORE_RETRY_MS = 2000;

export interface ConnectionContext {
  role: Role;
}

export function collaborationHooks(store: DocumentStorage, secret: string): Partial<Configuration> {
  return {
    async onAuthenticate({ token, documentName, connectionConfig }) {
      let generation: number | null;
      try {
        generation = await store.generation(documentName);
      } catch {
        // Hocuspocus sends `reason` in its refusal: the client keeps its copy and tries again.
        throw Object.assign(new Error(STORAGE_UNAVAILABLE), { reason: STORAGE_UNAVAILABLE });
      }
      // One refusal for "no such document" and "bad token": a stranger learns nothing from it.
      if (generation === null) throw new Error('permission-denied');
      const verified = verifyToken(token, secret, { document: documentName, generation });
      if (!verified.ok) throw new Error('permission-denied');
      // Hocuspocus then refuses every update this connection sends, whatever its client does.
      if (verified.claims.role === 'view') connectionConfig.readOnly = true;
      const context: ConnectionContext = { role: verified.claims.role };
      return context;
    },

    async onLoadDocument({ document, documentName }) {
      const stored = await store.open(documentName);
      if (stored === null) throw new Error('permission-denied');
      Y.applyUpdate(document, stored.state);
      return document;
    },

    async onStoreDocument(payload) {
      const { document, documentName, instance } = payload;
      // The state and its vector taken together, before any await: the vector says exactly what
      // this write holds.
      const state = Y.encodeStateAsUpdate(document);
      const stateVector = Y.encodeStateVector(document);
      let stored: boolean;
      try {
        stored = await store.store(documentName, state);
      } catch (error) {
        // The database out of reach (PostgreSQL restarting, a full disk): nobody is told "stored",
        // the process carries on (Hocuspocus would end it on this error), and the document is
        // stored again after a pause if it is still open; a client that left keeps its changes.
        console.error(`Salesflow team server: storing a document failed, trying again in ${STORE_RETRY_MS / 1000} s:`, error instanceof Error ? error.message : error);
        setTimeout(() => {
          if (instance.documents.get(documentName) === document) instance.storeDocumentHooks(document, payload, true).catch(() => undefined);
        }, STORE_RETRY_MS).unref();
        return;
      }
      if (stored) document.broadcastStateless(storedMessage(stateVector));
    },
  };
}

/** Every open document written to the database: what shutdown does before the process ends. */
export async function storeAll(documents: ReadonlyMap<string, Y.Doc>, store: DocumentStorage): Promise<number> {
  const stored = await Promise.all([...documents].map(([name, document]) => store.store(name, Y.encodeStateAsUpdate(document))));
  return stored.filter(Boolean).length;
}
