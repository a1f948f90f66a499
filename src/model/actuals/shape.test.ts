import { describe, expect, it } from 'vitest';
import { guessShape } from './shape';
import type { Cell, Table } from './table';

function table(headers: string[], rows: Cell[][]): Table {
  return { headers, rows, fileRows: rows.map((_, index) => index + 2) };
}

describe('guessShape', () => {
  it('finds an event log: ids repeat, one stage and one date per row', () => {
    const guess = guessShape(
      table(
        ['Deal ID', 'Stage', 'Entered at', 'Amount'],
        [
          ['D-1', 'Lead', '2024-03-01', '100'],
          ['D-1', 'Demo', '2024-03-08', '100'],
          ['D-2', 'Lead', '2024-03-02', '50'],
        ],
      ),
    );
    expect(guess.ok && guess.reading.shape).toBe('event-log');
    expect(guess.ok && guess.reading.sure).toBe(true);
    expect(guess.ok && Object.fromEntries(guess.reading.roles)).toEqual({ dealId: 0, stage: 1, enteredAt: 2, amount: 3 });
  });

  it('finds a HubSpot wide export with its stage columns in file order', () => {
    const guess = guessShape(
      table(
        ['Record ID', 'Deal Name', 'Deal Stage', 'Create Date', 'Date entered "Qualified (Sales Pipeline)"', 'Date entered "Won (Sales Pipeline)"'],
        [['1', 'Acme', 'Won', '2024-01-02', '2024-01-03', '2024-02-01']],
      ),
    );
    expect(guess.ok && guess.reading.shape).toBe('wide');
    expect(guess.ok && guess.reading.wideColumns).toEqual([
      { column: 4, stage: 'Qualified' },
      { column: 5, stage: 'Won' },
    ]);
    expect(guess.ok && guess.reading.roles.get('createdAt')).toBe(3);
  });

  it('finds a snapshot: one row per deal with its current stage and created and closed dates', () => {
    const guess = guessShape(
      table(
        ['Deal ID', 'Stage', 'Created', 'Close date', 'Amount'],
        [
          ['D-1', 'Won', '2024-01-02', '2024-02-01', '10'],
          ['D-2', 'Demo', '2024-01-05', null, '20'],
        ],
      ),
    );
    expect(guess).toMatchObject({ ok: true, reading: { shape: 'snapshot', sure: true } });
  });

  it('finds the day column by its content when its header says nothing', () => {
    const guess = guessShape(
      table(
        ['商机编号', '阶段', '备注', '何时'],
        [
          ['D-1', '初步接触', '好', '2024年3月5日'],
          ['D-1', '需求确认', '好', '2024年3月12日'],
        ],
      ),
    );
    expect(guess.ok && guess.reading.shape).toBe('event-log');
    expect(guess.ok && guess.reading.roles.get('enteredAt')).toBe(3);
  });

  it('is not sure about one row per deal with a single date column', () => {
    const guess = guessShape(table(['Deal ID', 'Stage', 'Date'], [['D-1', 'Lead', '2024-03-01'], ['D-2', 'Demo', '2024-03-02']]));
    expect(guess).toMatchObject({ ok: true, reading: { shape: 'event-log', sure: false } });
  });

  it('says which column is missing', () => {
    expect(guessShape(table(['Stage', 'Date'], [['Lead', '2024-03-01']]))).toEqual({ ok: false, error: { code: 'no-id-column' } });
    expect(guessShape(table(['Deal ID', 'Date'], [['D-1', '2024-03-01']]))).toEqual({ ok: false, error: { code: 'no-stage-column' } });
  });
});
