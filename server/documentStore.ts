// Where shared documents are kept: one SQLite database file in DATA_DIR, through sql.js (SQLite
// compiled to WebAssembly: no native build, so `npm ci` stays fast; the sqlite3 package must
// compile from source here). sql.js keeps the database in memory; every change is written to the
// file whole and atomically (atomicFile.ts) before the call returns, so what a caller was told is
// stored survives the process being killed. One row per document: its Yjs state (every update
// merged), and the generation of its links; its history snapshots in a table beside
// (sqliteSnapshots.ts).

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs, { type Database } from 'sql.js';
import { writeFileAtomic } from './atomicFile';
import type { StoredDocument } from './documentStorage';
import type { SnapshotStore } from './snapshotStore';
import { sqliteSnapshots } from './sqliteSnapshots';

export const DATABASE_FILE = 'salesflow.sqlite';

const SCHEMA = `CREATE TABLE IF NOT EXISTS documents (
  name TEXT PRIMARY KEY,
  state BLOB NOT NULL,
  generation INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
)`;

export class DocumentStore {
  private closed = false;
  readonly snapshots: SnapshotStore;

  private constructor(
    private readonly database: Database,
    private readonly path: string,
    private readonly now: () => number,
  ) {
    this.snapshots = sqliteSnapshots(database, { flush: () => this.flush(), isClosed: () => this.closed });
  }

  static async open(dataDir: string, now: () => number = Date.now): Promise<DocumentStore> {
    mkdirSync(dataDir, { recursive: true });
    const path = join(dataDir, DATABASE_FILE);
    const SQL = await initSqlJs();
    const database = existsSync(path) ? new SQL.Database(readFileSync(path)) : new SQL.Database();
    database.run(SCHEMA);
    return new DocumentStore(database, path, now);
  }

  read(name: string): StoredDocument | null {
    const rows = this.database.exec('SELECT state, generation FROM documents WHERE name = ?', [name]);
    const row = rows[0]?.values[0];
    if (row === undefined) return null;
    const [state, generation] = row;
    if (!(state instanceof Uint8Array) || typeof generation !== 'number') return null;
    return { state, generation };
  }

  /** A new document at generation 1, on the disk when this returns. */
  create(name: string, state: Uint8Array): void {
    const time = this.now();
    this.database.run('INSERT INTO documents (name, state, generation, created_at, updated_at) VALUES (?, ?, 1, ?, ?)', [name, state, time, time]);
    this.flush();
  }

  /** The document's whole state, on the disk when this returns; false when there is no such document. */
  store(name: string, state: Uint8Array): boolean {
    // Hocuspocus may unload (and store) a document after shutdown stored it and closed the file.
    if (this.closed) return false;
    this.database.run('UPDATE documents SET state = ?, updated_at = ? WHERE name = ?', [state, this.now(), name]);
    if (this.database.getRowsModified() === 0) return false;
    this.flush();
    return true;
  }

  /** The links' next generation, on the disk when this returns; null when there is no such document. */
  moveGeneration(name: string): number | null {
    if (this.closed) return null;
    this.database.run('UPDATE documents SET generation = generation + 1, updated_at = ? WHERE name = ?', [this.now(), name]);
    if (this.database.getRowsModified() === 0) return null;
    this.flush();
    return this.read(name)?.generation ?? null;
  }

  close(): void {
    this.closed = true;
    this.database.close();
  }

  private flush(): void {
    writeFileAtomic(this.path, this.database.export());
  }
}
