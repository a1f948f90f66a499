import { zipSync, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from './xlsx';
import { buildXlsx } from './xlsxFixture';

describe('readXlsxTable', () => {
  it('reads the header, text, numbers and date cells of the first sheet, with sheet row numbers', async () => {
    const bytes = buildXlsx([
      [null],
      ['Deal ID', 'Stage', 'Entered', 'Amount'],
      ['D-1', '初步接触', { serial: 45356 }, 1200.5],
      [null, null, null, null],
      ['D-2', 'Won', { serial: 45357 }, 800],
    ]);
    const result = await readXlsxTable(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.headers).toEqual(['Deal ID', 'Stage', 'Entered', 'Amount']);
    // 45356 in the 1900 system is 2024-03-05.
    expect(result.value.rows).toEqual([
      ['D-1', '初步接触', new Date(Date.UTC(2024, 2, 5)), 1200.5],
      ['D-2', 'Won', new Date(Date.UTC(2024, 2, 6)), 800],
    ]);
    expect(result.value.fileRows).toEqual([3, 5]);
  });

  it('reads dates of a workbook in the 1904 date system four years and a day later for the same serial', async () => {
    const bytes = buildXlsx(
      [
        ['Deal', 'Entered'],
        ['D-1', { serial: 43894 }],
      ],
      { date1904: true },
    );
    const result = await readXlsxTable(bytes);
    // 43894 days after 1904-01-01 is 2024-03-05, the day serial 45356 is in the 1900 system.
    expect(result.ok && result.value.rows).toEqual([['D-1', new Date(Date.UTC(2024, 2, 5))]]);
  });

  it('reads a sheet over 512 KB, the size above which fflate would inflate it in a blob: worker', async () => {
    const rows = Array.from({ length: 6000 }, (_, index) => [`D-${index}`, index % 2 === 0 ? 'Quotation' : '报价与谈判', index * 10]);
    const bytes = buildXlsx([['Deal', 'Stage', 'Amount'], ...rows]);
    const sheet = unzipSync(bytes, { filter: (file) => file.name === 'xl/worksheets/sheet1.xml' })['xl/worksheets/sheet1.xml']!;
    expect(sheet.length).toBeGreaterThan(512 * 1024);
    const result = await readXlsxTable(bytes);
    expect(result.ok && result.value.rows.length).toBe(6000);
    expect(result.ok && result.value.rows[5999]).toEqual(['D-5999', '报价与谈判', 59990]);
  });

  it('leaves a plain number cell a number', async () => {
    const result = await readXlsxTable(buildXlsx([['Deal', 'Serial'], ['D-1', 45356]]));
    expect(result.ok && result.value.rows).toEqual([['D-1', 45356]]);
  });

  it('refuses a zip that is no workbook, and bytes that are no zip', async () => {
    const notWorkbook = zipSync({ 'readme.txt': strToU8('hello') });
    expect(await readXlsxTable(notWorkbook)).toEqual({ ok: false, error: { code: 'xlsx-unreadable' } });
    expect(await readXlsxTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual({
      ok: false,
      error: { code: 'xlsx-unreadable' },
    });
  });

  it('refuses a sheet with a single column as no table', async () => {
    expect(await readXlsxTable(buildXlsx([['Only'], ['a']]))).toEqual({ ok: false, error: { code: 'not-a-table' } });
  });
});
