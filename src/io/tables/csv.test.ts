import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv';

describe('parseCsv', () => {
  it('splits plain records on the delimiter and every kind of line end', () => {
    const { records, lines } = parseCsv('a,b\r\nc,d\ne,f\rg,h', { delimiter: ',' });
    expect(records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
    expect(lines).toEqual([1, 2, 3, 4]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'id;note;stage\n1;"a; b";"He said ""go"""\n2;"two\r\nlines";Won\n3;"";x\n';
    const { records, lines } = parseCsv(text, { delimiter: ';' });
    expect(records).toEqual([
      ['id', 'note', 'stage'],
      ['1', 'a; b', 'He said "go"'],
      ['2', 'two\r\nlines', 'Won'],
      ['3', '', 'x'],
    ]);
    expect(lines).toEqual([1, 2, 3, 5]);
  });

  it('reads a quote inside an unquoted field as an ordinary character', () => {
    expect(parseCsv('a,5" screen,b', { delimiter: ',' }).records).toEqual([['a', '5" screen', 'b']]);
  });

  it('keeps an empty last field and ends without an empty record after a final line break', () => {
    expect(parseCsv('a,b,\n', { delimiter: ',' }).records).toEqual([['a', 'b', '']]);
  });

  it('reads an unclosed quote to the end of the text instead of failing', () => {
    expect(parseCsv('a,"open\nstill', { delimiter: ',' }).records).toEqual([['a', 'open\nstill']]);
  });

  it('reports progress up to the whole text', () => {
    const text = 'x,y\n'.repeat(200_000);
    const seen: number[] = [];
    const { records } = parseCsv(text, { delimiter: ',', onProgress: (done) => seen.push(done) });
    expect(records).toHaveLength(200_000);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});

describe('detectDelimiter', () => {
  it.each([
    [',', 'deal,stage,date\nD1,Won,2024-01-02\n'],
    [';', 'deal;stage;amount\nD1;Won;1,5\nD2;Lost;2,0\n'],
    ['\t', 'deal\tstage\tnote\nD1\tWon\ta, b; c\n'],
    ['|', 'deal|stage|date\nD1|Won|2024-01-02\n'],
  ] as const)('finds %j', (delimiter, text) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it('is not misled by delimiters inside quoted fields', () => {
    expect(detectDelimiter('deal;stage\n"D,1";"a,b,c"\n"D,2";x\n')).toBe(';');
  });

  it('prefers the delimiter that splits every record alike over one that splits only some', () => {
    // Split on commas, the header and two rows have two fields and the last has one; split on
    // semicolons, every record has three.
    expect(detectDelimiter('id;stage;amount, EUR\n1;Won;1,5\n2;Lost;3,0\n3;Open;2\n')).toBe(';');
  });
});
