// The documents: save, load, list, rename, duplicate, trash. Every operation answers a Result;
// nothing here throws at the caller.

import { createId } from '../lib/ids';
import { err, ok, type Result } from '../lib/result';
import { MAX_LABEL_LENGTH } from '../model/schema';
import type { SalesDocument } from '../model/types';
import { createBackupRepository, type BackupRepository } from './backup';
import type { SalesflowDatabase } from './database';
import { attempt, type StorageError } from './errors';
import { createRevisionRepository, revisionsOf, type RevisionRepository } from './revisions';
import { documentFromFile, putDocument, summaryFromRow, usableDocument, type DocumentSummary } from './rows';

export const TRASH_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;

export interface RepositoryOptions {
  /** Milliseconds since the epoch: trash times, revision times, duplicates. */
  now?: () => number;
  /** The id of a duplicate. */
  newId?: () => string;
}

export interface DocumentRepository {
  /**
   * Writes the metadata and the body in one transaction: either both change or neither does.
   * `thumbnail` undefined keeps the stored one, so autosave need not redraw it on every change.
   * The document is not validated again: only validated documents reach the store.
   */
  save(doc: SalesDocument, thumbnail?: string, generation?: number): Promise<Result<void, StorageError>>;
  /**
   * The document's save generation: a save stores the `generation` it is given (the editor
   * counts its edits from the row's), or else one more than the row held. 0 for a row that has
   * none, or no row.
   */
  generationOf(id: string): Promise<Result<number, StorageError>>;
  /** The body, through the same validation and migration as an imported file. */
  load(id: string): Promise<Result<SalesDocument, StorageError>>;
  /** Documents outside the trash, newest first, from metadata alone. */
  list(): Promise<Result<DocumentSummary[], StorageError>>;
  rename(id: string, title: string): Promise<Result<DocumentSummary, StorageError>>;
  /** A copy under a new id, titled like the original followed by `titleSuffix` (e.g. " (copy)"). */
  duplicate(id: string, titleSuffix: string): Promise<Result<DocumentSummary, StorageError>>;
  moveToTrash(id: string): Promise<Result<void, StorageError>>;
  restoreFromTrash(id: string): Promise<Result<void, StorageError>>;
  /** Most recently deleted first. */
  listTrash(): Promise<Result<DocumentSummary[], StorageError>>;
  /** Deletes for good what has been in the trash for 30 days; answers the ids deleted. */
  purgeTrash(now?: number): Promise<Result<string[], StorageError>>;
  /** The document, its body and its revisions. */
  deleteForever(id: string): Promise<Result<void, StorageError>>;
}

export type Repository = DocumentRepository & RevisionRepository & BackupRepository;

/** Call inside a read-write transaction over meta, bodies and revisions. */
async function deleteDocuments(db: SalesflowDatabase, ids: string[]): Promise<void> {
  await db.meta.bulkDelete(ids);
  await db.bodies.bulkDelete(ids);
  for (const id of ids) await revisionsOf(db, id).delete();
}

function byNewest(key: 'updatedAt' | 'deletedAt') {
  return (a: DocumentSummary, b: DocumentSummary): number => (b[key] ?? 0) - (a[key] ?? 0);
}

/** A title the schema accepts, so that a long name plus a suffix never makes a document damaged. */
function fitTitle(title: string): string {
  return title.slice(0, MAX_LABEL_LENGTH);
}

function createDocumentRepository(
  db: SalesflowDatabase,
  now: () => number,
  newId: () => string,
): DocumentRepository {
  async function readBody(id: string): Promise<Result<SalesDocument, StorageError>> {
    const body = await db.bodies.get(id);
    if (body === undefined) return err({ code: 'not-found', id });
    return documentFromFile(id, body.file);
  }

  async function setDeletedAt(id: string, deletedAt: number | undefined): Promise<Result<void, StorageError>> {
    return attempt('write', () =>
      db.transaction('rw', db.meta, async () => {
        const meta = summaryFromRow(await db.meta.get(id));
        if (meta === null) return err({ code: 'not-found', id });
        // Deleting twice keeps the first time, so a second delete does not extend the 30 days.
        if (deletedAt !== undefined && meta.deletedAt !== undefined) return ok(undefined);
        await db.meta.update(id, { deletedAt });
        return ok(undefined);
      }),
    );
  }

  return {
    save: (doc, thumbnail, generation) =>
      attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, async () => {
          const previous = summaryFromRow(await db.meta.get(doc.id));
          const next = generation ?? (previous?.generation ?? 0) + 1;
          // A document another tab moved to the trash stays there: its edits are kept, and the
          // user finds them when restoring it.
          await putDocument(db, doc, thumbnail ?? previous?.thumbnail ?? '', previous?.deletedAt, next);
          return ok(undefined);
        }),
      ),

    generationOf: (id) => attempt('read', async () => ok(summaryFromRow(await db.meta.get(id))?.generation ?? 0)),

    load: (id) => attempt('read', () => readBody(id)),

    // Sorted in memory rather than through an index: a row whose updatedAt is not a valid
    // key would be missing from an index-ordered list, and a document must never vanish.
    list: () =>
      attempt('read', async () => {
        const summaries = (await db.meta.toArray()).map(summaryFromRow).filter((meta) => meta !== null);
        return ok(summaries.filter((meta) => meta.deletedAt === undefined).sort(byNewest('updatedAt')));
      }),

    rename: (id, title) =>
      attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, async () => {
          // A damaged row is renamed in its repaired form: the title must not be what stays broken.
          const doc = usableDocument(await readBody(id));
          if (!doc.ok) return doc;
          const meta = summaryFromRow(await db.meta.get(id));
          const renamed = { ...doc.value, title: fitTitle(title), updatedAt: now() };
          return ok(await putDocument(db, renamed, meta?.thumbnail ?? '', meta?.deletedAt, (meta?.generation ?? 0) + 1));
        }),
      ),

    duplicate: (id, titleSuffix) =>
      attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, async () => {
          const doc = usableDocument(await readBody(id));
          if (!doc.ok) return doc;
          const meta = summaryFromRow(await db.meta.get(id));
          const time = now();
          const title = fitTitle(doc.value.title + titleSuffix);
          const copy = { ...doc.value, id: newId(), title, createdAt: time, updatedAt: time };
          return ok(await putDocument(db, copy, meta?.thumbnail ?? '', undefined));
        }),
      ),

    moveToTrash: (id) => setDeletedAt(id, now()),
    restoreFromTrash: (id) => setDeletedAt(id, undefined),

    listTrash: () =>
      attempt('read', async () => {
        const summaries = (await db.meta.orderBy('deletedAt').toArray()).map(summaryFromRow).filter((meta) => meta !== null);
        return ok(summaries.filter((meta) => meta.deletedAt !== undefined).sort(byNewest('deletedAt')));
      }),

    purgeTrash: (at = now()) =>
      attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, db.revisions, async () => {
          const expired = await db.meta
            .where('deletedAt')
            .belowOrEqual(at - TRASH_RETENTION_MS)
            .primaryKeys();
          await deleteDocuments(db, expired);
          return ok(expired);
        }),
      ),

    deleteForever: (id) =>
      attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, db.revisions, async () => {
          await deleteDocuments(db, [id]);
          return ok(undefined);
        }),
      ),
  };
}

/** Every storage operation over one database; create it once for the app. */
export function createRepository(db: SalesflowDatabase, options: RepositoryOptions = {}): Repository {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? (() => createId('doc'));
  return {
    ...createDocumentRepository(db, now, newId),
    ...createRevisionRepository(db, now),
    ...createBackupRepository(db, now),
  };
}
