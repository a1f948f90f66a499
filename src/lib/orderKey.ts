// Order keys for ordered collections (lanes, walkthrough steps): strings that sort in the wanted
// order, so that moving one item changes that item alone. Two clients that insert at the same
// place may get the same key; ties are broken by id (compareByOrder), so every client agrees.
// A key is a fraction in base 36 written without its leading "0.", and never ends in "0", so
// there is always room below it.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;

function digit(key: string, index: number, fallback: number): number {
  if (index >= key.length) return fallback;
  const value = DIGITS.indexOf(key.charAt(index));
  return value < 0 ? fallback : value;
}

/** A key strictly between `before` and `after` (either may be null: no bound on that side). */
export function keyBetween(before: string | null, after: string | null): string {
  const low = before ?? '';
  let high = after;
  if (high !== null && low >= high) high = null;
  let prefix = '';
  for (let index = 0; ; index += 1) {
    const lowDigit = digit(low, index, 0);
    const highDigit = high === null ? BASE : digit(high, index, 0);
    if (lowDigit === highDigit) {
      prefix += DIGITS.charAt(lowDigit);
      continue;
    }
    const middle = Math.floor((lowDigit + highDigit) / 2);
    if (middle > lowDigit) return prefix + DIGITS.charAt(middle);
    // Adjacent digits: keep the lower one; from here on only the lower bound constrains.
    prefix += DIGITS.charAt(lowDigit);
    high = null;
  }
}

/** `count` increasing keys, evenly spread, for a collection that had none. */
export function initialKeys(count: number): string[] {
  const keys: string[] = [];
  let previous: string | null = null;
  for (let index = 0; index < count; index += 1) {
    previous = keyBetween(previous, null);
    keys.push(previous);
  }
  return keys;
}

export function compareByOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
