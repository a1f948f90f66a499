// Numbers in and out of the renderer.

// Coordinates with two decimals: far below a pixel at any export scale, and a smaller file.
export { svgNumber as num } from '../../lib/svgNumber';

/** Options from callers: a finite positive number, or the fallback. */
export function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}
