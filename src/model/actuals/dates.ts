// Dates as CRMs and spreadsheets write them, read to UTC days (days.ts): ISO (with or without a
// time and an offset), YYYY/MM/DD, DD-MM-YYYY and MM/DD/YYYY (which of the two is inferred from
// the whole column, since 03/05/2024 alone can't say), 2024年3月5日, Excel serial numbers (1900
// system; an XLSX's own date cells arrive as Dates with its date system applied), and Dates.

import { dayOfDate, dayOfInstant } from './days';
import type { Cell } from './table';

export type DayOrder = 'dmy' | 'mdy';

/** What a column says about the order of day and month in its `a/b/yyyy` or `a-b-yyyy` dates. */
export type DayOrderInference =
  | { kind: 'none' }
  | { kind: 'known'; order: DayOrder }
  /** No value has a part above 12: the separator suggests an order, and the user is asked. */
  | { kind: 'ambiguous'; suggested: DayOrder }
  /** Some values need day first and others month first: the column mixes two formats. */
  | { kind: 'conflict' };

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SHORT = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

// Serial 25569 is 1970-01-01 in Excel's 1900 system; below 61 that system counts a 29 February
// 1900 that never was, and no deal is that old anyway.
const EXCEL_EPOCH_SERIAL = 25569;
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2958465;

function serialDay(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  return Math.floor(serial) - EXCEL_EPOCH_SERIAL;
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

function isoDay(match: RegExpMatchArray): number | null {
  const [, year, month, day, hour, minute, second, offset] = match;
  const date = dayOfDate(Number(year), Number(month), Number(day));
  if (date === null || offset === undefined) return date;
  // With an offset the instant is known: its day is the UTC day, which may be the next or previous.
  const minutes = Number(hour) * 60 + Number(minute) - offsetMinutes(offset);
  return dayOfInstant(date * 86_400_000 + minutes * 60_000 + Number(second ?? 0) * 1000);
}

/** The UTC day of a cell, or null when it holds no date this reader knows. */
export function parseDay(cell: Cell, order: DayOrder | null): number | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : dayOfInstant(cell.getTime());
  if (typeof cell === 'number') return serialDay(cell);
  if (typeof cell !== 'string') return null;
  const text = cell.trim();
  const iso = ISO.exec(text);
  if (iso) return isoDay(iso);
  const chinese = CHINESE.exec(text);
  if (chinese) return dayOfDate(Number(chinese[1]), Number(chinese[2]), Number(chinese[3]));
  const short = SHORT.exec(text);
  if (short) {
    if (order === null) return null;
    const first = Number(short[1]);
    const second = Number(short[3]);
    const year = Number(short[4]);
    return order === 'dmy' ? dayOfDate(year, second, first) : dayOfDate(year, first, second);
  }
  if (SERIAL_TEXT.test(text)) return serialDay(Number(text));
  return null;
}

/** Infers day-first or month-first from every `a/b/yyyy` value of a column. */
export function inferDayOrder(cells: Iterable<Cell>): DayOrderInference {
  let needsDmy = false;
  let needsMdy = false;
  let slashes = 0;
  let others = 0;
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const short = SHORT.exec(cell.trim());
    if (!short) continue;
    if (short[2] === '/') slashes += 1;
    else others += 1;
    if (Number(short[1]) > 12) needsDmy = true;
    if (Number(short[3]) > 12) needsMdy = true;
  }
  if (needsDmy && needsMdy) return { kind: 'conflict' };
  if (needsDmy) return { kind: 'known', order: 'dmy' };
  if (needsMdy) return { kind: 'known', order: 'mdy' };
  if (slashes + others === 0) return { kind: 'none' };
  // The US writes 03/05/2024 for 5 March; most of the rest of the world writes 05-03-2024 or 05.03.2024.
  return { kind: 'ambiguous', suggested: slashes >= others ? 'mdy' : 'dmy' };
}

/** The order to read a column with, when the user has not chosen: the known or suggested one. */
export function defaultOrder(inference: DayOrderInference): DayOrder | null {
  if (inference.kind === 'known') return inference.order;
  if (inference.kind === 'ambiguous') return inference.suggested;
  return null;
}
