import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_TABLE_BYTES, readTable, type ReadPhase } from './readTable';
import { buildXlsx } from './xlsxFixture';

const encode = (text: string) => new TextEncoder().encode(text);

describe('readTable', () => {
  it('reads a semicolon CSV with quoted fields into trimmed headers and cells, naming each row’s line', async () => {
    const text = 'Deal ID;Stage;Note\n D-1 ;Qualified;"multi\nline"\n\nD-2;Won;\n';
    const result = await readTable(encode(text));
    expect(result).toEqual({
      ok: true,
      value: {
        headers: ['Deal ID', 'Stage', 'Note'],
        rows: [
          ['D-1', 'Qualified', 'multi\nline'],
          ['D-2', 'Won', null],
        ],
        fileRows: [2, 5],
      },
    });
  });

  it('reads the Chinese GB18030 fixture', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/gb18030-event-log.csv', import.meta.url)));
    const result = await readTable(bytes);
    expect(result.ok && result.value.headers).toEqual(['商机编号', '阶段', '进入日期', '输单原因']);
    expect(result.ok && result.value.rows[3]).toEqual(['D-2', '输单', '2024年3月20日', '价格太高']);
  });

  it('reads a zip as XLSX whatever its name', async () => {
    const result = await readTable(buildXlsx([['Deal', 'Stage'], ['D-1', 'Won']]));
    expect(result.ok && result.value.rows).toEqual([['D-1', 'Won']]);
  });

  it('reads Excel’s “Unicode text”: UTF-16 LE with a BOM, tab-separated', async () => {
    const text = '\ufeffDeal\tStage\r\nD-1\t赢单\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let index = 0; index < text.length; index += 1) new DataView(bytes.buffer).setUint16(index * 2, text.charCodeAt(index), true);
    const result = await readTable(bytes);
    expect(result.ok && result.value).toEqual({ headers: ['Deal', 'Stage'], rows: [['D-1', '赢单']], fileRows: [2] });
  });

  it('names blank headers by their column', async () => {
    const result = await readTable(encode('Deal,,Stage\nD-1,x,Won\n'));
    expect(result.ok && result.value.headers).toEqual(['Deal', 'Column 2', 'Stage']);
  });

  it('refuses an empty file, a file with a header only, and a single column', async () => {
    expect(await readTable(new Uint8Array())).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await readTable(encode('Deal,Stage\n'))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await readTable(encode('just some words\nand more\n'))).toEqual({ ok: false, error: { code: 'not-a-table' } });
  });

  it('refuses binary content that happens to decode', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await readTable(png)).toEqual({ ok: false, error: { code: 'not-a-table' } });
    const utf16WithNul = new Uint8Array([0xff, 0xfe, 0x61, 0, 0x2c, 0, 0x00, 0x00, 0x0a, 0]);
    expect(await readTable(utf16WithNul)).toEqual({ ok: false, error: { code: 'not-a-table' } });
  });

  it('refuses a file over the size cap before reading it, naming both sizes', async () => {
    const bytes = new Uint8Array(MAX_TABLE_BYTES + 1);
    expect(await readTable(bytes)).toEqual({ ok: false, error: { code: 'too-large', bytes: MAX_TABLE_BYTES + 1, limitBytes: MAX_TABLE_BYTES } });
  });

  it('passes on encoding errors', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./fixtures/big5-event-log.csv', import.meta.url)));
    expect(await readTable(bytes)).toEqual({ ok: false, error: { code: 'big5' } });
  });

  it('reports its phases in order, parsing ending at 1', async () => {
    const seen: [ReadPhase, number][] = [];
    await readTable(encode('a,b\n1,2\n'), { onProgress: (phase, done) => seen.push([phase, done]) });
    expect(seen[0]).toEqual(['decoding', 0]);
    expect(seen.at(-1)).toEqual(['parsing', 1]);
  });
});
