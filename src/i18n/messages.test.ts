import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';
import { formatMessage, languageFromBrowser, readStoredLanguage } from './languages';
import { describeDocumentError } from './documentErrors';

describe('messages', () => {
  it('has the same keys in every language', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('has no empty string in any language', () => {
    for (const messages of [en, zhCN]) {
      const empty = Object.entries(messages).filter(([, text]) => text.trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });
});

describe('language choice', () => {
  it('gives any Chinese browser Simplified Chinese and others English', () => {
    expect(languageFromBrowser(['zh-TW', 'en'])).toBe('zh-CN');
    expect(languageFromBrowser(['zh'])).toBe('zh-CN');
    expect(languageFromBrowser(['de-DE', 'zh-CN'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    expect(readStoredLanguage({ getItem: () => 'fr' })).toBeNull();
    expect(readStoredLanguage({ getItem: () => 'zh-CN' })).toBe('zh-CN');
    expect(
      readStoredLanguage({
        getItem: () => {
          throw new Error('denied');
        },
      }),
    ).toBeNull();
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(formatMessage('en', 'toolbar.problems', { count: 3 })).toBe('Problems (3)');
    expect(formatMessage('zh-CN', 'toolbar.problems', { count: 3 })).toBe('问题（3）');
    expect(formatMessage('en', 'toolbar.problems')).toBe('Problems ({count})');
  });

  it('turns typed document errors into sentences', () => {
    expect(describeDocumentError('en', { code: 'too-new', version: 999, supported: 1 })).toContain('999');
    const invalid = describeDocumentError('zh-CN', {
      code: 'invalid',
      path: 'nodes[3].position.x',
      reason: 'not-finite',
    });
    expect(invalid).toContain('nodes[3].position.x');
    expect(invalid).toContain('数字无效');
  });
});
