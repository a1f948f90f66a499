// What the team server asks of wherever shared documents are kept: SQLite in DATA_DIR
// (documentStore.ts, through sqliteStorage.ts) or PostgreSQL for several instances
// (postgresStore.ts). Every write has reached the database when its promise resolves: the "stored"
// message a client trusts follows it.

import type { SnapshotStore } from './snapshotStore';

export interface StoredDocument {
  /** Its Yjs state, every update merged. */
  state: Uint8Array;
  /** The generation of its links: a token of another generation opens nothing. */
  generation: number;
}

export interface DocumentStorage {
  /**
   * The document as stored, to open it on this instance: until its next store here, this
   * instance's copy holds everything the row holds. Null when there is no such document.
   */
  open(name: string): Promise<StoredDocument | null>;
  /** The document as stored, to read it only (nothing is opened); null when there is no such document. */
  read(name: string): Promise<StoredDocument | null>;
  /** Its links' generation alone, which every connection is checked against; null when there is no such document. */
  generation(name: string): Promise<number | null>;
  /** A new document at generation 1. */
  create(name: string, state: Uint8Array): Promise<void>;
  /**
   * The state of a document open on this instance, which holds everything loaded or stored here
   * before; false when there is no such document.
   */
  store(name: string, state: Uint8Array): Promise<boolean>;
  /** The links' next generation; null when there is no such document. */
  moveGeneration(name: string): Promise<number | null>;
  /** The documents' history snapshots, kept beside them (snapshotStore.ts). */
  readonly snapshots: SnapshotStore;
  close(): Promise<void>;
}
