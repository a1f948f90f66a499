// From a file's bytes to deal histories: the reading layers together, on files made outside our code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOfDate } from '../../model/actuals/days';
import { readDeals } from '../../model/actuals/histories';
import { guessShape } from '../../model/actuals/shape';
import { readTable } from './readTable';
import { buildXlsx } from './xlsxFixture';

describe('a deal file read to histories', () => {
  it('reads the GBK event log with Chinese stage names, dates and a lost reason', async () => {
    const table = await readTable(new Uint8Array(readFileSync(new URL('./fixtures/gb18030-event-log.csv', import.meta.url))));
    if (!table.ok) throw new Error(table.error.code);
    const guess = guessShape(table.value);
    if (!guess.ok) throw new Error(guess.error.code);
    expect(guess.reading.shape).toBe('event-log');
    const read = readDeals(table.value, guess.reading, { dayOrder: null });
    expect(read.stages).toEqual(['初步接触', '需求确认', '输单']);
    expect(read.deals[1]).toEqual({
      id: 'D-2',
      events: [
        { stage: '初步接触', day: dayOfDate(2024, 3, 6) },
        { stage: '输单', day: dayOfDate(2024, 3, 20) },
      ],
      lostReason: '价格太高',
    });
  });

  it('reads a 1904-system workbook of the wide shape to the same days as its dates say', async () => {
    const bytes = buildXlsx(
      [
        ['Record ID', 'Date entered "Lead (Sales Pipeline)"', 'Date entered "Won (Sales Pipeline)"'],
        ['7', { serial: 43894 }, { serial: 43901 }],
      ],
      { date1904: true },
    );
    const table = await readTable(bytes);
    if (!table.ok) throw new Error(table.error.code);
    const guess = guessShape(table.value);
    if (!guess.ok) throw new Error(guess.error.code);
    expect(readDeals(table.value, guess.reading, { dayOrder: null }).deals).toEqual([
      {
        id: '7',
        events: [
          { stage: 'Lead', day: dayOfDate(2024, 3, 5) },
          { stage: 'Won', day: dayOfDate(2024, 3, 12) },
        ],
      },
    ]);
  });
});
