// CSV as CRMs and spreadsheet programs write it (RFC 4180 and its relatives): any of four
// delimiters, fields in double quotes holding delimiters, doubled quotes and line breaks, and
// lines ended by CRLF, LF or CR. Our own ~100 lines, because detection needs the same reading of
// quotes as parsing and a library would add more than it saves here.

export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface CsvRecords {
  records: string[][];
  /** The 1-based line each record starts on, counting the line breaks inside quoted fields. */
  lines: number[];
}

export interface CsvOptions {
  delimiter: Delimiter;
  /** Stop after this many records (detection reads a sample). */
  maxRecords?: number;
  /** Called now and then with the share of the text read (0 to 1). */
  onProgress?: (done: number) => void;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const PROGRESS_EVERY = 1 << 18;

export function parseCsv(text: string, { delimiter, maxRecords = Infinity, onProgress }: CsvOptions): CsvRecords {
  const separator = delimiter.charCodeAt(0);
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let index = 0;
  let nextProgress = PROGRESS_EVERY;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    lines.push(recordLine);
    record = [];
    field = '';
  };
  while (index < text.length && records.length < maxRecords) {
    if (onProgress && index >= nextProgress) {
      onProgress(index / text.length);
      nextProgress = index + PROGRESS_EVERY;
    }
    const code = text.charCodeAt(index);
    if (code === QUOTE && field === '') {
      // A quoted field runs to the next quote not doubled; what follows it up to the delimiter is
      // kept as written, the way spreadsheet programs read `"a"b`.
      index += 1;
      let start = index;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) {
          field += text.slice(start);
          index = text.length;
          break;
        }
        field += text.slice(start, quote);
        if (text.charCodeAt(quote + 1) === QUOTE) {
          field += '"';
          index = quote + 2;
          start = index;
          continue;
        }
        index = quote + 1;
        break;
      }
      line += countLineBreaks(field);
      continue;
    }
    if (code === separator) {
      record.push(field);
      field = '';
      index += 1;
    } else if (code === LF || code === CR) {
      endRecord();
      index += code === CR && text.charCodeAt(index + 1) === LF ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      const next = nextSpecial(text, index, separator);
      field += text.slice(index, next);
      index = next;
    }
  }
  if ((field !== '' || record.length > 0) && records.length < maxRecords) endRecord();
  onProgress?.(1);
  return { records, lines };
}

function nextSpecial(text: string, from: number, separator: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === separator || code === LF || code === CR || code === QUOTE) break;
    index += 1;
  }
  // A quote inside an unquoted field is an ordinary character.
  return index === from ? from + 1 : index;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count += 1;
  }
  return count;
}

const SAMPLE_RECORDS = 50;

/**
 * The delimiter that splits the first records into the same number of fields, more than one: the
 * one that does so for the most records wins, then the one giving more fields. A single column
 * reads as comma-separated.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; consistent: number; fields: number } = { delimiter: ',', consistent: 0, fields: 1 };
  for (const delimiter of DELIMITERS) {
    const { records } = parseCsv(text, { delimiter, maxRecords: SAMPLE_RECORDS });
    const nonEmpty = records.filter((record) => record.length > 1 || record[0] !== '');
    const fields = nonEmpty[0]?.length ?? 0;
    if (fields < 2) continue;
    const consistent = nonEmpty.filter((record) => record.length === fields).length;
    if (consistent > best.consistent || (consistent === best.consistent && fields > best.fields)) {
      best = { delimiter, consistent, fields };
    }
  }
  return best.delimiter;
}
