// The SQLite store (documentStore.ts, synchronous: sql.js in memory, its file written before each
// call returns) behind the interface the server speaks to.

import type { DocumentStorage } from './documentStorage';
import { DocumentStore } from './documentStore';

/** An open SQLite store as the server's storage. */
export function sqliteStorageOf(store: DocumentStore): DocumentStorage {
  return {
    open: async (name) => store.read(name),
    read: async (name) => store.read(name),
    generation: async (name) => store.read(name)?.generation ?? null,
    create: async (name, state) => store.create(name, state),
    store: async (name, state) => store.store(name, state),
    moveGeneration: async (name) => store.moveGeneration(name),
    snapshots: store.snapshots,
    close: async () => store.close(),
  };
}

export async function openSqliteStorage(dataDir: string): Promise<DocumentStorage> {
  return sqliteStorageOf(await DocumentStore.open(dataDir));
}
