import { describe, expect, it } from 'vitest';
import { readConfidential } from './exportPreferences';

describe('the remembered Confidential switch', () => {
  it('is on only when stored as on', () => {
    expect(readConfidential(JSON.stringify({ confidential: true }))).toBe(true);
    expect(readConfidential(JSON.stringify({ confidential: false }))).toBe(false);
    expect(readConfidential(null)).toBe(false);
  });

  it('reads an entry of another build or a tampered one as off', () => {
    for (const text of ['', '{', 'true', 'null', '[]', '{"confidential":"yes"}', '{"confidential":1}']) expect(readConfidential(text)).toBe(false);
  });
});
