// A binary min-heap of numeric keys with integer payloads, for shortest-path searches. Ties are
// broken by the payload, so a search pops states in the same order whatever order it pushed them:
// routes come out the same on every client.

export class MinHeap {
  private readonly keys: number[] = [];
  private readonly values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** The payload with the smallest key, or undefined when empty. */
  pop(): number | undefined {
    const top = this.values[0];
    const lastKey = this.keys.pop();
    const lastValue = this.values.pop();
    if (top === undefined || lastKey === undefined || lastValue === undefined) return undefined;
    if (this.keys.length === 0) return top;
    this.keys[0] = lastKey;
    this.values[0] = lastValue;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.keys.length && this.before(left, smallest)) smallest = left;
      if (right < this.keys.length && this.before(right, smallest)) smallest = right;
      if (smallest === i) return top;
      this.swap(i, smallest);
      i = smallest;
    }
  }

  private before(i: number, j: number): boolean {
    const ki = this.keys[i] as number;
    const kj = this.keys[j] as number;
    return ki < kj || (ki === kj && (this.values[i] as number) < (this.values[j] as number));
  }

  private swap(i: number, j: number): void {
    const key = this.keys[i] as number;
    const value = this.values[i] as number;
    this.keys[i] = this.keys[j] as number;
    this.values[i] = this.values[j] as number;
    this.keys[j] = key;
    this.values[j] = value;
  }
}
