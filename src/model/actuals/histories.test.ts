import { describe, expect, it } from 'vitest';
import { dayOfDate } from './days';
import { parseAmount, readDeals, SHOWN_UNREADABLE } from './histories';
import { guessShape, type TableReading } from './shape';
import type { Cell, Table } from './table';

function table(headers: string[], rows: Cell[][]): Table {
  return { headers, rows, fileRows: rows.map((_, index) => index + 2) };
}

function reading(source: Table): TableReading {
  const guess = guessShape(source);
  if (!guess.ok) throw new Error(guess.error.code);
  return guess.reading;
}

const d = (month: number, day: number) => dayOfDate(2024, month, day);

describe('readDeals from an event log', () => {
  const log = table(
    ['Deal ID', 'Stage', 'Entered', 'Status', 'Lost reason', 'Amount', 'Lead source', 'Owner'],
    [
      ['D-1', 'Demo', '2024-03-08', null, null, '1,200', 'Web', 'Ann'],
      ['D-1', 'Lead', '2024-03-01', null, null, null, 'Web', 'Ann'],
      ['D-2', 'Lead', '2024-03-02', null, null, null, 'Event', 'Bo'],
      ['D-2', 'Lead', '2024-03-02', null, null, null, 'Event', 'Bo'],
      ['D-2', 'Demo', 'someday', null, null, null, 'Event', 'Bo'],
      ['D-2', 'Proposal', '2024-03-20', 'Lost', 'Price', '800', 'Event', 'Bo'],
      [null, 'Lead', '2024-03-03', null, null, null, null, 'Ann'],
      ['D-3', null, '2024-03-03', null, null, null, null, 'Ann'],
      ['D-4', 'Lead', null, null, null, null, null, 'Ann'],
    ],
  );

  it('gives each deal its events in day order, with outcome, lost reason, amount and source', () => {
    const read = readDeals(log, reading(log), { dayOrder: null });
    expect(read.deals).toEqual([
      { id: 'D-1', events: [{ stage: 'Lead', day: d(3, 1) }, { stage: 'Demo', day: d(3, 8) }], amount: 1200, source: 'Web' },
      {
        id: 'D-2',
        events: [{ stage: 'Lead', day: d(3, 2) }, { stage: 'Proposal', day: d(3, 20) }],
        outcome: 'lost',
        lostReason: 'Price',
        amount: 800,
        source: 'Event',
      },
    ]);
    expect(read.stages).toEqual(['Demo', 'Lead', 'Proposal']);
    expect(read.newestDay).toBe(d(3, 20));
  });

  it('counts what it could not use and names unreadable dates by file row and column', () => {
    const { problems } = readDeals(log, reading(log), { dayOrder: null });
    expect(problems).toEqual({
      unreadableDates: [{ fileRow: 6, column: 'Entered', value: 'someday' }],
      unreadableDateCount: 1,
      rowsWithoutId: 1,
      rowsWithoutStage: 1,
      rowsWithoutDate: 1,
      duplicateEvents: 1,
    });
  });

  it('keeps only the owners chosen, and never the owner itself', () => {
    const read = readDeals(log, reading(log), { dayOrder: null, owners: new Set(['Bo']) });
    expect(read.deals.map((deal) => deal.id)).toEqual(['D-2']);
    expect(JSON.stringify(read)).not.toContain('Bo');
  });

  it('names at most the first hundred unreadable dates but counts them all', () => {
    const rows: Cell[][] = [['X', 'Lead', '2024-01-01']];
    for (let index = 0; index < SHOWN_UNREADABLE + 5; index += 1) rows.push([`D-${index}`, 'Lead', 'never']);
    const many = table(['Deal ID', 'Stage', 'Date'], rows);
    const roles = new Map([
      ['dealId', 0],
      ['stage', 1],
      ['enteredAt', 2],
    ] as const);
    const { problems } = readDeals(many, { shape: 'event-log', sure: true, roles, wideColumns: [] }, { dayOrder: null });
    expect(problems.unreadableDates).toHaveLength(SHOWN_UNREADABLE);
    expect(problems.unreadableDateCount).toBe(SHOWN_UNREADABLE + 5);
  });

  it('reads day-month dates by the order given', () => {
    const dmy = table(['Deal ID', 'Stage', 'Date'], [['D-1', 'Lead', '05/03/2024'], ['D-1', 'Won', '10/03/2024']]);
    expect(readDeals(dmy, reading(dmy), { dayOrder: 'dmy' }).deals[0]?.events.map((event) => event.day)).toEqual([d(3, 5), d(3, 10)]);
    expect(readDeals(dmy, reading(dmy), { dayOrder: 'mdy' }).deals[0]?.events.map((event) => event.day)).toEqual([d(5, 3), d(10, 3)]);
  });
});

describe('readDeals from a wide export', () => {
  it('makes one event per filled date column, same-day events in column order', () => {
    const wide = table(
      ['Record ID', 'Deal Name', 'Date entered "Lead"', 'Date entered "Demo"', 'Date entered "Won"'],
      [
        ['1', 'Acme Ltd', '2024-03-01', '2024-03-01', '2024-03-09'],
        ['2', 'Beta Inc', '2024-03-02', null, null],
      ],
    );
    const read = readDeals(wide, reading(wide), { dayOrder: null });
    expect(read.deals).toEqual([
      { id: '1', events: [{ stage: 'Lead', day: d(3, 1) }, { stage: 'Demo', day: d(3, 1) }, { stage: 'Won', day: d(3, 9) }] },
      { id: '2', events: [{ stage: 'Lead', day: d(3, 2) }] },
    ]);
    // Deal names are not read at all.
    expect(JSON.stringify(read)).not.toContain('Acme');
  });
});

describe('readDeals from a snapshot', () => {
  it('keeps each deal’s current stage, created and closed days and outcome from status or stage name', () => {
    const snapshot = table(
      ['Deal ID', 'Stage', 'Created', 'Close date', 'Amount'],
      [
        ['D-1', 'Closed Won', '2024-01-02', '2024-02-01', '¥12,000'],
        ['D-2', 'Demo', '2024-01-05', null, null],
      ],
    );
    const read = readDeals(snapshot, reading(snapshot), { dayOrder: null });
    expect(read.snapshot).toEqual([
      { id: 'D-1', stage: 'Closed Won', createdDay: dayOfDate(2024, 1, 2), closedDay: dayOfDate(2024, 2, 1), outcome: 'won', amount: 12000 },
      { id: 'D-2', stage: 'Demo', createdDay: dayOfDate(2024, 1, 5) },
    ]);
    expect(read.deals).toEqual([]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['1,200.50', 1200.5],
    ['1.200,50', 1200.5],
    ['1,5', 1.5],
    ['12,000', 12000],
    ['¥ 3 000', 3000],
    ['$-20', -20],
    [42, 42],
    ['n/a', null],
    [null, null],
  ] as const)('reads %j as %j', (cell, value) => {
    expect(parseAmount(cell)).toBe(value);
  });
});
