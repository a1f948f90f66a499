// What a store must do to keep a shared document's history: three calls, so that any store (the
// SQLite file, PostgreSQL) can keep snapshots beside its documents. Asynchronous because a
// database across the network is; the SQLite store answers at once.

/** Why the server kept a snapshot (src/sync/teamHistory.ts reads the same names). */
export type SnapshotReason = 'shared' | 'interval' | 'before-restore';

export interface SnapshotSummary {
  id: number;
  createdAt: number;
  reason: SnapshotReason;
  nodeCount: number;
}

export interface NewSnapshot {
  createdAt: number;
  reason: SnapshotReason;
  nodeCount: number;
  /** The document as a Salesflow file, gzipped (snapshots.ts). */
  content: Uint8Array;
}

export interface SnapshotStore {
  /** The document's snapshots, newest first, without their content. */
  listSnapshots(document: string): Promise<SnapshotSummary[]>;
  /** One snapshot's content; null when the document has no snapshot of that id. */
  readSnapshot(document: string, id: number): Promise<Uint8Array | null>;
  /**
   * Keeps a snapshot and drops the document's oldest beyond `keep`, durably before it resolves;
   * null when there is no such document (or the store is closed).
   */
  addSnapshot(document: string, snapshot: NewSnapshot, keep: number): Promise<SnapshotSummary | null>;
}

const REASONS: readonly SnapshotReason[] = ['shared', 'interval', 'before-restore'];

export function isSnapshotReason(value: unknown): value is SnapshotReason {
  return (REASONS as readonly unknown[]).includes(value);
}
