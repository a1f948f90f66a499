import type { Cell, Table } from '../../model/actuals/table';

function isBlank(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function tidy(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  const trimmed = cell.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * The first non-blank row as headers and the non-blank rows below it, padded to the header's
 * width (cells past it are dropped: an export's trailing commas carry nothing). `null` when no
 * row has two or more cells of which one is filled: then it is no table.
 */
export function tableFromRows(rows: readonly (readonly Cell[])[], fileRows: readonly number[]): Table | null {
  const headerIndex = rows.findIndex((row) => !row.every(isBlank));
  const header = rows[headerIndex];
  if (header === undefined) return null;
  let width = header.length;
  while (width > 0 && isBlank(header[width - 1] ?? null)) width -= 1;
  if (width < 2) return null;
  const headers = header.slice(0, width).map((cell, index) => {
    const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(tidy(cell) ?? '');
    return text === '' ? `Column ${index + 1}` : text;
  });
  const table: Table = { headers, rows: [], fileRows: [] };
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    if (row.every(isBlank)) continue;
    const cells: Cell[] = [];
    for (let column = 0; column < width; column += 1) cells.push(tidy(row[column] ?? null));
    table.rows.push(cells);
    table.fileRows.push(fileRows[index] ?? index + 1);
  }
  return table;
}
