import { afterEach, describe, it, expect, vi } from 'vitest';
import { createId, createSeededIdFactory } from './ids';
import { mulberry32 } from './random';

describe('createId', () => {
  it('is the prefix, an underscore and 10 alphanumeric characters', () => {
    expect(createId('node')).toMatch(/^node_[A-Za-z0-9]{10}$/);
  });

  it('does not repeat across many calls', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createId('e')));
    expect(ids.size).toBe(10_000);
  });
});

describe('createId without getRandomValues', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('falls back to randomUUID', () => {
    vi.stubGlobal('crypto', { randomUUID: () => '12345678-9abc-def0-1234-56789abcdef0' });
    expect(createId('n')).toBe('n_123456789a');
  });

  it('draws random bytes in batches, not once per id', () => {
    let calls = 0;
    vi.stubGlobal('crypto', {
      getRandomValues: (bytes: Uint8Array) => {
        calls += 1;
        for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 7 + calls) % 256;
        return bytes;
      },
    });
    const ids = Array.from({ length: 3000 }, () => createId('n'));
    expect(ids.every((id) => /^n_[A-Za-z0-9]{10}$/.test(id))).toBe(true);
    // 3,000 ids of 10 characters, a few bytes redrawn: about 31,000 bytes in 4 KB batches.
    expect(calls).toBeLessThanOrEqual(9);
  });

  it('falls back to Math.random when crypto is missing', () => {
    vi.stubGlobal('crypto', undefined);
    expect(createId('n')).toMatch(/^n_[A-Za-z0-9]{10}$/);
  });
});

describe('createSeededIdFactory', () => {
  it('gives the same ids for the same seed', () => {
    const a = createSeededIdFactory(mulberry32(5));
    const b = createSeededIdFactory(mulberry32(5));
    expect([a('n'), a('e'), a('n')]).toEqual([b('n'), b('e'), b('n')]);
  });

  it('never returns the same id twice, even from a degenerate source', () => {
    let calls = 0;
    // Repeats the same characters for the first two ids, then moves on.
    const stuck = () => (calls++ < 20 ? 0 : (calls % 62) / 62);
    const next = createSeededIdFactory(stuck);
    const first = next('n');
    const second = next('n');
    expect(second).not.toBe(first);
    expect(second).toMatch(/^n_[A-Za-z0-9]{10}$/);
  });
});
