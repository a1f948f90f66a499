import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('replaces characters file systems refuse and keeps Chinese', () => {
    expect(safeFileName('销售流程: Q3/Q4 <draft>?', 'png')).toBe('销售流程- Q3-Q4 -draft.png');
  });

  it('falls back when nothing is left and trims dots and spaces', () => {
    expect(safeFileName(' ... ', 'svg')).toBe('flowchart.svg');
    expect(safeFileName('\u0000\u0001', 'json')).toBe('flowchart.json');
    expect(safeFileName('  Plan. ', 'json')).toBe('Plan.json');
  });

  it('keeps names to a sane length', () => {
    expect(safeFileName('x'.repeat(500), 'png')).toHaveLength(124);
  });
});
