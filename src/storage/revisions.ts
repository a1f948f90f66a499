// Revisions: whole-document snapshots a user can go back to (the History panel), and when to take
// them.

import Dexie from 'dexie';
import { err, ok, type Result } from '../lib/result';
import { toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { RevisionRow, SalesflowDatabase } from './database';
import { attempt, type DamagedError, type StorageError } from './errors';
import { documentFromFile } from './rows';
import { isPlainObject } from '../lib/isPlainObject';

/** Why a snapshot was taken: every five minutes while editing, or before a risky command. */
export const SNAPSHOT_REASONS = [
  'interval',
  'before-layout',
  'before-import',
  'before-template',
  'before-bulk-delete',
  'before-restore',
] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const MAX_REVISIONS_PER_DOCUMENT = 50;
export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

export interface RevisionSummary {
  id: number;
  documentId: string;
  createdAt: number;
  nodeCount: number;
  /** `unknown` for a reason this version does not know (written by a newer one). */
  reason: SnapshotReason | 'unknown';
}

/** Whether an edit made at `now` should first snapshot the document (null: none yet). */
export function shouldSnapshot(lastSnapshotAt: number | null, now: number): boolean {
  return lastSnapshotAt === null || now - lastSnapshotAt >= SNAPSHOT_INTERVAL_MS;
}

export function isSnapshotReason(value: unknown): value is SnapshotReason {
  return (SNAPSHOT_REASONS as readonly unknown[]).includes(value);
}

/** A document's revisions, oldest first. */
export function revisionsOf(db: SalesflowDatabase, documentId: string) {
  return db.revisions
    .where('[documentId+createdAt]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey], true, true);
}

/** Deletes all but the newest revisions of a document; call inside the transaction that added one. */
export async function pruneRevisions(db: SalesflowDatabase, documentId: string): Promise<void> {
  const keys = await revisionsOf(db, documentId).primaryKeys();
  const excess = keys.length - MAX_REVISIONS_PER_DOCUMENT;
  if (excess > 0) await db.revisions.bulkDelete(keys.slice(0, excess));
}

function revisionFromRow(row: unknown): RevisionSummary | null {
  if (!isPlainObject(row)) return null;
  const { id, documentId, createdAt, nodeCount, reason } = row;
  if (typeof id !== 'number' || typeof documentId !== 'string' || typeof createdAt !== 'number') return null;
  return {
    id,
    documentId,
    createdAt,
    nodeCount: typeof nodeCount === 'number' ? nodeCount : 0,
    reason: isSnapshotReason(reason) ? reason : 'unknown',
  };
}

/** A stored revision, validated like any document read from the database. */
export function readRevision(row: RevisionRow): Result<{ summary: RevisionSummary; document: SalesDocument }, DamagedError> {
  const id = String(row.id);
  const summary = revisionFromRow(row);
  if (summary === null) return err({ code: 'damaged', id, error: { code: 'invalid', path: '', reason: 'type' }, raw: row });
  const document = documentFromFile(summary.documentId, row.file);
  return document.ok ? ok({ summary, document: document.value }) : err({ ...document.error, id });
}

export interface RevisionRepository {
  /** Stores the whole document and drops the oldest beyond 50, in one transaction. */
  snapshot(doc: SalesDocument, reason: SnapshotReason): Promise<Result<RevisionSummary, StorageError>>;
  /** Newest first. */
  listRevisions(documentId: string): Promise<Result<RevisionSummary[], StorageError>>;
  loadRevision(revisionId: number): Promise<Result<SalesDocument, StorageError>>;
}

export function createRevisionRepository(db: SalesflowDatabase, now: () => number): RevisionRepository {
  return {
    snapshot: (doc, reason) =>
      attempt('write', () =>
        db.transaction('rw', db.revisions, async () => {
          const row = { documentId: doc.id, createdAt: now(), nodeCount: doc.nodes.length, reason };
          const id = await db.revisions.add({ ...row, file: toDocumentFile(doc) });
          await pruneRevisions(db, doc.id);
          return ok({ id, ...row });
        }),
      ),

    listRevisions: (documentId) =>
      attempt('read', async () => {
        const rows = await revisionsOf(db, documentId).reverse().toArray();
        return ok(rows.map(revisionFromRow).filter((summary) => summary !== null));
      }),

    loadRevision: (revisionId) =>
      attempt('read', async () => {
        const row = await db.revisions.get(revisionId);
        if (row === undefined) return err({ code: 'not-found', id: String(revisionId) });
        const revision = readRevision(row);
        return revision.ok ? ok(revision.value.document) : revision;
      }),
  };
}
