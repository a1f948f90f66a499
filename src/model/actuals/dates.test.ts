import { describe, expect, it } from 'vitest';
import { defaultOrder, inferDayOrder, parseDay } from './dates';
import { dayOfDate, formatDay, mondayOf, weekKey } from './days';

const day = (text: string) => {
  const [year, month, date] = text.split('-').map(Number);
  return dayOfDate(year ?? 0, month ?? 0, date ?? 0);
};

describe('parseDay', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-3-5', '2024-03-05'],
    ['2024/03/05', '2024-03-05'],
    ['2024-03-05 17:45', '2024-03-05'],
    ['2024-03-05T17:45:10.123', '2024-03-05'],
    ['2024-03-05T23:30:00Z', '2024-03-05'],
    // 23:30 in New York is 04:30 the next day in UTC; 01:00 in Beijing is 17:00 the day before.
    ['2024-03-05T23:30:00-05:00', '2024-03-06'],
    ['2024-03-05T01:00:00+08:00', '2024-03-04'],
    ['2024-03-05T01:00:00+0800', '2024-03-04'],
    ['2024年3月5日', '2024-03-05'],
    ['2024 年 03 月 05 日 14:30', '2024-03-05'],
    ['2024年3月5号', '2024-03-05'],
    ['45356', '2024-03-05'],
  ])('reads %j as %s', (text, expected) => {
    expect(parseDay(text, null)).toBe(day(expected));
  });

  it('reads day-month and month-day dates by the order given', () => {
    expect(parseDay('05-03-2024', 'dmy')).toBe(day('2024-03-05'));
    expect(parseDay('03/05/2024', 'mdy')).toBe(day('2024-03-05'));
    expect(parseDay('03/05/2024 4:15 PM', 'mdy')).toBe(day('2024-03-05'));
    expect(parseDay('05.03.2024', 'dmy')).toBe(day('2024-03-05'));
    expect(parseDay('03/05/2024', 'dmy')).toBe(day('2024-05-03'));
    // Without an order such a date is not guessed.
    expect(parseDay('03/05/2024', null)).toBeNull();
    // 13 can't be a month.
    expect(parseDay('13/05/2024', 'mdy')).toBeNull();
  });

  it('reads Excel serials in the 1900 system, and Dates at their UTC day', () => {
    expect(parseDay(45356, null)).toBe(day('2024-03-05'));
    expect(parseDay(45356.99, null)).toBe(day('2024-03-05'));
    expect(parseDay(61, null)).toBe(day('1900-03-01'));
    expect(parseDay(new Date(Date.UTC(2024, 2, 5, 23, 59)), null)).toBe(day('2024-03-05'));
  });

  it('refuses what is no date', () => {
    for (const value of ['', 'soon', '2024-02-30', '2023-02-29', '2024-13-01', '31/04/2024', '2024年13月1日', '12', '1.5', null, true, 60, 1e9]) {
      expect(parseDay(value, 'dmy'), String(value)).toBeNull();
    }
    expect(parseDay(new Date(Number.NaN), null)).toBeNull();
    expect(parseDay('2024-02-29', null)).toBe(day('2024-02-29'));
  });
});

describe('inferDayOrder', () => {
  it('knows the order from any part above 12', () => {
    expect(inferDayOrder(['03/05/2024', '03/25/2024'])).toEqual({ kind: 'known', order: 'mdy' });
    expect(inferDayOrder(['05-03-2024', '25-03-2024'])).toEqual({ kind: 'known', order: 'dmy' });
  });

  it('calls a column ambiguous when no part is above 12, suggesting by the separator', () => {
    expect(inferDayOrder(['03/05/2024', '04/06/2024'])).toEqual({ kind: 'ambiguous', suggested: 'mdy' });
    expect(inferDayOrder(['03-05-2024', '04.06.2024'])).toEqual({ kind: 'ambiguous', suggested: 'dmy' });
  });

  it('reports a column that needs both orders', () => {
    expect(inferDayOrder(['25/03/2024', '03/25/2024'])).toEqual({ kind: 'conflict' });
    expect(defaultOrder({ kind: 'conflict' })).toBeNull();
  });

  it('finds nothing to infer in ISO dates, serials and Dates', () => {
    expect(inferDayOrder(['2024-03-05', 45356, new Date(0), null])).toEqual({ kind: 'none' });
  });
});

describe('days', () => {
  it('gives each day the Monday of its week, across a year end', () => {
    // 2024-03-05 was a Tuesday; 2023-01-01 a Sunday, in the week of Monday 26 December 2022.
    expect(weekKey(day('2024-03-05') ?? 0)).toBe('2024-03-04');
    expect(weekKey(day('2024-03-04') ?? 0)).toBe('2024-03-04');
    expect(weekKey(day('2024-03-10') ?? 0)).toBe('2024-03-04');
    expect(weekKey(day('2023-01-01') ?? 0)).toBe('2022-12-26');
    expect(formatDay(mondayOf(-1))).toBe('1969-12-29');
  });
});
