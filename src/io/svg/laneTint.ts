// A lane's own colour, brought to a shade that keeps its label readable on the theme: lanes may be
// any colour the user picked, from pastel to saturated.

import type { Theme } from '../../model/shapes';

type Rgb = readonly [number, number, number];

export interface LanePaint {
  /** Ready-made attributes: `fill` and, for colours we cannot parse, `fill-opacity`. */
  header: { fill: string; opacity?: number };
  body: { fill: string; opacity?: number };
}

function parseHex(color: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  const hex = m?.[1];
  if (hex === undefined) return null;
  const full = hex.length === 3 ? Array.from(hex, (c) => c + c).join('') : hex;
  return [parseInt(full.slice(0, 2), 16), parseInt(full.slice(2, 4), 16), parseInt(full.slice(4, 6), 16)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const WHITE: Rgb = [255, 255, 255];
const DARK_PAGE: Rgb = [15, 23, 42];

/** Header at least this light (light theme) or at most this dark (dark theme), for 7:1 text. */
const LIGHT_HEADER_LUMINANCE = 0.6;
const DARK_HEADER_LUMINANCE = 0.05;
const BODY_FADE = 0.75;

export function lanePaint(color: string, theme: Theme): LanePaint {
  const rgb = parseHex(color);
  if (rgb === null) return { header: { fill: color, opacity: 0.3 }, body: { fill: color, opacity: 0.08 } };
  const page = theme === 'dark' ? DARK_PAGE : WHITE;
  let header = rgb;
  for (let t = 0.1; t <= 1.0001; t += 0.1) {
    const ok = theme === 'dark' ? luminance(header) <= DARK_HEADER_LUMINANCE : luminance(header) >= LIGHT_HEADER_LUMINANCE;
    if (ok) break;
    header = mix(rgb, page, t);
  }
  return { header: { fill: toHex(header) }, body: { fill: toHex(mix(header, page, BODY_FADE)) } };
}
