// A table read from a deal export, before anyone has said what its columns mean. src/io/tables
// makes one from CSV or XLSX bytes; the rest of this folder reads deal histories out of it.

/**
 * One cell: text from a CSV or an XLSX text cell, a number or a boolean from an XLSX cell, a
 * `Date` (at its UTC instant) from an XLSX cell formatted as a date, or `null` when empty.
 */
export type Cell = string | number | boolean | Date | null;

export interface Table {
  /** The first non-empty row, trimmed; a blank header becomes `Column N` (1-based). */
  headers: string[];
  /** The rows below the header, each as long as `headers` (short rows padded with `null`). */
  rows: Cell[][];
  /** The 1-based line or sheet row of each row in the file, so problems can name it. */
  fileRows: number[];
}
