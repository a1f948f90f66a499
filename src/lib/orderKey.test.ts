import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareByOrder, initialKeys, keyBetween } from './orderKey';

describe('order keys', () => {
  it('finds a key strictly between any two keys, and outside either end', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 60 }), (inserts) => {
        const keys: string[] = [];
        for (const at of inserts) {
          const index = at % (keys.length + 1);
          const key = keyBetween(keys[index - 1] ?? null, keys[index] ?? null);
          if (index > 0) expect(key > keys[index - 1]!).toBe(true);
          if (index < keys.length) expect(key < keys[index]!).toBe(true);
          expect(key.endsWith('0')).toBe(false);
          keys.splice(index, 0, key);
        }
        expect([...keys].sort()).toEqual(keys);
      }),
    );
  });

  it('stays short when always appending', () => {
    const keys = initialKeys(100);
    expect(new Set(keys).size).toBe(100);
    expect([...keys].sort()).toEqual(keys);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(25);
  });

  it('breaks ties by id', () => {
    const items = [
      { order: 'i', id: 'b' },
      { order: 'i', id: 'a' },
      { order: 'h', id: 'z' },
    ];
    expect([...items].sort(compareByOrder).map((item) => item.id)).toEqual(['z', 'a', 'b']);
  });
});
