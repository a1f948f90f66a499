import { describe, expect, it } from 'vitest';
import { decodeCopy, encodeCopy } from './emergencyCodec';

describe('emergency copy codec', () => {
  it('keeps small copies as plain JSON', () => {
    expect(encodeCopy('{"a":1}')).toBe('{"a":1}');
    expect(decodeCopy('{"a":1}')).toBe('{"a":1}');
  });

  it('compresses large copies to a fraction of their length, and back exactly', () => {
    const words = ['qualified', 'lead', 'discovery', 'call', 'budget', '预算', 'approval', 'Ω', 'contract'];
    const json = JSON.stringify({ notes: Array.from({ length: 200_000 }, (_, i) => words[(i * 7) % words.length]).join(' ') });
    const encoded = encodeCopy(json);
    expect(encoded.length).toBeLessThan(json.length / 4);
    // One byte per character: nothing outside Latin-1 that storage could mangle.
    expect([...encoded].every((char) => char.charCodeAt(0) < 256)).toBe(true);
    expect(decodeCopy(encoded)).toBe(json);
  });

  it('answers null for a compressed copy cut short', () => {
    const encoded = encodeCopy(JSON.stringify({ notes: 'x'.repeat(400_000) }));
    expect(decodeCopy(encoded.slice(0, 20))).toBeNull();
  });
});
