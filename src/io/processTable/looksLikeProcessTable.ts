import { detectDelimiter, parseCsv } from '../tables/csv';
import { processTableConfidence } from './processColumns';

/** Whether the first record of CSV text has a process table's headers (surely or perhaps). */
export function looksLikeProcessTable(text: string): boolean {
  const firstLines = text.split(/\r\n|\n|\r/, 20).join('\n');
  const { records } = parseCsv(firstLines, { delimiter: detectDelimiter(firstLines), maxRecords: 5 });
  const header = records.find((record) => record.some((cell) => cell.trim() !== ''));
  return header !== undefined && processTableConfidence(header) !== 'not';
}
