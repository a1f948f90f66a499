// Which of the three shapes a deal export has, and which column plays which part, guessed from
// the headers first and the content second. The dialog shows the guess and lets the user change it.

import type { DealDataShape } from '../types';
import { guessColumnRoles, wideStageOf, type ColumnRole } from './columns';
import { defaultOrder, inferDayOrder, parseDay } from './dates';
import type { Cell, Table } from './table';

export interface WideColumn {
  column: number;
  stage: string;
}

export interface TableReading {
  shape: DealDataShape;
  /** False when the content could fit another shape too: the dialog asks instead of just showing. */
  sure: boolean;
  roles: Map<ColumnRole, number>;
  /** The wide shape's date-entered columns, in the file's order (its pipeline order). */
  wideColumns: WideColumn[];
}

export type ShapeError = { code: 'no-id-column' } | { code: 'no-stage-column' };

export type ShapeGuess = { ok: true; reading: TableReading } | { ok: false; error: ShapeError };

const SAMPLE_ROWS = 500;
// A column whose header says it holds dates keeps that role while half its cells read as dates
// (the rest are reported as unreadable, by row); one found by its content alone must be nearly all dates.
const NAMED_DATES = 0.5;
const FOUND_DATES = 0.9;

function column(table: Table, index: number): Cell[] {
  return table.rows.slice(0, SAMPLE_ROWS).map((row) => row[index] ?? null);
}

/** The share of a column's filled cells (of the first rows) that read as dates. */
function dateShare(table: Table, index: number): number {
  const cells = column(table, index).filter((cell) => cell !== null);
  if (cells.length === 0) return 0;
  const order = defaultOrder(inferDayOrder(cells));
  return cells.filter((cell) => parseDay(cell, order) !== null).length / cells.length;
}

function idsRepeat(table: Table, index: number): boolean {
  const seen = new Set<string>();
  for (const row of table.rows) {
    const id = row[index];
    if (id === null || id === undefined) continue;
    const key = String(id);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

export function guessShape(table: Table): ShapeGuess {
  const wideColumns: WideColumn[] = [];
  table.headers.forEach((header, index) => {
    const stage = wideStageOf(header);
    if (stage !== null) wideColumns.push({ column: index, stage });
  });
  const wide = wideColumns.length >= 2;
  const roles = guessColumnRoles(table.headers, new Set(wide ? wideColumns.map((entry) => entry.column) : []));
  const dealId = roles.get('dealId');
  if (dealId === undefined) return { ok: false, error: { code: 'no-id-column' } };
  if (wide) {
    // A wide export may also name each deal's current stage; it is kept for snapshot figures.
    return { ok: true, reading: { shape: 'wide', sure: !idsRepeat(table, dealId), roles, wideColumns } };
  }
  if (!roles.has('stage')) return { ok: false, error: { code: 'no-stage-column' } };
  // An event log needs the day each stage was entered; a header that did not say so may still
  // hold dates (a column named "When", say).
  const enteredAt = roles.get('enteredAt');
  if (enteredAt === undefined || dateShare(table, enteredAt) < NAMED_DATES) {
    roles.delete('enteredAt');
    const used = new Set(roles.values());
    const dateColumn = table.headers.findIndex((_, index) => !used.has(index) && dateShare(table, index) >= FOUND_DATES);
    if (dateColumn !== -1 && !roles.has('createdAt')) roles.set('enteredAt', dateColumn);
  }
  const repeats = idsRepeat(table, dealId);
  if (repeats && roles.has('enteredAt')) return { ok: true, reading: { shape: 'event-log', sure: true, roles, wideColumns: [] } };
  // One row per deal: a snapshot, unless there is only an entered-at column (an event log of
  // deals that each had one change so far, which only the user can tell).
  const snapshotLike = roles.has('createdAt') || roles.has('closedAt') || !roles.has('enteredAt');
  return {
    ok: true,
    reading: { shape: snapshotLike ? 'snapshot' : 'event-log', sure: snapshotLike && !repeats, roles, wideColumns: [] },
  };
}
