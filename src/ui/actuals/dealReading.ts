// The file step of Import deal data, without React: which column roles each shape asks for,
// whether a reading is complete enough to go on, and the cells whose day order must be known.

import type { ColumnRole } from '../../model/actuals/columns';
import { guessColumnRoles } from '../../model/actuals/columns';
import { inferDayOrder, type DayOrderInference } from '../../model/actuals/dates';
import { guessShape, type ShapeError, type TableReading } from '../../model/actuals/shape';
import type { Cell, Table } from '../../model/actuals/table';
import type { DealDataShape } from '../../model/types';

export const ROLES_BY_SHAPE: Record<DealDataShape, readonly ColumnRole[]> = {
  'event-log': ['dealId', 'stage', 'enteredAt', 'outcome', 'lostReason', 'amount'],
  wide: ['dealId', 'outcome', 'lostReason', 'amount'],
  snapshot: ['dealId', 'stage', 'createdAt', 'closedAt', 'outcome', 'amount'],
};

const REQUIRED: Record<DealDataShape, readonly ColumnRole[]> = {
  'event-log': ['dealId', 'stage', 'enteredAt'],
  wide: ['dealId'],
  snapshot: ['dealId', 'stage'],
};

/**
 * The guess to start from. A table whose id or stage column can't be found still gets a reading
 * (with the roles its headers suggest), so the user can choose the columns; the error says why.
 */
export function firstReading(table: Table): { reading: TableReading; error: ShapeError | null } {
  const guess = guessShape(table);
  if (guess.ok) return { reading: guess.reading, error: null };
  return { reading: { shape: 'event-log', sure: false, roles: guessColumnRoles(table.headers), wideColumns: [] }, error: guess.error };
}

export function readingComplete(reading: TableReading): boolean {
  if (reading.shape === 'wide' && reading.wideColumns.length < 2) return false;
  return REQUIRED[reading.shape].every((role) => reading.roles.has(role));
}

export function withRole(reading: TableReading, role: ColumnRole, column: number | undefined): TableReading {
  const roles = new Map(reading.roles);
  if (column === undefined) roles.delete(role);
  else roles.set(role, column);
  return { ...reading, roles };
}

/** The columns holding dates under this reading, in the file's order. */
export function dateColumns(reading: TableReading): number[] {
  if (reading.shape === 'wide') return reading.wideColumns.map((entry) => entry.column);
  const roles: ColumnRole[] = reading.shape === 'snapshot' ? ['createdAt', 'closedAt'] : ['enteredAt'];
  return roles.flatMap((role) => (reading.roles.has(role) ? [reading.roles.get(role)!] : []));
}

/** What the date columns say about day-first or month-first, over all their cells. */
export function dayOrderOf(table: Table, reading: TableReading): DayOrderInference {
  const columns = dateColumns(reading);
  const cells: Cell[] = [];
  for (const row of table.rows) for (const column of columns) cells.push(row[column] ?? null);
  return inferDayOrder(cells.filter((cell) => cell !== null));
}
