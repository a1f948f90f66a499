// The one file door: every file the user imports (Import button, drop on the window, in the library
// or the editor) is recognised by name and head, size-checked for its kind before the rest is read,
// and handed to the reader of its kind. Answers the content or a typed error; never throws.

import { recogniseFile, SNIFF_BYTES, type FileKindError } from '../../io/door/fileKind';
import type { DrawioError } from '../../io/drawio/drawioErrors';
import type { DrawioImport } from '../../io/drawio/readDrawio';
import { readDrawioInWorker } from '../../io/drawio/readDrawioInWorker';
import type { MermaidError } from '../../io/mermaid/mermaidErrors';
import { processTableConfidence } from '../../io/processTable/processColumns';
import type { ProcessTableError } from '../../io/processTable/processTableErrors';
import { readProcessCsv } from '../../io/processTable/readProcessCsv';
import { MAX_TABLE_BYTES } from '../../io/tables/readTable';
import type { Table } from '../../model/actuals/table';
import type { MermaidImport } from '../../io/mermaid/parseMermaid';
import { parseMermaidInWorker } from '../../io/mermaid/parseMermaidInWorker';
import { err, ok, type Result } from '../../lib/result';
import type { Normalized } from '../../model/normalize';
import { normalizeFileText, repairLimits } from '../../model/normalizeFile';
import { MAX_IMPORT_BYTES, type ImportError } from './readFileThrough';

export type ImportedContent =
  | { kind: 'salesflow-json'; normalized: Normalized }
  | { kind: 'mermaid'; mermaid: MermaidImport }
  | { kind: 'drawio'; drawio: DrawioImport }
  /** `sure`: the headers name an id and next steps; else the mapping step asks. */
  | { kind: 'process-table'; table: Table; sure: boolean }
  /** Read by Import deal data (src/ui/actuals), in a worker of its own. */
  | { kind: 'deal-table'; file: Blob; name: string };

export type DoorError =
  | ImportError
  | { code: 'kind'; error: FileKindError }
  | { code: 'mermaid'; error: MermaidError }
  | { code: 'drawio'; error: DrawioError }
  | { code: 'process-table'; error: ProcessTableError };

/**
 * The head decides the kind before the size does: a deal table is read in a worker of its own and
 * keeps only aggregates, so it goes to Import deal data, whose cap (64 MB, MAX_TABLE_BYTES) is
 * set from the memory measured at that size; every other kind is read here, whole, and stays
 * under MAX_IMPORT_BYTES. A file over the larger cap is refused before a byte is read; no other
 * file is read past its head before its kind's cap is checked.
 */
export async function readImportFile(file: Blob & { name?: string }): Promise<Result<ImportedContent, DoorError>> {
  if (file.size > MAX_TABLE_BYTES) return err({ code: 'too-large' });
  let head: Uint8Array;
  try {
    head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  } catch {
    return err({ code: 'read-failed' });
  }
  const kind = recogniseFile(file.name ?? '', head, file.size);
  if (!kind.ok) return err({ code: 'kind', error: kind.error });
  if (kind.value === 'deal-table') return ok({ kind: 'deal-table', file, name: file.name ?? '' });
  if (file.size > MAX_IMPORT_BYTES) return err({ code: 'too-large' });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return err({ code: 'read-failed' });
  }
  if (kind.value === 'process-table') {
    const table = readProcessCsv(bytes);
    if (!table.ok) return err({ code: 'process-table', error: { code: 'table', error: table.error } });
    return ok({ kind: 'process-table', table: table.value, sure: processTableConfidence(table.value.headers) === 'process' });
  }
  // Not fatal: a stray invalid byte far past the sniffed head becomes U+FFFD, as Blob.text() does.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (kind.value === 'drawio') {
    const read = await readDrawioInWorker(text);
    return read.ok ? ok({ kind: 'drawio', drawio: read.value }) : err({ code: 'drawio', error: read.error });
  }
  if (kind.value === 'mermaid') {
    const read = await parseMermaidInWorker(text);
    return read.ok ? ok({ kind: 'mermaid', mermaid: read.value }) : err({ code: 'mermaid', error: read.error });
  }
  const document = normalizeFileText(text, repairLimits);
  return document.ok ? ok({ kind: 'salesflow-json', normalized: document.value }) : err({ code: 'document', error: document.error });
}
