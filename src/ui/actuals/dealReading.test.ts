import { describe, expect, it } from 'vitest';
import type { Table } from '../../model/actuals/table';
import { dateColumns, dayOrderOf, firstReading, readingComplete, withRole } from './dealReading';

function table(headers: string[], rows: (string | null)[][]): Table {
  return { headers, rows, fileRows: rows.map((_, index) => index + 2) };
}

describe('the file step of Import deal data', () => {
  it('starts from the guessed shape and columns of an event log', () => {
    const log = table(['Deal ID', 'Stage', 'Entered at'], [['1', 'Demo', '2024-03-04'], ['1', 'Won', '2024-03-08']]);
    const { reading, error } = firstReading(log);
    expect(error).toBeNull();
    expect(reading.shape).toBe('event-log');
    expect(readingComplete(reading)).toBe(true);
    expect(dateColumns(reading)).toEqual([2]);
  });

  it('still gives a reading when no id column is found, complete once the user chooses one', () => {
    const unnamed = table(['Ref', 'Stage', 'Date'], [['a', 'Demo', '2024-03-04']]);
    const { reading, error } = firstReading(unnamed);
    expect(error).toEqual({ code: 'no-id-column' });
    expect(readingComplete(reading)).toBe(false);
    const chosen = withRole(reading, 'dealId', 0);
    expect(readingComplete(chosen)).toBe(true);
    expect(readingComplete(withRole(chosen, 'stage', undefined))).toBe(false);
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
