// Shared documents in PostgreSQL (DATABASE_URL), the database several instances share. One row
// per document, as in SQLite: its merged Yjs state and its links' generation, plus a revision that
// moves on with every write of the state.
//
// Each instance stores the documents its own clients change, so two instances may write one row
// in turn, each from its own copy. A write never loses what the row held: it runs in a transaction
// holding the row, and when the row's revision is not the one this instance last opened or wrote
// (another instance wrote in between), the row's state is merged into the one written. What a
// client was told is stored therefore stays stored, whichever instance writes next. The commit
// comes before the promise resolves, so the "stored" message follows it.

import pg from 'pg';
import * as Y from 'yjs';
import type { DocumentStorage, StoredDocument } from './documentStorage';
import { postgresSnapshots, SNAPSHOTS_SCHEMA } from './postgresSnapshots';
import type { SnapshotStore } from './snapshotStore';

export const DOCUMENTS_TABLE = 'salesflow_documents';

const SCHEMA = `CREATE TABLE IF NOT EXISTS ${DOCUMENTS_TABLE} (
  name TEXT PRIMARY KEY,
  state BYTEA NOT NULL,
  revision BIGINT NOT NULL,
  generation INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
)`;

// Two instances starting at once would both try to create the table; one waits for the other.
const SCHEMA_LOCK = 'salesflow-schema';

function bytes(value: Buffer): Uint8Array {
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}

export class PostgresDocumentStore implements DocumentStorage {
  private closed = false;
  /** Per document, the revision this instance opened or wrote last (a bigint, as PostgreSQL answers it: text). */
  private readonly known = new Map<string, string>();
  readonly snapshots: SnapshotStore;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number,
  ) {
    this.snapshots = postgresSnapshots({ pool, transaction: (work) => this.transaction(work), documentsTable: DOCUMENTS_TABLE });
  }

  static async open(url: string, now: () => number = Date.now): Promise<PostgresDocumentStore> {
    const pool = new pg.Pool({ connectionString: url });
    // An idle connection the database drops (a restart) is replaced on the next query; without a
    // listener its error would end the process.
    pool.on('error', (error) => console.error('Salesflow team server: PostgreSQL connection lost', error.message));
    const store = new PostgresDocumentStore(pool, now);
    try {
      await store.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [SCHEMA_LOCK]);
        await client.query(SCHEMA);
        await client.query(SNAPSHOTS_SCHEMA);
      });
    } catch (error) {
      await pool.end();
      throw error;
    }
    return store;
  }

  async open(name: string): Promise<StoredDocument | null> {
    const row = await this.row(name);
    if (row !== null) this.known.set(name, row.revision);
    return row;
  }

  async read(name: string): Promise<StoredDocument | null> {
    return this.row(name);
  }

  async generation(name: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ generation: number }>(`SELECT generation FROM ${DOCUMENTS_TABLE} WHERE name = $1`, [name]);
    return rows[0]?.generation ?? null;
  }

  async create(name: string, state: Uint8Array): Promise<void> {
    const time = this.now();
    await this.pool.query(`INSERT INTO ${DOCUMENTS_TABLE} (name, state, revision, generation, created_at, updated_at) VALUES ($1, $2, 1, 1, $3, $3)`, [
      name,
      state,
      time,
    ]);
  }

  async store(name: string, state: Uint8Array): Promise<boolean> {
    // Hocuspocus may unload (and store) a document after shutdown stored it and closed the pool.
    if (this.closed) return false;
    return this.transaction(async (client) => {
      const held = await client.query<{ revision: string }>(`SELECT revision FROM ${DOCUMENTS_TABLE} WHERE name = $1 FOR UPDATE`, [name]);
      const revision = held.rows[0]?.revision;
      if (revision === undefined) return false;
      let written = state;
      if (revision !== this.known.get(name)) {
        const stored = await client.query<{ state: Buffer }>(`SELECT state FROM ${DOCUMENTS_TABLE} WHERE name = $1`, [name]);
        // Ours first: where both hold a struct, Yjs keeps the first, and ours has deleted content collected.
        written = Y.mergeUpdates([state, bytes(stored.rows[0]!.state)]);
      }
      const updated = await client.query<{ revision: string }>(
        `UPDATE ${DOCUMENTS_TABLE} SET state = $2, revision = revision + 1, updated_at = $3 WHERE name = $1 RETURNING revision`,
        [name, written, this.now()],
      );
      this.known.set(name, updated.rows[0]!.revision);
      return true;
    });
  }

  async moveGeneration(name: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ generation: number }>(
      `UPDATE ${DOCUMENTS_TABLE} SET generation = generation + 1, updated_at = $2 WHERE name = $1 RETURNING generation`,
      [name, this.now()],
    );
    return rows[0]?.generation ?? null;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.pool.end();
  }

  private async row(name: string): Promise<(StoredDocument & { revision: string }) | null> {
    const { rows } = await this.pool.query<{ state: Buffer; generation: number; revision: string }>(
      `SELECT state, generation, revision FROM ${DOCUMENTS_TABLE} WHERE name = $1`,
      [name],
    );
    const row = rows[0];
    return row === undefined ? null : { state: bytes(row.state), generation: row.generation, revision: row.revision };
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is dropped rather than given to the next caller.
      broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
