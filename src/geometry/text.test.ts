import { describe, expect, it } from 'vitest';
import { lineSources, textWidth, wrapText, type WrapOptions } from './text';

const FONT = 10;

describe('textWidth', () => {
  it('counts CJK, kana, Hangul and full-width characters as 1em', () => {
    expect(textWidth('销售', FONT)).toBe(20);
    expect(textWidth('한국', FONT)).toBe(20);
    expect(textWidth('カナ', FONT)).toBe(20);
    expect(textWidth('（％）', FONT)).toBe(30);
  });

  it('tells narrow, average, capital and broad Latin characters apart', () => {
    const width = (ch: string): number => textWidth(ch, FONT);
    expect(width('i')).toBeLessThan(width('a'));
    expect(width('a')).toBe(width('7'));
    expect(width('a')).toBeLessThan(width('A'));
    expect(width('A')).toBeLessThan(width('M'));
    expect(width('m')).toBe(width('W'));
  });

  it('measures an accented letter as its base letter', () => {
    expect(textWidth('é', FONT)).toBe(textWidth('e', FONT));
    expect(textWidth('Ü', FONT)).toBe(textWidth('U', FONT));
  });

  it('never falls short of the widths measured in DejaVu Sans, the widest font of the stack', () => {
    // Advances in em from Chromium's measureText on the development machine (see text.ts).
    const measured: Record<string, [number, number]> = {
      i: [0.278, 0.343], r: [0.411, 0.493], t: [0.392, 0.478], ' ': [0.318, 0.348], n: [0.634, 0.712],
      b: [0.635, 0.716], '0': [0.636, 0.696], O: [0.787, 0.85], N: [0.748, 0.837], m: [0.974, 1.042],
      W: [0.989, 1.103], '@': [1, 1.002], '%': [0.95, 1.002], '?': [0.531, 0.58], '-': [0.361, 0.415],
    };
    for (const [ch, [regular, bold]] of Object.entries(measured)) {
      expect(textWidth(ch, 100), `${ch} regular`).toBeGreaterThanOrEqual(regular * 100);
      expect(textWidth(ch, 100, true), `${ch} semibold`).toBeGreaterThanOrEqual(bold * 100);
    }
  });

  it('over-estimates real sentences by little', () => {
    // "Send proposal" measured 85.6px in DejaVu Sans at 12px.
    const estimate = textWidth('Send proposal', 12);
    expect(estimate).toBeGreaterThanOrEqual(85.6);
    expect(estimate).toBeLessThan(85.6 * 1.12);
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('Qualify lead', { maxWidth: 200, maxLines: 3, fontSize: FONT })).toEqual({
      lines: ['Qualify lead'],
      truncated: false,
    });
  });

  it('breaks Latin text at spaces, never inside a word that fits', () => {
    const { lines } = wrapText('Send the signed contract', { maxWidth: 70, maxLines: 5, fontSize: FONT });
    expect(lines.join(' ')).toBe('Send the signed contract');
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(70);
    for (const word of ['Send', 'signed', 'contract']) expect(lines.some((line) => line.includes(word))).toBe(true);
  });

  it('breaks a word longer than a line at characters', () => {
    const { lines } = wrapText('Supercalifragilistic', { maxWidth: 50, maxLines: 9, fontSize: FONT });
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilistic');
    for (const line of lines) expect(textWidth(line, FONT)).toBeLessThanOrEqual(50);
  });

  it('breaks Chinese text between any two characters', () => {
    const { lines } = wrapText('线索资格审核与需求调研', { maxWidth: 40, maxLines: 9, fontSize: FONT });
    expect(lines.join('')).toBe('线索资格审核与需求调研');
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(4);
  });

  it('does not start a line with closing punctuation', () => {
    const { lines } = wrapText('一二三四，五六', { maxWidth: 40, maxLines: 9, fontSize: FONT });
    expect(lines.join('')).toBe('一二三四，五六');
    for (const line of lines) expect(line.startsWith('，')).toBe(false);
  });

  it('keeps Latin words whole inside Chinese text', () => {
    const { lines } = wrapText('创建CRM记录', { maxWidth: 30, maxLines: 9, fontSize: FONT });
    expect(lines.join('')).toBe('创建CRM记录');
    expect(lines.some((line) => line.includes('CRM'))).toBe(true);
  });

  it('honours explicit line breaks of every kind', () => {
    expect(wrapText('One\nTwo\r\nThree\rFour', { maxWidth: 500, maxLines: 9, fontSize: FONT }).lines).toEqual([
      'One',
      'Two',
      'Three',
      'Four',
    ]);
  });

  it('keeps blank lines inside a label and drops them at its ends', () => {
    expect(wrapText('\nA\n\nB\n', { maxWidth: 500, maxLines: 9, fontSize: FONT }).lines).toEqual(['A', '', 'B']);
  });

  it('ends with an ellipsis when the text has more lines than fit', () => {
    const result = wrapText('one two three four five six seven eight', { maxWidth: 60, maxLines: 2, fontSize: FONT });
    expect(result.truncated).toBe(true);
    expect(result.lines).toHaveLength(2);
    expect(result.lines[1]?.endsWith('…')).toBe(true);
    expect(textWidth(result.lines[1] ?? '', FONT)).toBeLessThanOrEqual(60);
  });

  it('balances lines when asked, without adding any', () => {
    const text = 'Solution design and pricing';
    const greedy = wrapText(text, { maxWidth: 120, maxLines: 3, fontSize: FONT });
    const balanced = wrapText(text, { maxWidth: 120, maxLines: 3, fontSize: FONT, balance: true });
    expect(balanced.lines).toHaveLength(greedy.lines.length);
    const spread = (lines: string[]): number => {
      const widths = lines.map((line) => textWidth(line, FONT));
      return Math.max(...widths) - Math.min(...widths);
    };
    expect(spread(balanced.lines)).toBeLessThan(spread(greedy.lines));
    expect(balanced.lines.join(' ')).toBe(text);
  });

  it('wraps semibold text earlier, its characters being wider', () => {
    const text = 'Customer success manager';
    const width = textWidth(text, FONT) + 1;
    expect(wrapText(text, { maxWidth: width, maxLines: 3, fontSize: FONT }).lines).toHaveLength(1);
    const bold = wrapText(text, { maxWidth: width, maxLines: 3, fontSize: FONT, bold: true });
    expect(bold.lines.length).toBeGreaterThan(1);
    for (const line of bold.lines) expect(textWidth(line, FONT, true)).toBeLessThanOrEqual(width);
  });

  it('collapses runs of spaces', () => {
    expect(wrapText('a    b', { maxWidth: 500, maxLines: 1, fontSize: FONT }).lines).toEqual(['a b']);
  });

  it('gives no lines for an empty label', () => {
    expect(wrapText('', { maxWidth: 100, maxLines: 2, fontSize: FONT })).toEqual({ lines: [], truncated: false });
  });
});

describe('wrapText balancing', () => {
  it('never breaks a word that fits a line on its own', () => {
    const { lines } = wrapText('Implementation project', { maxWidth: 90, maxLines: 3, fontSize: FONT, balance: true });
    expect(lines).toEqual(['Implementation', 'project']);
  });
});

describe('lineSources', () => {
  const shown = (text: string, options: WrapOptions): { lines: string[]; between: string[] } => {
    const wrapped = wrapText(text, options);
    const sources = lineSources(text, wrapped);
    const between = sources.map((source, i) => text.slice(i === 0 ? 0 : (sources[i - 1]?.end ?? 0), source.start));
    between.push(text.slice(sources[sources.length - 1]?.end ?? 0));
    return { lines: sources.map((source) => text.slice(source.start, source.end)), between };
  };

  it('finds each line in the text, with the spaces and breaks it was wrapped at in between', () => {
    const text = '  Send the   signed\ncontract\n\nto 法务部审核';
    const options = { maxWidth: 40, maxLines: 9, fontSize: FONT };
    const result = shown(text, options);
    // A line shows a run of spaces as one, as HTML and SVG do.
    expect(result.lines.map((line) => line.replace(/ +/gu, ' '))).toEqual(wrapText(text, options).lines);
    for (const gap of result.between) expect(gap).toMatch(/^\s*$/u);
    expect(result.lines.map((line, i) => (result.between[i] ?? '') + line).join('') + result.between.at(-1)).toBe(text);
  });

  it('leaves the ellipsis out and what it cut off after the last line', () => {
    const text = 'one two three four five six seven eight';
    const wrapped = wrapText(text, { maxWidth: 60, maxLines: 2, fontSize: FONT });
    const sources = lineSources(text, wrapped);
    expect(text.slice(sources[1]?.start, sources[1]?.end)).toBe(wrapped.lines[1]?.slice(0, -1));
    expect(text.slice(sources[1]?.end)).toMatch(/^ ?\S.* eight$/u);
  });

  it('keeps no-break spaces and control characters inside their line', () => {
    const text = '\u00a0Won\u0007\u001b[31m';
    const wrapped = wrapText(text, { maxWidth: 500, maxLines: 2, fontSize: FONT });
    expect(lineSources(text, wrapped)).toEqual([{ start: 0, end: text.length }]);
  });
});
