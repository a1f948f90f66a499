import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { pluralMessage } from './plural';

describe('pluralMessage', () => {
  it('counts in English with one and other: "1 node", "2 nodes", "0 nodes"', () => {
    expect(pluralMessage('en', 'count.nodes', 1)).toBe('1 node');
    expect(pluralMessage('en', 'count.nodes', 2)).toBe('2 nodes');
    expect(pluralMessage('en', 'count.nodes', 0)).toBe('0 nodes');
    expect(pluralMessage('en', 'count.edges', 1)).toBe('1 connection');
    expect(pluralMessage('en', 'analysis.days', 1)).toBe('1 day');
    expect(pluralMessage('en', 'analysis.days', 19)).toBe('19 days');
  });

  it('lets the caller format the number, the rule still reading the count', () => {
    expect(pluralMessage('en', 'analysis.days', 1, { count: '+1' })).toBe('+1 day');
    expect(pluralMessage('en', 'count.nodes', 1200, { count: '1,200' })).toBe('1,200 nodes');
  });

  it('has one form in Chinese', () => {
    expect(pluralMessage('zh-CN', 'count.nodes', 1)).toBe('1 个节点');
    expect(pluralMessage('zh-CN', 'count.nodes', 2)).toBe('2 个节点');
    expect(pluralMessage('zh-CN', 'analysis.days', 1)).toBe('1 天');
    expect(new Intl.PluralRules('zh-CN').resolvedOptions().pluralCategories).toEqual(['other']);
  });

  it('writes the message without a number where the one form needs none', () => {
    expect(pluralMessage('en', 'templates.damaged', 1)).toBe(en['templates.damaged.one']);
    expect(pluralMessage('en', 'templates.damaged', 3)).toBe(en['templates.damaged.other'].replace('{count}', '3'));
    expect(pluralMessage('zh-CN', 'templates.damaged', 1)).toBe(zhCN['templates.damaged.other'].replace('{count}', '1'));
  });
});
