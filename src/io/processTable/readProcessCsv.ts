// A process table's CSV bytes as a table, through the same decoding and CSV reading as deal
// tables (../tables). Process tables are small (one row per step), so this runs where it is
// called; it stops reading past the model's node cap instead of parsing a huge file to the end.

import { err, ok, type Result } from '../../lib/result';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { Table } from '../../model/actuals/table';
import { MAX_NODES } from '../../model/limits';
import { detectDelimiter, parseCsv } from '../tables/csv';
import { decodeTableBytes } from '../tables/decode';
import { tableFromRows } from '../tables/tableFromRows';

export function readProcessCsv(bytes: Uint8Array): Result<Table, TableReadError> {
  if (bytes.length === 0) return err({ code: 'empty' });
  const decoded = decodeTableBytes(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded.value;
  // A header, blank lines and one row past the cap, so that readProcessTable can refuse it.
  const { records, lines } = parseCsv(text, { delimiter: detectDelimiter(text), maxRecords: MAX_NODES * 2 + 2 });
  const table = tableFromRows(records, lines);
  if (table === null) return err({ code: 'not-a-table' });
  return table.rows.length === 0 ? err({ code: 'empty' }) : ok(table);
}
