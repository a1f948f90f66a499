// Freezes a value and everything reachable from it, so a test can prove that code under test
// never mutates its input: in strict mode (every ES module) a write to a frozen object throws.

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}
