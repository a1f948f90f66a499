// XLSX through read-excel-file (fflate and a SAX parser; the npm `xlsx` package carries unfixed
// advisories). It turns cells with a date format into dates under the workbook's own date system
// (1900 or 1904), which a serial number alone can't tell.

import { unzipSync, zipSync } from 'fflate';
import { readSheet } from 'read-excel-file/universal';
import { err, ok, type Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { Cell, Table } from '../../model/actuals/table';
import { tableFromRows } from './tableFromRows';

/** What an XLSX may unpack to. Its declared sizes are checked before anything is inflated. */
export const MAX_XLSX_UNPACKED_BYTES = 400 * 1024 * 1024;

/** `PK\x03\x04`: every XLSX is a zip archive, and a CSV never starts like one. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

/**
 * The parts read-excel-file reads, inflated here and stored again without compression.
 * read-excel-file always unzips with fflate's async `unzip`, which inflates every part over
 * 512 KB in a worker made from a blob: URL; the CSP allows no such worker (`worker-src 'self'`),
 * and this code runs in a worker already. A stored part is only copied, never inflated, so
 * fflate makes no worker. Applies what read-excel-file's own filter keeps: `.xml` and `.xml.rels`.
 */
function storedWorkbook(bytes: Uint8Array): ArrayBuffer {
  const parts = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.xml.rels') });
  const stored = zipSync(parts, { level: 0 });
  return stored.buffer.slice(stored.byteOffset, stored.byteOffset + stored.byteLength) as ArrayBuffer;
}

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  return null;
}

/** The first sheet of an XLSX workbook as a table. */
export async function readXlsxTable(bytes: Uint8Array): Promise<Result<Table, TableReadError>> {
  const unpacked = declaredUnpackedBytes(bytes);
  if (unpacked === null) return err({ code: 'xlsx-unreadable' });
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return err({ code: 'too-large', bytes: unpacked, limitBytes: MAX_XLSX_UNPACKED_BYTES });
  let data: unknown[][];
  try {
    data = await readSheet(storedWorkbook(bytes), 1, { trim: true });
  } catch {
    return err({ code: 'xlsx-unreadable' });
  }
  const rows = data.map((row) => row.map(toCell));
  const table = tableFromRows(
    rows,
    rows.map((_, index) => index + 1),
  );
  return table === null ? err({ code: 'not-a-table' }) : ok(table);
}
