import { describe, expect, it } from 'vitest';
import { nodeAppearance, nodeShape } from './outcomeLook';
import { kindAppearance } from './shapes';

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const PAGE = { light: '#ffffff', dark: '#0f172a' } as const;

describe('nodeAppearance', () => {
  it('gives won and lost ends colours of their own, and neutral ends the plain end look', () => {
    for (const theme of ['light', 'dark'] as const) {
      const won = nodeAppearance({ kind: 'end', outcome: 'won' }, theme);
      const lost = nodeAppearance({ kind: 'end', outcome: 'lost' }, theme);
      const plain = kindAppearance('end', theme);
      expect(new Set([won.fill, lost.fill, plain.fill, kindAppearance('start', theme).fill]).size).toBe(4);
      expect(won.stroke).not.toBe(lost.stroke);
      expect(nodeAppearance({ kind: 'end' }, theme)).toEqual(plain);
      expect(nodeAppearance({ kind: 'end', outcome: 'other' }, theme)).toEqual(plain);
      // An outcome on a node that is not an end (kept by an old file) changes nothing.
      expect(nodeAppearance({ kind: 'stage', outcome: 'won' }, theme)).toEqual(kindAppearance('stage', theme));
      for (const look of [won, lost]) {
        expect(contrast(look.fill, look.text)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(look.stroke, PAGE[theme])).toBeGreaterThanOrEqual(3);
        // The mark's glyph is drawn in the fill colour on a disc of the stroke colour.
        expect(contrast(look.fill, look.stroke)).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('nodeShape', () => {
  it('draws a tick on a won end and a cross on a lost end, left of a label box that makes room for it', () => {
    const won = nodeShape('end', 140, 56, 'won');
    const lost = nodeShape('end', 140, 56, 'lost');
    expect(won.mark?.glyph.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(lost.mark?.glyph.match(/[ML]/g)).toEqual(['M', 'L', 'M', 'L']);
    for (const shape of [won, lost]) {
      const mark = shape.mark!;
      expect(mark.cx - mark.r).toBeGreaterThanOrEqual(0);
      expect(mark.cx + mark.r).toBeLessThan(shape.textBox.x);
      expect(shape.textBox.x + shape.textBox.width).toBeLessThanOrEqual(140);
      expect(mark.cy).toBe(28);
    }
  });

  it('leaves neutral ends and other kinds as their symbol', () => {
    expect(nodeShape('end', 140, 56)).not.toHaveProperty('mark');
    expect(nodeShape('end', 140, 56, 'other')).not.toHaveProperty('mark');
    expect(nodeShape('stage', 160, 64, 'won')).not.toHaveProperty('mark');
  });

  it('keeps the mark inside tiny nodes, with finite numbers', () => {
    for (const [width, height] of [[1, 1], [36, 22], [40, 30], [600, 30]] as const) {
      const { mark, textBox } = nodeShape('end', width, height, 'lost');
      expect(mark!.cx - mark!.r).toBeGreaterThanOrEqual(0);
      expect(mark!.cx + mark!.r).toBeLessThanOrEqual(width);
      expect(Number.isFinite(textBox.width) && textBox.width >= 1).toBe(true);
    }
  });
});
