// The reading of a deal table before its stages are mapped: the shape and columns to start from,
// whether they are enough to read deals, and what the date columns say about day-first or
// month-first. Pure, so the import's worker (src/io/tables/dealWorker.ts) runs it beside the table.

import type { DealDataShape } from '../types';
import type { ColumnRole } from './columns';
import { guessColumnRoles } from './columns';
import { defaultOrder, inferDayOrder, type DayOrder, type DayOrderInference } from './dates';
import { readDeals, type DealRead, type ReadProblems } from './histories';
import { guessShape, type ShapeError, type TableReading } from './shape';
import type { Cell, Table } from './table';

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

/** What the mapping step shows of the deals read: counts and names, never a deal. */
export interface DealReadSummary {
  deals: number;
  /** Every stage name met, in the order first met. */
  stages: string[];
  problems: ReadProblems;
}

export interface Inspection {
  inference: DayOrderInference;
  /** The user's choice, else what the dates imply; null when nothing says. */
  dayOrder: DayOrder | null;
  /** Null while the reading lacks a column its shape needs. */
  read: DealRead | null;
}

/** The table read under a reading and a chosen day order (null: the one the dates imply). */
export function inspectReading(table: Table, reading: TableReading, chosenOrder: DayOrder | null): Inspection {
  const inference = dayOrderOf(table, reading);
  const dayOrder = chosenOrder ?? defaultOrder(inference);
  const read = readingComplete(reading) ? readDeals(table, reading, { dayOrder }) : null;
  return { inference, dayOrder, read };
}

export function summarizeRead(read: DealRead): DealReadSummary {
  return { deals: read.deals.length + read.snapshot.length, stages: read.stages, problems: read.problems };
}
