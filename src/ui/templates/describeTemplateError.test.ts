import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../i18n/languages';
import { describeTemplateError } from './describeTemplateError';

describe('describeTemplateError', () => {
  const t = (language: 'en' | 'zh-CN') => (key: Parameters<typeof formatMessage>[1], params?: Record<string, string | number>) =>
    formatMessage(language, key, params);

  it('speaks the user’s language for the template door and for storage alike', () => {
    expect(describeTemplateError({ code: 'document', error: { code: 'not-salesflow' } }, 'zh-CN', t('zh-CN'))).toBe('这不是 Salesflow 文件。');
    expect(describeTemplateError({ code: 'quota-exceeded' }, 'en', t('en'))).toBe('the browser’s storage is full.');
    expect(describeTemplateError({ code: 'invalid-template', error: { code: 'invalid', path: 'template.name.en', reason: 'required' } }, 'en', t('en'))).toContain(
      'template.name.en',
    );
  });
});
