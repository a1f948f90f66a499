// A localStorage stand-in for tests: the same methods over a Map, with an optional size limit.

import type { StorageLike } from '../emergency';

export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();

  constructor(private readonly maxChars = Infinity) {}

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (key.length + value.length > this.maxChars) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }
}
