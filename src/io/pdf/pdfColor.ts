// SVG colour values (already limited by src/io/svg/safeColor.ts) as PDF's 0..1 RGB, with alpha.

export interface PdfColor {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

// The names a user may type that are worth telling apart; any other name is drawn as grey rather than lost.
const NAMED: Readonly<Record<string, string>> = {
  black: '#000000', white: '#ffffff', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
  orange: '#ffa500', purple: '#800080', gray: '#808080', grey: '#808080', pink: '#ffc0cb', brown: '#a52a2a',
  navy: '#000080', teal: '#008080', silver: '#c0c0c0', maroon: '#800000', olive: '#808000', lime: '#00ff00',
  aqua: '#00ffff', cyan: '#00ffff', fuchsia: '#ff00ff', magenta: '#ff00ff',
};
const FALLBACK = '#808080';

function fromHex(hex: string): PdfColor {
  const digits = hex.slice(1);
  const long = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const byte = (i: number) => parseInt(long.slice(2 * i, 2 * i + 2), 16) / 255;
  return { red: byte(0), green: byte(1), blue: byte(2), alpha: long.length === 8 ? byte(3) : 1 };
}

function hueToRgb(p: number, q: number, t: number): number {
  const h = ((t % 1) + 1) % 1;
  if (h < 1 / 6) return p + (q - p) * 6 * h;
  if (h < 1 / 2) return q;
  if (h < 2 / 3) return p + (q - p) * (2 / 3 - h) * 6;
  return p;
}

function fromFunctional(value: string): PdfColor | null {
  const match = /^(rgba?|hsla?)\((.*)\)$/i.exec(value);
  if (!match) return null;
  const parts = match[2]!.split(/[\s,/]+/).filter((part) => part !== '');
  const number = (part: string | undefined, whole: number) =>
    part === undefined ? NaN : part.endsWith('%') ? (parseFloat(part) / 100) * whole : parseFloat(part);
  const alpha = parts[3] === undefined ? 1 : number(parts[3], 1);
  let rgb: [number, number, number];
  if (match[1]!.toLowerCase().startsWith('rgb')) {
    rgb = [number(parts[0], 255) / 255, number(parts[1], 255) / 255, number(parts[2], 255) / 255];
  } else {
    const h = number(parts[0], 360) / 360;
    const s = number(parts[1], 1);
    const l = number(parts[2], 1);
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rgb = [hueToRgb(p, q, h + 1 / 3), hueToRgb(p, q, h), hueToRgb(p, q, h - 1 / 3)];
  }
  if (![...rgb, alpha].every(Number.isFinite)) return null;
  const unit = (v: number) => Math.min(1, Math.max(0, v));
  return { red: unit(rgb[0]), green: unit(rgb[1]), blue: unit(rgb[2]), alpha: unit(alpha) };
}

/** `null` for `none` and `transparent`: nothing is painted. */
export function pdfColor(value: string): PdfColor | null {
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'none' || trimmed === 'transparent') return null;
  if (/^#[0-9a-f]{3,8}$/.test(trimmed)) return fromHex(trimmed);
  return fromFunctional(trimmed) ?? fromHex(NAMED[trimmed] ?? FALLBACK);
}
