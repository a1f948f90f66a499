// A document as two rows, metadata and body, and back. Nothing read from the database is
// trusted: another version of the app, a browser extension or a damaged disk may have written it
// (DESIGN.md, "Validation at every door").

import { err, ok, type Result } from '../lib/result';
import { parseDocumentValue, toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { MetaRow, SalesflowDatabase } from './database';
import type { DamagedError } from './errors';

/** A library entry: the meta row, once read back and made safe to show. */
export type DocumentSummary = MetaRow;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * A library entry from a meta row. A malformed field falls back to a neutral value rather than
 * hiding the document: the body is what matters, it is validated when opened, and the next save
 * rewrites the row. Only a row without a usable id is dropped, as nothing could address it.
 */
export function summaryFromRow(row: unknown): DocumentSummary | null {
  if (!isRecord(row) || typeof row['id'] !== 'string') return null;
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
  return summary;
}

/**
 * A stored file envelope through the same validation and migration as an imported file. A row
 * that fails is reported as damaged with what was read, and nothing else is affected.
 */
export function documentFromFile(id: string, raw: unknown): Result<SalesDocument, DamagedError> {
  const parsed = parseDocumentValue(raw);
  if (!parsed.ok) return err({ code: 'damaged', id, error: parsed.error, raw });
  // The row's key is what the library lists and what saves write to; a body claiming another id
  // would be saved over a different document, so the key wins.
  return ok(parsed.value.id === id ? parsed.value : { ...parsed.value, id });
}

// Saving a 1,000-node document must stay under 20 ms of main-thread time: one put per table and
// no walk over the nodes, so the cost is IndexedDB's structured clone of the body.
/** Writes both rows; call inside a read-write transaction over meta and bodies. */
export async function putDocument(
  db: SalesflowDatabase,
  doc: SalesDocument,
  thumbnail: string,
  deletedAt: number | undefined,
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
  await db.meta.put(row);
  await db.bodies.put({ id: doc.id, file: toDocumentFile(doc) });
  return { ...row };
}
