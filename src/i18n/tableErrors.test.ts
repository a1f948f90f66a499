import { describe, expect, it } from 'vitest';
import { describeTableReadError } from './tableErrors';

describe('describeTableReadError', () => {
  it('names the file size and the cap in megabytes, in both languages', () => {
    const error = { code: 'too-large', bytes: 70 * 1024 * 1024 + 512 * 1024, limitBytes: 64 * 1024 * 1024 } as const;
    expect(describeTableReadError('en', error)).toContain('70.5 MB');
    expect(describeTableReadError('en', error)).toContain('64 MB');
    expect(describeTableReadError('zh-CN', error)).toContain('70.5 MB');
    expect(describeTableReadError('zh-CN', error)).toContain('最多读取 64 MB');
  });

  it('says Big5 by name and how to save the file instead', () => {
    expect(describeTableReadError('en', { code: 'big5' })).toMatch(/Big5.*CSV UTF-8/);
    expect(describeTableReadError('zh-CN', { code: 'big5' })).toMatch(/Big5.*CSV UTF-8/);
  });

  it('groups the row limit’s digits', () => {
    expect(describeTableReadError('en', { code: 'too-many-rows', limit: 1_000_000 })).toContain('1,000,000');
  });
});
