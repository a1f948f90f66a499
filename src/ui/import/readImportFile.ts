// The one file door: every file the user imports (Import button, drop on the window, in the library
// or the editor) is size-checked before a byte is read, recognised by name and content, and handed
// to the reader of its kind. Answers the content or a typed error; never throws.

import { recogniseFile, SNIFF_BYTES, type FileKindError } from '../../io/door/fileKind';
import type { MermaidError } from '../../io/mermaid/mermaidErrors';
import { parseMermaid, type MermaidImport } from '../../io/mermaid/parseMermaid';
import { err, ok, type Result } from '../../lib/result';
import type { Normalized } from '../../model/normalize';
import { normalizeFileText, repairLimits } from '../../model/normalizeFile';
import { MAX_IMPORT_BYTES, type ImportError } from './readFileThrough';

export type ImportedContent =
  | { kind: 'salesflow-json'; normalized: Normalized }
  | { kind: 'mermaid'; mermaid: MermaidImport }
  /** Read by Import deal data (src/ui/actuals), in a worker of its own. */
  | { kind: 'deal-table'; file: Blob; name: string };

export type DoorError =
  | ImportError
  | { code: 'kind'; error: FileKindError }
  | { code: 'mermaid'; error: MermaidError }
  /** Recognised, but its reader is still to come. */
  | { code: 'not-yet'; kind: 'drawio' };

export async function readImportFile(file: Blob & { name?: string }): Promise<Result<ImportedContent, DoorError>> {
  if (file.size > MAX_IMPORT_BYTES) return err({ code: 'too-large' });
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return err({ code: 'read-failed' });
  }
  const kind = recogniseFile(file.name ?? '', bytes.subarray(0, SNIFF_BYTES), bytes.length);
  if (!kind.ok) return err({ code: 'kind', error: kind.error });
  if (kind.value === 'drawio') return err({ code: 'not-yet', kind: kind.value });
  if (kind.value === 'deal-table') return ok({ kind: 'deal-table', file, name: file.name ?? '' });
  // Not fatal: a stray invalid byte far past the sniffed head becomes U+FFFD, as Blob.text() does.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (kind.value === 'mermaid') {
    const read = parseMermaid(text);
    return read.ok ? ok({ kind: 'mermaid', mermaid: read.value }) : err({ code: 'mermaid', error: read.error });
  }
  const document = normalizeFileText(text, repairLimits);
  return document.ok ? ok({ kind: 'salesflow-json', normalized: document.value }) : err({ code: 'document', error: document.error });
}
