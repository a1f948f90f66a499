import { describe, expect, it } from 'vitest';
import { latestOnly } from './latestOnly';

describe('latestOnly', () => {
  it('lets an earlier action report only until a later one begins', () => {
    const shown: string[] = [];
    const start = latestOnly<string>((value) => shown.push(value));
    const slowImport = start();
    slowImport('still reading');
    const quickFailure = start();
    quickFailure('not valid JSON');
    slowImport('imported');
    expect(shown).toEqual(['still reading', 'not valid JSON']);
    quickFailure('again');
    expect(shown.at(-1)).toBe('again');
  });
});
