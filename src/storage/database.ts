// The IndexedDB database through Dexie 4: which tables exist and how they are indexed.

import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { err, ok, type Result } from '../lib/result';
import { storageErrorFrom, type StorageError } from './errors';

export const DEFAULT_DATABASE_NAME = 'salesflow';

// The layout of tables and indexes, and nothing else. A document's own format has its
// `schemaVersion` inside the stored envelope and is upgraded by src/model's migrations when
// read, so changing the document format never needs a database upgrade, and the reverse.
// A change here adds a `db.version(n + 1)` step and keeps the older ones.
export const DATABASE_VERSION = 1;

/** What the library shows for a document, kept apart from the body so lists stay cheap. */
export interface MetaRow {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  nodeCount: number;
  /** SVG markup drawn by the caller; shown as an image, never inserted as HTML. */
  thumbnail: string;
  /** Set while the document is in the trash. */
  deletedAt?: number;
  /**
   * Counts the saves of this document (emergency.ts): crash recovery compares it with the
   * generation of a copy, never clocks. Absent on rows from before it existed, read as 0.
   */
  generation?: number;
}

// `file` is typed `unknown` on every row that holds one: it is written as a DocumentFile but
// must go back through parseDocumentValue when read, and the type makes skipping that fail.

export interface BodyRow {
  id: string;
  file: unknown;
}

export interface RevisionRow {
  /** Assigned by IndexedDB on insert (EntityTable makes it optional for `add`). */
  id: number;
  documentId: string;
  createdAt: number;
  nodeCount: number;
  reason: string;
  file: unknown;
}

/** The user's own templates (not used yet; the table exists so adding them needs no upgrade). */
export interface TemplateRow {
  id: string;
  name: string;
  description: string;
  category: string;
  createdAt: number;
  file: unknown;
}

export type SalesflowDatabase = Dexie & {
  meta: EntityTable<MetaRow, 'id'>;
  bodies: EntityTable<BodyRow, 'id'>;
  revisions: EntityTable<RevisionRow, 'id'>;
  templates: EntityTable<TemplateRow, 'id'>;
};

/**
 * The database, not yet opened (Dexie opens on first use, or call openDatabase to learn early
 * whether it can). Tests pass a fresh name each; `options` can swap the IndexedDB factory.
 */
export function createDatabase(name: string = DEFAULT_DATABASE_NAME, options?: DexieOptions): SalesflowDatabase {
  const db = (options ? new Dexie(name, options) : new Dexie(name)) as SalesflowDatabase;
  db.version(DATABASE_VERSION).stores({
    // IndexedDB leaves rows without `deletedAt` out of that index, so it lists only the trash.
    // No updatedAt index: the library sorts in memory (repository.ts, `list`).
    meta: 'id, deletedAt',
    bodies: 'id',
    revisions: '++id, [documentId+createdAt]',
    templates: 'id, createdAt',
  });
  return db;
}

/**
 * Opens the database. An upgrade blocked by an older tab that keeps its connection answers
 * `unavailable`/`blocked` at once instead of hanging; the open carries on, and calling this
 * again resolves once the other tab lets go.
 */
export function openDatabase(db: SalesflowDatabase): Promise<Result<void, StorageError>> {
  return new Promise((resolve) => {
    const onBlocked = (): void => {
      resolve(err({ code: 'unavailable', reason: 'blocked' }));
    };
    db.on('blocked', onBlocked);
    db.open()
      .then(
        () => {
          resolve(ok(undefined));
        },
        (error: unknown) => {
          resolve(err(storageErrorFrom(error, 'read')));
        },
      )
      .finally(() => {
        db.on('blocked').unsubscribe(onBlocked);
      });
  });
}
