import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeTableBytes, looksLikeBig5 } from './decode';

// Made with `iconv -t GB18030` and `iconv -t BIG5` from the same Chinese event log.
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const sample = 'deal,stage\r\nD-1,Qualified · 已确认\r\n';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

describe('decodeTableBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const result = decodeTableBytes(new TextEncoder().encode(sample));
    expect(result).toEqual({ ok: true, value: { text: sample, encoding: 'utf-8', bom: false } });
  });

  it('reads UTF-8 with a BOM and leaves the BOM out of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]);
    expect(decodeTableBytes(bytes)).toEqual({ ok: true, value: { text: sample, encoding: 'utf-8', bom: true } });
  });

  it('reads UTF-16 in either byte order by its BOM', () => {
    expect(decodeTableBytes(utf16(sample, true))).toEqual({ ok: true, value: { text: sample, encoding: 'utf-16le', bom: true } });
    expect(decodeTableBytes(utf16(sample, false))).toEqual({ ok: true, value: { text: sample, encoding: 'utf-16be', bom: true } });
  });

  it('reads GB18030 (GBK) bytes as Chinese Excel writes them', () => {
    const result = decodeTableBytes(fixture('gb18030-event-log.csv'));
    expect(result.ok && result.value.encoding).toBe('gb18030');
    expect(result.ok && result.value.text.split('\r\n')[0]).toBe('商机编号,阶段,进入日期,输单原因');
    expect(result.ok && result.value.text).toContain('D-2,输单,2024年3月20日,价格太高');
  });

  it('reads GB18030 bytes built by hand: 销售 is CF FA CA DB', () => {
    const bytes = new Uint8Array([0x61, 0x2c, 0xcf, 0xfa, 0xca, 0xdb, 0x0a]);
    expect(decodeTableBytes(bytes)).toEqual({ ok: true, value: { text: 'a,销售\n', encoding: 'gb18030', bom: false } });
  });

  it('refuses Big5 with its own error instead of decoding it as nonsense', () => {
    expect(decodeTableBytes(fixture('big5-event-log.csv'))).toEqual({ ok: false, error: { code: 'big5' } });
  });

  it('tells Big5 from GBK by the byte pairs, both ways', () => {
    expect(looksLikeBig5(fixture('big5-event-log.csv'))).toBe(true);
    expect(looksLikeBig5(fixture('gb18030-event-log.csv'))).toBe(false);
  });

  it('refuses bytes that are no text in any encoding it knows', () => {
    expect(decodeTableBytes(new Uint8Array([0x61, 0xff, 0xfe, 0xff, 0x20, 0x81, 0x20]))).toEqual({
      ok: false,
      error: { code: 'unreadable-encoding' },
    });
  });

  it('refuses a UTF-16 BOM followed by an unpaired surrogate', () => {
    expect(decodeTableBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toEqual({
      ok: false,
      error: { code: 'unreadable-encoding' },
    });
  });
});
