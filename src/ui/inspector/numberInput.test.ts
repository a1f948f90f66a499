import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from './numberInput';

const days = { min: 0, max: 36_500, optional: true };

describe('parseNumberInput', () => {
  it('reads plain, grouped, decimal and full-width numbers', () => {
    expect(parseNumberInput(' 12 ', days)).toEqual({ ok: true, value: 12 });
    expect(parseNumberInput('1,500', days)).toEqual({ ok: true, value: 1500 });
    expect(parseNumberInput('.5', days)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumberInput('３０．５', days)).toEqual({ ok: true, value: 30.5 });
  });

  it('refuses what is not a number or is out of range', () => {
    for (const text of ['-1', 'abc', 'NaN', 'Infinity', '1e3', '.', '1,00', '36501', '0x10']) {
      expect(parseNumberInput(text, days), text).toEqual({ ok: false });
    }
  });

  it('clears an emptied optional field and refuses an emptied required one', () => {
    expect(parseNumberInput('  ', days)).toEqual({ ok: true, value: undefined });
    expect(parseNumberInput('', { min: 1, max: 10 })).toEqual({ ok: false });
  });

  it('applies whole-number and percent rules', () => {
    const grid = { min: 1, max: 1000, integer: true };
    expect(parseNumberInput('2.5', grid)).toEqual({ ok: false });
    expect(parseNumberInput('0', grid)).toEqual({ ok: false });
    const rate = { min: 0, max: 100, optional: true, percent: true };
    expect(parseNumberInput('45 %', rate)).toEqual({ ok: true, value: 45 });
    expect(parseNumberInput('45%', days)).toEqual({ ok: false });
    expect(parseNumberInput('100.5', rate)).toEqual({ ok: false });
  });
});

describe('formatNumberInput', () => {
  it('hides binary noise and shows nothing for no value', () => {
    expect(formatNumberInput(0.07 * 100)).toBe('7');
    expect(formatNumberInput(1e12)).toBe('1000000000000');
    expect(formatNumberInput(undefined)).toBe('');
  });
});
