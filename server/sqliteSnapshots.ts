// Snapshots in the SQLite database beside the documents they belong to (documentStore.ts): one
// row each, the document file gzipped. The database is written whole on every change, so the
// count kept per document bounds what history adds to each write.

import type { Database } from 'sql.js';
import { isSnapshotReason, type SnapshotStore, type SnapshotSummary } from './snapshotStore';

const SCHEMA = `CREATE TABLE IF NOT EXISTS snapshots (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  node_count INTEGER NOT NULL,
  content BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshots_by_document ON snapshots (document, id)`;

export interface SqliteAccess {
  /** Writes the whole database to its file (atomically) before returning. */
  flush: () => void;
  isClosed: () => boolean;
}

function summaryOf(row: unknown[]): SnapshotSummary | null {
  const [id, createdAt, reason, nodeCount] = row;
  if (typeof id !== 'number' || typeof createdAt !== 'number' || typeof nodeCount !== 'number' || !isSnapshotReason(reason)) return null;
  return { id, createdAt, reason, nodeCount };
}

export function sqliteSnapshots(database: Database, access: SqliteAccess): SnapshotStore {
  database.exec(SCHEMA);

  const list = (document: string): SnapshotSummary[] => {
    const rows = database.exec('SELECT id, created_at, reason, node_count FROM snapshots WHERE document = ? ORDER BY id DESC', [document]);
    return (rows[0]?.values ?? []).map(summaryOf).filter((summary) => summary !== null);
  };

  return {
    listSnapshots: async (document) => (access.isClosed() ? [] : list(document)),

    readSnapshot: async (document, id) => {
      if (access.isClosed()) return null;
      const content = database.exec('SELECT content FROM snapshots WHERE document = ? AND id = ?', [document, id])[0]?.values[0]?.[0];
      return content instanceof Uint8Array ? content : null;
    },

    addSnapshot: async (document, { createdAt, reason, nodeCount, content }, keep) => {
      if (access.isClosed()) return null;
      const exists = database.exec('SELECT 1 FROM documents WHERE name = ?', [document]).length > 0;
      if (!exists) return null;
      database.run('INSERT INTO snapshots (document, created_at, reason, node_count, content) VALUES (?, ?, ?, ?, ?)', [document, createdAt, reason, nodeCount, content]);
      const id = database.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0];
      database.run(
        'DELETE FROM snapshots WHERE document = ? AND id NOT IN (SELECT id FROM snapshots WHERE document = ? ORDER BY id DESC LIMIT ?)',
        [document, document, keep],
      );
      access.flush();
      return typeof id === 'number' ? { id, createdAt, reason, nodeCount } : null;
    },
  };
}
