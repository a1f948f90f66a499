// `Back up all` and `Restore from backup`: every document (and optionally its revisions) in one
// JSON value. Browsers may clear site storage, so this file is the user's only durable copy.

import { err, ok, type Result } from '../lib/result';
import type { DocumentError } from '../model/errors';
import { normalizeFile } from '../model/normalizeFile';
import { parseDocumentValue, toDocumentFile } from '../model/parse';
import type { Repair } from '../model/repairs';
import type { DocumentFile, SalesDocument } from '../model/types';
import type { SalesflowDatabase } from './database';
import { attempt, type DamagedError, type StorageError } from './errors';
import { isSnapshotReason, pruneRevisions, readRevision, revisionsOf, type SnapshotReason } from './revisions';
import { documentFromFile, putDocument, summaryFromRow } from './rows';
import { isPlainObject } from '../lib/isPlainObject';

export const BACKUP_FORMAT = 'salesflow-backup';
export const BACKUP_VERSION = 1;

export interface BackupRevision {
  documentId: string;
  createdAt: number;
  reason: SnapshotReason;
  file: DocumentFile;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: number;
  documents: DocumentFile[];
  revisions?: BackupRevision[];
}

export interface BackupExport {
  backup: Backup;
  /** Stored rows that failed validation and were left out; each can still be downloaded raw. */
  damaged: DamagedError[];
}

export type BackupError =
  | StorageError
  | { code: 'not-backup' }
  | { code: 'backup-too-new'; version: number; supported: number };

export interface ImportOptions {
  /** Replace documents that already exist instead of keeping them. */
  overwrite: boolean;
  /** Draws the library thumbnail of an imported document (storage may not import the renderer). */
  thumbnail: (doc: SalesDocument) => string;
}

export interface ImportReport {
  added: string[];
  replaced: string[];
  /** Already stored (and overwrite was off), or a repeat of an id earlier in the same backup. */
  skipped: string[];
  /**
   * Already stored but in the trash: taken out of it (their stored content kept, as with
   * `skipped`), since restoring them is what was asked.
   */
  untrashed: string[];
  /** Documents that failed validation and were restored as `normalize` repaired them. */
  repaired: { id: string; title: string; repairs: Repair[] }[];
  /** Documents that failed validation beyond repair, by their position in `documents`, with the title when readable. */
  invalid: { index: number; title: string | null; error: DocumentError }[];
  revisionsAdded: number;
  invalidRevisions: number;
}

export interface BackupRepository {
  /** Documents outside the trash, as current-version files that JSON.stringify can write. */
  exportBackup(options: { includeRevisions: boolean }): Promise<Result<BackupExport, StorageError>>;
  /** Validates every document; writes all valid ones in one transaction, or nothing. */
  importBackup(value: unknown, options: ImportOptions): Promise<Result<ImportReport, BackupError>>;
}

interface ParsedRevision {
  createdAt: number;
  reason: SnapshotReason;
  document: SalesDocument;
}

interface ParsedBackup {
  documents: SalesDocument[];
  repaired: ImportReport['repaired'];
  /** By document id. */
  revisions: Map<string, ParsedRevision[]>;
  invalid: ImportReport['invalid'];
  invalidRevisions: number;
}

function parseRevision(value: unknown): ParsedRevision | null {
  if (!isPlainObject(value)) return null;
  const { createdAt, reason, file } = value;
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt) || !isSnapshotReason(reason)) return null;
  const parsed = parseDocumentValue(file);
  return parsed.ok ? { createdAt, reason, document: parsed.value } : null;
}

/** The title a refused document claims, so the report can name it. */
function readableTitle(file: unknown): string | null {
  const document = isPlainObject(file) ? file['document'] : undefined;
  const title = isPlainObject(document) ? document['title'] : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : null;
}

function parseBackup(value: unknown): Result<ParsedBackup, BackupError> {
  if (!isPlainObject(value) || value['format'] !== BACKUP_FORMAT) return err({ code: 'not-backup' });
  const { version, documents, revisions } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return err({ code: 'not-backup' });
  if (version > BACKUP_VERSION) return err({ code: 'backup-too-new', version, supported: BACKUP_VERSION });
  if (!Array.isArray(documents) || (revisions !== undefined && !Array.isArray(revisions))) {
    return err({ code: 'not-backup' });
  }

  const parsed: ParsedBackup = { documents: [], repaired: [], revisions: new Map(), invalid: [], invalidRevisions: 0 };
  documents.forEach((file: unknown, index) => {
    const doc = normalizeFile(file);
    if (!doc.ok) {
      parsed.invalid.push({ index, title: readableTitle(file), error: doc.error });
      return;
    }
    parsed.documents.push(doc.value.document);
    const { id, title } = doc.value.document;
    if (doc.value.repairs.length > 0) parsed.repaired.push({ id, title, repairs: doc.value.repairs });
  });
  for (const entry of (revisions ?? []) as unknown[]) {
    const revision = parseRevision(entry);
    if (revision === null) {
      parsed.invalidRevisions += 1;
      continue;
    }
    const ofDocument = parsed.revisions.get(revision.document.id) ?? [];
    ofDocument.push(revision);
    parsed.revisions.set(revision.document.id, ofDocument);
  }
  return ok(parsed);
}

export function createBackupRepository(db: SalesflowDatabase, now: () => number): BackupRepository {
  return {
    exportBackup: ({ includeRevisions }) =>
      attempt('read', () =>
        db.transaction('r', db.meta, db.bodies, db.revisions, async () => {
          const live = (await db.meta.toArray())
            .map(summaryFromRow)
            .filter((meta) => meta !== null)
            .filter((meta) => meta.deletedAt === undefined)
            .map((meta) => meta.id);
          const bodies = await db.bodies.bulkGet(live);
          const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now(), documents: [] };
          const damaged: DamagedError[] = [];
          const exported: string[] = [];

          live.forEach((id, index) => {
            const body = bodies[index];
            if (body === undefined) return;
            const doc = documentFromFile(id, body.file);
            if (!doc.ok) {
              damaged.push(doc.error);
              return;
            }
            backup.documents.push(toDocumentFile(doc.value));
            exported.push(id);
          });

          if (includeRevisions) {
            backup.revisions = [];
            for (const documentId of exported) {
              for (const row of await revisionsOf(db, documentId).toArray()) {
                const revision = readRevision(row);
                if (!revision.ok) {
                  damaged.push(revision.error);
                  continue;
                }
                const { summary, document } = revision.value;
                // A reason only a newer version knows is kept as the most neutral one this one has.
                const reason = summary.reason === 'unknown' ? 'interval' : summary.reason;
                backup.revisions.push({ documentId, createdAt: summary.createdAt, reason, file: toDocumentFile(document) });
              }
            }
          }
          return ok({ backup, damaged });
        }),
      ),

    importBackup: async (value, { overwrite, thumbnail }) => {
      const parsed = parseBackup(value);
      if (!parsed.ok) return parsed;
      const { documents, repaired, revisions, invalid, invalidRevisions } = parsed.value;
      const report: ImportReport = { added: [], replaced: [], skipped: [], untrashed: [], repaired, invalid, revisionsAdded: 0, invalidRevisions };

      const written = await attempt('write', () =>
        db.transaction('rw', db.meta, db.bodies, db.revisions, async () => {
          const ids = documents.map((doc) => doc.id);
          const stored = new Set<string>([
            ...(await db.meta.where(':id').anyOf(ids).primaryKeys()),
            ...(await db.bodies.where(':id').anyOf(ids).primaryKeys()),
          ]);
          const seen = new Set<string>();
          for (const doc of documents) {
            const exists = stored.has(doc.id);
            if (seen.has(doc.id) || (exists && !overwrite)) {
              const meta = seen.has(doc.id) ? null : summaryFromRow(await db.meta.get(doc.id));
              if (meta?.deletedAt !== undefined) {
                await db.meta.update(doc.id, { deletedAt: undefined });
                report.untrashed.push(doc.id);
              } else {
                report.skipped.push(doc.id);
              }
              continue;
            }
            seen.add(doc.id);
            // A restored document comes back out of the trash: restoring it is what was asked.
            await putDocument(db, doc, thumbnail(doc), undefined);
            (exists ? report.replaced : report.added).push(doc.id);
          }

          for (const documentId of seen) {
            // Index keys are [documentId, createdAt]: reading them leaves the stored files unread.
            const keys = await revisionsOf(db, documentId).keys();
            const times = new Set<unknown>(keys.map((key) => (Array.isArray(key) ? (key[1] as unknown) : undefined)));
            for (const revision of revisions.get(documentId) ?? []) {
              // Restoring the same backup twice must not double the history.
              if (times.has(revision.createdAt)) continue;
              times.add(revision.createdAt);
              await db.revisions.add({
                documentId,
                createdAt: revision.createdAt,
                nodeCount: revision.document.nodes.length,
                reason: revision.reason,
                file: toDocumentFile(revision.document),
              });
              report.revisionsAdded += 1;
            }
            await pruneRevisions(db, documentId);
          }
          return ok(undefined);
        }),
      );
      return written.ok ? ok(report) : written;
    },
  };
}
