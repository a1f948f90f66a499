// Numbers in and out of the renderer.

// Coordinates with two decimals: far below a pixel at any export scale, and a smaller file.
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Options from callers: a finite positive number, or the fallback. */
export function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
