// WCAG 2 contrast for hex colours: the palette's rules (palette.test.ts) and the ink drawn on a
// swatch. Other CSS colours (rgb(), var()) come back as null and the caller falls back.

const HEX = /^#([\da-f]{3}|[\da-f]{6})$/i;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(colour: string): number | null {
  const match = HEX.exec(colour);
  if (match === null) return null;
  const digits = match[1] ?? '';
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((at) => channel(parseInt(full.slice(at, at + 2), 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

export function contrastRatio(a: string, b: string): number | null {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const DARK_INK = '#0f172a';
const LIGHT_INK = '#ffffff';

/** The ink, near-black or white, that reads best on `background`. */
export function readableInk(background: string): string | undefined {
  const onDark = contrastRatio(background, LIGHT_INK);
  const onLight = contrastRatio(background, DARK_INK);
  if (onDark === null || onLight === null) return undefined;
  return onDark > onLight ? LIGHT_INK : DARK_INK;
}
