// The one entry from a file's bytes to a table: XLSX when the bytes are a zip archive, CSV text
// otherwise, whatever the file is called (CRMs name exports freely).

import { err, ok, type Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { Table } from '../../model/actuals/table';
import { parseCsv, detectDelimiter } from './csv';
import { decodeTableBytes } from './decode';
import { tableFromRows } from './tableFromRows';
import { isZip, readXlsxTable } from './xlsx';

/**
 * Files above this are refused before reading. 100,000 event rows of a CRM export are 8 to 15 MB;
 * this leaves room for several times that while a parsed table (strings of every cell) still fits
 * comfortably in a tab's memory.
 */
export const MAX_TABLE_BYTES = 64 * 1024 * 1024;
export const MAX_TABLE_ROWS = 1_000_000;

export type ReadPhase = 'decoding' | 'parsing';

export interface ReadTableOptions {
  onProgress?: (phase: ReadPhase, done: number) => void;
}

// Control characters other than tab and line breaks do not occur in CSV text; in a PDF, an image
// or an old binary .xls, they do at once. UTF-16 text is full of zero bytes, so it is checked
// after decoding, and everything else before (Big5 detection would otherwise speak first).
const SNIFFED = 65536;

function isControl(code: number): boolean {
  return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
}

function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function hasControlBytes(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFFED);
  for (let index = 0; index < end; index += 1) if (isControl(bytes[index] ?? 0)) return true;
  return false;
}

function hasControlCharacters(text: string): boolean {
  const end = Math.min(text.length, SNIFFED);
  for (let index = 0; index < end; index += 1) if (isControl(text.charCodeAt(index))) return true;
  return false;
}

export async function readTable(bytes: Uint8Array, { onProgress }: ReadTableOptions = {}): Promise<Result<Table, TableReadError>> {
  if (bytes.length === 0) return err({ code: 'empty' });
  if (bytes.length > MAX_TABLE_BYTES) return err({ code: 'too-large', bytes: bytes.length, limitBytes: MAX_TABLE_BYTES });
  const table = isZip(bytes) ? await readXlsx(bytes, onProgress) : readCsv(bytes, onProgress);
  if (!table.ok) return table;
  if (table.value.rows.length > MAX_TABLE_ROWS) return err({ code: 'too-many-rows', limit: MAX_TABLE_ROWS });
  if (table.value.rows.length === 0) return err({ code: 'empty' });
  return table;
}

async function readXlsx(bytes: Uint8Array, onProgress: ReadTableOptions['onProgress']): Promise<Result<Table, TableReadError>> {
  onProgress?.('parsing', 0);
  const table = await readXlsxTable(bytes);
  onProgress?.('parsing', 1);
  return table;
}

function readCsv(bytes: Uint8Array, onProgress: ReadTableOptions['onProgress']): Result<Table, TableReadError> {
  onProgress?.('decoding', 0);
  if (!isUtf16(bytes) && hasControlBytes(bytes)) return err({ code: 'not-a-table' });
  const decoded = decodeTableBytes(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded.value;
  if (hasControlCharacters(text)) return err({ code: 'not-a-table' });
  const { records, lines } = parseCsv(text, {
    delimiter: detectDelimiter(text),
    maxRecords: MAX_TABLE_ROWS + 2,
    onProgress: (done) => onProgress?.('parsing', done),
  });
  const table = tableFromRows(records, lines);
  return table === null ? err({ code: 'not-a-table' }) : ok(table);
}
