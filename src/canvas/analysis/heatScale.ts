// The heat view's colours: loss rate on a blue-to-orange scale, which reads the same with the
// common colour-vision deficiencies (no red against green), and never passes through white, so
// a coloured stage never looks like an uncoloured one.

/** Loss rates at or above this get the hottest colour: few stages lose more, and they all need work. */
export const HEAT_FULL_SCALE = 0.5;

const STOPS: readonly (readonly [number, number, number])[] = [
  [0x3b, 0x6f, 0xb6],
  [0x86, 0xb5, 0xdc],
  [0xe6, 0xd8, 0xa8],
  [0xf0, 0x9a, 0x48],
  [0xc2, 0x4e, 0x0e],
];

function hex(channel: number): string {
  return Math.round(channel).toString(16).padStart(2, '0');
}

function luminance([r, g, b]: readonly number[]): number {
  const linear = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r ?? 0) + 0.7152 * linear(g ?? 0) + 0.0722 * linear(b ?? 0);
}

export interface HeatColours {
  fill: string;
  /** Black or white, whichever reads better on the fill. */
  text: string;
}

export function heatColours(lossRate: number): HeatColours {
  const position = (Math.min(Math.max(lossRate, 0), HEAT_FULL_SCALE) / HEAT_FULL_SCALE) * (STOPS.length - 1);
  const low = Math.min(Math.floor(position), STOPS.length - 2);
  const mix = position - low;
  const from = STOPS[low]!;
  const to = STOPS[low + 1]!;
  const rgb = from.map((channel, index) => channel + (to[index]! - channel) * mix);
  // Below this luminance white text has more contrast than our dark text (#1d2433) does.
  const text = luminance(rgb) < 0.216 ? '#ffffff' : '#1d2433';
  return { fill: `#${rgb.map(hex).join('')}`, text };
}

/** A CSS gradient of the whole scale, for the legend. */
export function heatGradient(): string {
  const steps = STOPS.map((stop, index) => `rgb(${stop.join(' ')}) ${(index / (STOPS.length - 1)) * 100}%`);
  return `linear-gradient(to right, ${steps.join(', ')})`;
}
