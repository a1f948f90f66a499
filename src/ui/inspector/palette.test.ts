import { describe, expect, it } from 'vitest';
import { contrastRatio, readableInk } from './contrast';
import { SWATCHES } from './palette';

// The page and panel backgrounds of both themes (src/app/styles.css: --sf-bg, --sf-surface).
const BACKGROUNDS = ['#f6f7f9', '#ffffff', '#11151c', '#181d26'];

describe('palette', () => {
  it('gives every stroke 3:1 against the page in both themes (WCAG non-text contrast)', () => {
    for (const stroke of SWATCHES.stroke) {
      for (const background of BACKGROUNDS) {
        expect(contrastRatio(stroke.value, background), `${stroke.name} on ${background}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('makes every text colour readable on every fill (WCAG AA, 4.5:1)', () => {
    for (const text of SWATCHES.textColor) {
      for (const fill of SWATCHES.fill) {
        expect(contrastRatio(text.value, fill.value), `${text.name} on ${fill.name}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('names each colour once per role', () => {
    for (const swatches of Object.values(SWATCHES)) {
      expect(new Set(swatches.map((swatch) => swatch.name)).size).toBe(swatches.length);
    }
  });
});

describe('contrast', () => {
  it('computes WCAG ratios and picks the readable ink', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21);
    expect(contrastRatio('var(--x)', '#fff')).toBeNull();
    expect(readableInk('#1e3a8a')).toBe('#ffffff');
    expect(readableInk('#dbeafe')).toBe('#0f172a');
    expect(readableInk('rgb(0 0 0)')).toBeUndefined();
  });
});
