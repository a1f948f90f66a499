import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatRate } from './display';

describe('display', () => {
  it('shows counts as whole numbers', () => {
    expect(formatCount(48.000000001, 'en')).toBe('48');
    expect(formatCount(1234.6, 'en')).toBe('1,235');
    expect(formatCount(1234.6, 'zh-CN')).toBe('1,235');
    expect(formatCount(12.4, 'en', { signed: true })).toBe('+12');
    expect(formatCount(-0.4, 'en', { signed: true })).toBe('0');
  });

  it('shows rates as whole percentages, with one decimal below 10%', () => {
    expect(formatRate(0.46, 'en')).toBe('46%');
    expect(formatRate(0.048, 'en')).toBe('4.8%');
    expect(formatRate(0.0996, 'en')).toBe('10%');
    expect(formatRate(0.0994, 'en')).toBe('9.9%');
    expect(formatRate(0, 'en')).toBe('0%');
    expect(formatRate(1, 'zh-CN')).toBe('100%');
    expect(formatRate(-0.05, 'en', { signed: true })).toBe('-5.0%');
  });

  it("shows money in the document's currency without cents", () => {
    expect(formatMoney(960_000, 'USD', 'en')).toBe('$960,000');
    expect(formatMoney(1_500.4, 'EUR', 'en')).toBe('€1,500');
    expect(formatMoney(960_000, 'CNY', 'zh-CN')).toBe('¥960,000');
    expect(formatMoney(-20_000, 'USD', 'en', { signed: true })).toBe('-$20,000');
  });
});
