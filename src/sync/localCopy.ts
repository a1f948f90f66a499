// A shared document's copy in this browser's IndexedDB (y-indexeddb, one database per document):
// the session keeps it (sharedSession.ts) so that edits made while the server is out of reach
// survive a reload. Here: dropping it (sharing stopped, the document left) and carrying it in and
// out of a backup. Loaded on demand only: the library's own bundle stays free of Yjs.

import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** The IndexedDB database of a shared document's local copy. */
export function localCopyName(documentName: string): string {
  return `salesflow-shared:${documentName}`;
}

/** Drops a shared document's local copy: the library's own copy stays. */
export async function clearLocalCopy(documentName: string): Promise<void> {
  await clearDocument(localCopyName(documentName));
}

/** The local copy's whole Yjs state; null when this browser holds none. */
export async function readLocalCopy(documentName: string): Promise<Uint8Array | null> {
  const ydoc = new Y.Doc();
  const local = new IndexeddbPersistence(localCopyName(documentName), ydoc);
  try {
    await local.whenSynced;
    return ydoc.store.clients.size === 0 ? null : Y.encodeStateAsUpdate(ydoc);
  } finally {
    await local.destroy();
    ydoc.destroy();
  }
}

/**
 * Merges `state` into the local copy (a copy already here keeps its own changes too: Yjs merges).
 * The session then opens from it and sends the server whatever it lacks. False when `state` is
 * not a Yjs update.
 */
export async function mergeIntoLocalCopy(documentName: string, state: Uint8Array): Promise<boolean> {
  const ydoc = new Y.Doc();
  try {
    Y.applyUpdate(ydoc, state);
  } catch {
    ydoc.destroy();
    return false;
  }
  // y-indexeddb writes what the Y.Doc holds when it first opens its database, before `synced`;
  // closing the database lets that write finish.
  const local = new IndexeddbPersistence(localCopyName(documentName), ydoc);
  try {
    await local.whenSynced;
  } finally {
    await local.destroy();
    ydoc.destroy();
  }
  return true;
}
