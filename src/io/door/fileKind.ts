// What a file brought to the import door is, from its name and its first bytes: the content
// decides where it is clear (a `.json` holding Mermaid text is Mermaid, a `.txt` holding a
// flowchart is a flowchart), the extension where the content says nothing. Pure: no File API, so
// the tests give it bytes.

import { err, ok, type Result } from '../../lib/result';
import { looksLikeProcessTable } from '../processTable/looksLikeProcessTable';

export type FileKind = 'salesflow-json' | 'mermaid' | 'drawio' | 'deal-table' | 'process-table';

export type FileKindError = { code: 'empty' } | { code: 'binary' } | { code: 'unknown' };

/** How many leading bytes the recogniser looks at: enough for a long comment before a header. */
export const SNIFF_BYTES = 64 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const MERMAID_EXTENSIONS = new Set(['mmd', 'mermaid']);
const TABLE_EXTENSIONS = new Set(['csv', 'xlsx']);
const MERMAID_HEADER = /^(?:flowchart-elk|flowchart|graph)(?:[ \t;]|\r?\n|$)/;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot === -1 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Text unless it holds a NUL or is not UTF-8 (a cut at the end of the sniffed bytes is fine). */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/** The text after Mermaid's front matter, `%%` comments and blank lines. */
function afterMermaidPreamble(text: string): string {
  let rest = text;
  if (/^---[ \t]*\r?\n/.test(rest)) {
    const close = rest.search(/\n---[ \t]*(\r?\n|$)/);
    if (close === -1) return '';
    rest = rest.slice(rest.indexOf('\n', close + 1) + 1 || rest.length);
  }
  for (;;) {
    const trimmed = rest.replace(/^[\s;]+/, '');
    if (!trimmed.startsWith('%%')) return trimmed;
    const end = trimmed.indexOf('\n');
    rest = end === -1 ? '' : trimmed.slice(end + 1);
  }
}

/** `head`: the file's first bytes (up to SNIFF_BYTES); `size`: its whole size. */
export function recogniseFile(name: string, head: Uint8Array, size: number): Result<FileKind, FileKindError> {
  const extension = extensionOf(name);
  if (size === 0) return err({ code: 'empty' });
  if (startsWith(head, ZIP_SIGNATURE)) return extension === 'xlsx' ? ok('deal-table') : err({ code: 'binary' });
  const decoded = decodeText(head);
  // A .csv need not be UTF-8: Chinese Excel writes GB18030, and UTF-16 holds NULs. The table
  // reader decodes those and refuses what is no table.
  if (decoded === null) return extension === 'csv' ? ok('deal-table') : err({ code: 'binary' });
  const text = decoded.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  // Only blank as far as the head goes: the name decides, as for any head that says nothing.
  if (trimmed === '' && size <= head.length) return err({ code: 'empty' });
  if (trimmed.startsWith('{')) return ok('salesflow-json');
  if (trimmed.startsWith('<') && /<mxfile[\s>]|<mxGraphModel[\s>]/.test(text)) return ok('drawio');
  if (MERMAID_HEADER.test(afterMermaidPreamble(text))) return ok('mermaid');
  if (MERMAID_EXTENSIONS.has(extension)) return ok('mermaid');
  // A CSV of steps (id, next steps...) is a process; the reader's mapping step confirms it.
  if (extension === 'csv' && looksLikeProcessTable(text)) return ok('process-table');
  if (TABLE_EXTENSIONS.has(extension)) return ok('deal-table');
  if (extension === 'json') return ok('salesflow-json');
  if (extension === 'drawio') return ok('drawio');
  return err({ code: 'unknown' });
}
