import { describe, expect, it } from 'vitest';
import type { Table } from './table';
import { dateColumns, dayOrderOf, firstReading, inspectReading, readingComplete, summarizeRead } from './tableReading';

function table(headers: string[], rows: (string | null)[][]): Table {
  return { headers, rows, fileRows: rows.map((_, index) => index + 2) };
}

describe('the reading of a deal table', () => {
  it('starts from the guessed shape and columns of an event log', () => {
    const log = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '2024-03-04'], ['1', 'Won', '2024-03-08']]);
    const { reading, error } = firstReading(log);
    expect(error).toBeNull();
    expect(reading.shape).toBe('event-log');
    expect(readingComplete(reading)).toBe(true);
    expect(dateColumns(reading)).toEqual([2]);
  });

  it('still gives a reading when no id column is found, complete once the id column is chosen', () => {
    const unnamed = table(['Ref', 'Stage', 'Date'], [['a', 'Demo', '2024-03-04']]);
    const { reading, error } = firstReading(unnamed);
    expect(error).toEqual({ code: 'no-id-column' });
    expect(readingComplete(reading)).toBe(false);
    const roles = new Map(reading.roles).set('dealId', 0);
    expect(readingComplete({ ...reading, roles })).toBe(true);
  });

  it('asks for the day order only when the date columns cannot say', () => {
    const ambiguous = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '03/04/2024'], ['1', 'Won', '05/06/2024']]);
    expect(dayOrderOf(ambiguous, firstReading(ambiguous).reading).kind).toBe('ambiguous');
    const known = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '03/04/2024'], ['1', 'Won', '25/06/2024']]);
    expect(dayOrderOf(known, firstReading(known).reading)).toEqual({ kind: 'known', order: 'dmy' });
  });

  it('reads a wide export by its date-entered columns', () => {
    const wide = table(['Record ID', 'Date entered Demo', 'Date entered Won'], [['1', '2024-03-04', '2024-03-09']]);
    const { reading } = firstReading(wide);
    expect(reading.shape).toBe('wide');
    expect(dateColumns(reading)).toEqual([1, 2]);
    expect(readingComplete(reading)).toBe(true);
  });
});

describe('inspectReading', () => {
  const log = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '03/04/2024'], ['1', 'Won', '04/04/2024'], ['2', 'Demo', 'someday']]);

  it('reads the deals under the order the user chose, and names what could not be read', () => {
    const { reading } = firstReading(log);
    const monthFirst = inspectReading(log, reading, 'mdy');
    expect(monthFirst.inference.kind).toBe('ambiguous');
    expect(monthFirst.dayOrder).toBe('mdy');
    // Month first, 4 March to 4 April 2024: 31 days; day first, 3 to 4 April: 1 day.
    const events = monthFirst.read?.deals[0]?.events ?? [];
    expect(events.map((event) => event.stage)).toEqual(['Demo', 'Won']);
    expect((events[1]?.day ?? 0) - (events[0]?.day ?? 0)).toBe(31);
    const dayFirst = inspectReading(log, reading, 'dmy').read?.deals[0]?.events ?? [];
    expect((dayFirst[1]?.day ?? 0) - (dayFirst[0]?.day ?? 0)).toBe(1);
    expect(summarizeRead(monthFirst.read!)).toEqual({
      deals: 1,
      stages: ['Demo', 'Won'],
      problems: expect.objectContaining({ unreadableDateCount: 1, unreadableDates: [{ fileRow: 4, column: 'Entered at', value: 'someday' }] }),
    });
  });

  it('falls back on the order the dates imply, and reads no deals while a needed column is missing', () => {
    const known = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '25/06/2024']]);
    expect(inspectReading(known, firstReading(known).reading, null).dayOrder).toBe('dmy');
    const { reading } = firstReading(log);
    const roles = new Map(reading.roles);
    roles.delete('stage');
    const incomplete = inspectReading(log, { ...reading, roles }, null);
    expect(incomplete.read).toBeNull();
    expect(incomplete.inference.kind).toBe('ambiguous');
  });
});
