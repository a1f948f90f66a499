// A document as two rows, metadata and body, and back. Nothing read from the database is
// trusted: another version of the app, a browser extension or a damaged disk may have written it
// (DESIGN.md, "Validation at every door").

import { err, ok, type Result } from '../lib/result';
import { normalizeFile } from '../model/normalizeFile';
import { parseDocumentValue, toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { MetaRow, SalesflowDatabase } from './database';
import type { DamagedError, StorageError } from './errors';
import { isPlainObject } from '../lib/isPlainObject';

/** A library entry: the meta row, once read back and made safe to show. */
export type DocumentSummary = MetaRow;

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * A library entry from a meta row. A malformed field falls back to a neutral value rather than
 * hiding the document: the body is what matters, it is validated when opened, and the next save
 * rewrites the row. Only a row without a usable id is dropped, as nothing could address it.
 */
export function summaryFromRow(row: unknown): DocumentSummary | null {
  if (!isPlainObject(row) || typeof row['id'] !== 'string') return null;
  const summary: DocumentSummary = {
    id: row['id'],
    title: typeof row['title'] === 'string' ? row['title'] : '',
    createdAt: finiteOr(row['createdAt'], 0),
    updatedAt: finiteOr(row['updatedAt'], 0),
    nodeCount: finiteOr(row['nodeCount'], 0),
    thumbnail: typeof row['thumbnail'] === 'string' ? row['thumbnail'] : '',
  };
  const deletedAt = row['deletedAt'];
  if (typeof deletedAt === 'number' && Number.isFinite(deletedAt)) summary.deletedAt = deletedAt;
  const generation = row['generation'];
  if (typeof generation === 'number' && Number.isFinite(generation)) summary.generation = generation;
  return summary;
}

/**
 * A stored file envelope through the same validation and migration as an imported file. A row
 * that fails is reported as damaged with what was read and, when `normalize` could make a valid
 * document of it, that document and its repairs; nothing else is affected.
 */
export function documentFromFile(id: string, raw: unknown): Result<SalesDocument, DamagedError> {
  const parsed = parseDocumentValue(raw);
  // The row's key is what the library lists and what saves write to; a body claiming another id
  // would be saved over a different document, so the key wins.
  if (parsed.ok) return ok(withId(parsed.value, id));
  const normalized = normalizeFile(raw);
  const damaged: DamagedError = { code: 'damaged', id, error: parsed.error, raw };
  if (normalized.ok) damaged.repaired = { document: withId(normalized.value.document, id), repairs: normalized.value.repairs };
  return err(damaged);
}

function withId(document: SalesDocument, id: string): SalesDocument {
  return document.id === id ? document : { ...document, id };
}

/** The document to work from: a damaged row's repaired version when there is one. */
export function usableDocument(result: Result<SalesDocument, StorageError>): Result<SalesDocument, StorageError> {
  if (!result.ok && result.error.code === 'damaged' && result.error.repaired) return ok(result.error.repaired.document);
  return result;
}

// Saving a 1,000-node document must stay under 20 ms of main-thread time: one put per table and
// no walk over the nodes, so the cost is IndexedDB's structured clone of the body.
/**
 * Writes both rows; call inside a read-write transaction over meta and bodies. `generation` is
 * the save counter to store (repository.save); other writers pass the row's own on.
 */
export async function putDocument(
  db: SalesflowDatabase,
  doc: SalesDocument,
  thumbnail: string,
  deletedAt: number | undefined,
  generation?: number,
): Promise<DocumentSummary> {
  const row: MetaRow = {
    id: doc.id,
    title: doc.title,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
    nodeCount: doc.nodes.length,
    thumbnail,
  };
  if (deletedAt !== undefined) row.deletedAt = deletedAt;
  if (generation !== undefined) row.generation = generation;
  await db.meta.put(row);
  await db.bodies.put({ id: doc.id, file: toDocumentFile(doc) });
  return { ...row };
}
