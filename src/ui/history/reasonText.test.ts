import { describe, expect, it } from 'vitest';
import { formatMessage, LANGUAGES } from '../../i18n/languages';
import { SNAPSHOT_REASONS } from '../../storage/revisions';
import { reasonKey } from './reasonText';

describe('reasonKey', () => {
  it('gives every reason, and one written by a newer version, a sentence in every language', () => {
    for (const reason of [...SNAPSHOT_REASONS, 'unknown'] as const) {
      for (const language of LANGUAGES) {
        const text = formatMessage(language, reasonKey(reason));
        expect(typeof text, `${reason} in ${language}`).toBe('string');
        expect(text.trim(), `${reason} in ${language}`).not.toBe('');
      }
    }
    const sentences = [...SNAPSHOT_REASONS, 'unknown' as const].map((reason) => formatMessage('en', reasonKey(reason)));
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
