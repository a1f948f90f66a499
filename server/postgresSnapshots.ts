// Snapshots in PostgreSQL beside the documents they belong to (postgresStore.ts): one row each,
// the document file gzipped, as in SQLite (sqliteSnapshots.ts). Adding one and dropping the
// document's oldest beyond the count kept is one transaction, committed before the call resolves.

import type pg from 'pg';
import { isSnapshotReason, type SnapshotStore, type SnapshotSummary } from './snapshotStore';

export const SNAPSHOTS_TABLE = 'salesflow_snapshots';

export const SNAPSHOTS_SCHEMA = `CREATE TABLE IF NOT EXISTS ${SNAPSHOTS_TABLE} (
  id BIGSERIAL PRIMARY KEY,
  document TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  node_count INTEGER NOT NULL,
  content BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS salesflow_snapshots_by_document ON ${SNAPSHOTS_TABLE} (document, id)`;

interface SnapshotRow {
  id: string;
  created_at: string;
  reason: string;
  node_count: number;
}

// PostgreSQL answers BIGINT as text; ids and times stay far below 2^53.
function summaryOf(row: SnapshotRow): SnapshotSummary | null {
  const id = Number(row.id);
  const createdAt = Number(row.created_at);
  if (!Number.isSafeInteger(id) || !Number.isFinite(createdAt) || !isSnapshotReason(row.reason)) return null;
  return { id, createdAt, reason: row.reason, nodeCount: row.node_count };
}

export interface PostgresAccess {
  pool: pg.Pool;
  /** Runs `work` in one transaction, committed before it resolves. */
  transaction: <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;
  documentsTable: string;
}

export function postgresSnapshots({ pool, transaction, documentsTable }: PostgresAccess): SnapshotStore {
  return {
    async listSnapshots(document) {
      const { rows } = await pool.query<SnapshotRow>(
        `SELECT id, created_at, reason, node_count FROM ${SNAPSHOTS_TABLE} WHERE document = $1 ORDER BY id DESC`,
        [document],
      );
      return rows.map(summaryOf).filter((summary) => summary !== null);
    },

    async readSnapshot(document, id) {
      if (!Number.isSafeInteger(id)) return null;
      const { rows } = await pool.query<{ content: Buffer }>(`SELECT content FROM ${SNAPSHOTS_TABLE} WHERE document = $1 AND id = $2`, [document, id]);
      const content = rows[0]?.content;
      return content === undefined ? null : new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
    },

    async addSnapshot(document, { createdAt, reason, nodeCount, content }, keep) {
      return transaction(async (client) => {
        const exists = await client.query(`SELECT 1 FROM ${documentsTable} WHERE name = $1`, [document]);
        if (exists.rowCount === 0) return null;
        const { rows } = await client.query<SnapshotRow>(
          `INSERT INTO ${SNAPSHOTS_TABLE} (document, created_at, reason, node_count, content) VALUES ($1, $2, $3, $4, $5)
           RETURNING id, created_at, reason, node_count`,
          [document, createdAt, reason, nodeCount, Buffer.from(content.buffer, content.byteOffset, content.byteLength)],
        );
        await client.query(
          `DELETE FROM ${SNAPSHOTS_TABLE} WHERE document = $1 AND id NOT IN (SELECT id FROM ${SNAPSHOTS_TABLE} WHERE document = $1 ORDER BY id DESC LIMIT $2)`,
          [document, keep],
        );
        const [row] = rows;
        return row === undefined ? null : summaryOf(row);
      });
    },
  };
}
