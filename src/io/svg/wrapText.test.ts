import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './wrapText';

const FONT = 10;

describe('textWidth', () => {
  it('counts CJK characters as 1em and Latin ones as about half', () => {
    expect(textWidth('销售', FONT)).toBe(20);
    expect(textWidth('ab', FONT)).toBeCloseTo(11);
    expect(textWidth('한국', FONT)).toBe(20);
    expect(textWidth('カナ', FONT)).toBe(20);
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
