/** A coordinate for SVG path data: two decimals are far below a pixel, and keep files short and stable. */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
