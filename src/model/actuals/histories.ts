// Deal histories read out of a table under a confirmed reading (shape.ts): for each deal the
// stages it entered and when, plus what the measurement needs (outcome, lost reason, amount, lead
// source). Names of deals, accounts and people are never read. Rows that can't be used are
// counted, and unreadable dates named by file row and column, for the dialog to show.

import { labelOutcome } from '../analytics/outcomeWords';
import type { ColumnRole } from './columns';
import { parseDay, type DayOrder } from './dates';
import type { TableReading } from './shape';
import type { Cell, Table } from './table';

export interface StageEvent {
  stage: string;
  day: number;
}

export interface DealHistory {
  id: string;
  /** By day; events of one day keep the file's order (a wide export's column order). */
  events: StageEvent[];
  outcome?: 'won' | 'lost';
  lostReason?: string;
  amount?: number;
  source?: string;
}

/** A deal of a snapshot export: where it is now, with no history. */
export interface SnapshotDeal {
  id: string;
  stage: string;
  createdDay?: number;
  closedDay?: number;
  outcome?: 'won' | 'lost';
  amount?: number;
  source?: string;
}

export interface UnreadableDate {
  fileRow: number;
  column: string;
  value: string;
}

export interface ReadProblems {
  /** The first `SHOWN_UNREADABLE` of them; `unreadableDateCount` counts all. */
  unreadableDates: UnreadableDate[];
  unreadableDateCount: number;
  rowsWithoutId: number;
  rowsWithoutStage: number;
  /** Event-log rows with no day entered (rows with an unreadable one are in `unreadableDates`). */
  rowsWithoutDate: number;
  /** The same deal entering the same stage on the same day twice: counted once. */
  duplicateEvents: number;
}

export interface DealRead {
  deals: DealHistory[];
  snapshot: SnapshotDeal[];
  /** Every stage name met, in the order first met. */
  stages: string[];
  /** The newest date in the file: open deals are counted as open up to it (right-censoring). */
  newestDay: number | null;
  problems: ReadProblems;
}

export interface ReadOptions {
  dayOrder: DayOrder | null;
  /** Only rows whose owner is one of these (an import-time filter; owners are never kept). */
  owners?: ReadonlySet<string>;
}

export const SHOWN_UNREADABLE = 100;

function text(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  if (cell instanceof Date) return cell.toISOString();
  const value = String(cell).trim();
  return value === '' ? null : value;
}

/** 1,200.50 / 1.200,50 / ¥12,000 / 12000 as a number; null when it is none. */
export function parseAmount(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const raw = text(cell)?.replace(/[^\d.,-]/g, '');
  if (!raw) return null;
  let normal = raw;
  if (raw.includes(',') && raw.includes('.')) {
    normal = raw.lastIndexOf(',') > raw.lastIndexOf('.') ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '');
  } else if (raw.includes(',')) {
    normal = /^-?\d{1,3}(,\d{3})+$/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  }
  const value = Number(normal);
  return Number.isFinite(value) && normal !== '' ? value : null;
}

export function readDeals(table: Table, reading: TableReading, { dayOrder, owners }: ReadOptions): DealRead {
  const problems: ReadProblems = { unreadableDates: [], unreadableDateCount: 0, rowsWithoutId: 0, rowsWithoutStage: 0, rowsWithoutDate: 0, duplicateEvents: 0 };
  const stages: string[] = [];
  const stageSeen = new Set<string>();
  let newestDay: number | null = null;
  const cellOf = (row: Cell[], role: ColumnRole) => {
    const column = reading.roles.get(role);
    return column === undefined ? undefined : row[column];
  };
  const noteStage = (stage: string) => {
    if (stageSeen.has(stage)) return;
    stageSeen.add(stage);
    stages.push(stage);
  };
  // An export repeats the same few hundred dates across its rows: each text is parsed once.
  const dayOfText = new Map<string, number | null>();
  const dayOf = (cell: Cell): number | null => {
    if (typeof cell !== 'string') return parseDay(cell, dayOrder);
    let day = dayOfText.get(cell);
    if (day === undefined) {
      day = parseDay(cell, dayOrder);
      dayOfText.set(cell, day);
    }
    return day;
  };
  const readDay = (row: Cell[], rowIndex: number, column: number | undefined): number | null | undefined => {
    if (column === undefined) return undefined;
    const cell = row[column] ?? null;
    if (text(cell) === null) return undefined;
    const day = dayOf(cell);
    if (day === null) {
      problems.unreadableDateCount += 1;
      if (problems.unreadableDates.length < SHOWN_UNREADABLE) {
        problems.unreadableDates.push({ fileRow: table.fileRows[rowIndex] ?? rowIndex + 2, column: table.headers[column] ?? '', value: text(cell) ?? '' });
      }
      return null;
    }
    newestDay = newestDay === null ? day : Math.max(newestDay, day);
    return day;
  };

  const byId = new Map<string, DealHistory>();
  const eventKeys = new Map<DealHistory, Set<string>>();
  const snapshot: SnapshotDeal[] = [];
  const addEvent = (deal: DealHistory, stage: string, day: number) => {
    // The day's digits end at the first '|', so no two (day, stage) pairs share a key.
    const key = `${day}|${stage}`;
    let keys = eventKeys.get(deal);
    if (!keys) {
      keys = new Set();
      eventKeys.set(deal, keys);
    }
    if (keys.has(key)) {
      problems.duplicateEvents += 1;
      return;
    }
    keys.add(key);
    noteStage(stage);
    deal.events.push({ stage, day });
  };

  table.rows.forEach((row, rowIndex) => {
    if (owners) {
      const owner = text(cellOf(row, 'owner'));
      if (owner === null || !owners.has(owner)) return;
    }
    const id = text(cellOf(row, 'dealId'));
    if (id === null) {
      problems.rowsWithoutId += 1;
      return;
    }
    const stage = text(cellOf(row, 'stage'));
    if (reading.shape === 'snapshot') {
      if (stage === null) {
        problems.rowsWithoutStage += 1;
        return;
      }
      noteStage(stage);
      const outcome = labelOutcome(text(cellOf(row, 'outcome')) ?? '') ?? labelOutcome(stage);
      const deal: SnapshotDeal = { id, stage };
      const createdDay = readDay(row, rowIndex, reading.roles.get('createdAt'));
      const closedDay = readDay(row, rowIndex, reading.roles.get('closedAt'));
      if (typeof createdDay === 'number') deal.createdDay = createdDay;
      if (typeof closedDay === 'number') deal.closedDay = closedDay;
      if (outcome) deal.outcome = outcome;
      const amount = parseAmount(cellOf(row, 'amount'));
      if (amount !== null) deal.amount = amount;
      const source = text(cellOf(row, 'leadSource'));
      if (source !== null) deal.source = source;
      snapshot.push(deal);
      return;
    }
    let deal = byId.get(id);
    if (!deal) {
      deal = { id, events: [] };
      byId.set(id, deal);
    }
    if (reading.shape === 'wide') {
      for (const { column, stage: wideStage } of reading.wideColumns) {
        const day = readDay(row, rowIndex, column);
        if (typeof day === 'number') addEvent(deal, wideStage, day);
      }
    } else {
      if (stage === null) {
        problems.rowsWithoutStage += 1;
        return;
      }
      const day = readDay(row, rowIndex, reading.roles.get('enteredAt'));
      if (typeof day === 'number') addEvent(deal, stage, day);
      else if (day === undefined) problems.rowsWithoutDate += 1;
    }
    const outcome = labelOutcome(text(cellOf(row, 'outcome')) ?? '');
    if (outcome) deal.outcome = outcome;
    const lostReason = text(cellOf(row, 'lostReason'));
    if (lostReason !== null) deal.lostReason = lostReason;
    const amount = parseAmount(cellOf(row, 'amount'));
    if (amount !== null) deal.amount = amount;
    const source = text(cellOf(row, 'leadSource'));
    if (source !== null && deal.source === undefined) deal.source = source;
  });

  const deals = [...byId.values()].filter((deal) => deal.events.length > 0);
  for (const deal of deals) deal.events.sort((a, b) => a.day - b.day);
  return { deals, snapshot, stages, newestDay, problems };
}
