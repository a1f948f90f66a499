import { describe, expect, it } from 'vitest';
import { heatColours, heatGradient, HEAT_FULL_SCALE } from './heatScale';

describe('heatColours', () => {
  it('runs from blue for no loss to orange at the top of the scale and beyond', () => {
    expect(heatColours(0).fill).toBe('#3b6fb6');
    expect(heatColours(HEAT_FULL_SCALE).fill).toBe('#c24e0e');
    expect(heatColours(0.9).fill).toBe('#c24e0e');
    expect(heatColours(-1).fill).toBe('#3b6fb6');
  });

  it('picks the text colour that reads on the fill', () => {
    expect(heatColours(0).text).toBe('#ffffff');
    expect(heatColours(HEAT_FULL_SCALE / 2).text).toBe('#1d2433');
    expect(heatColours(HEAT_FULL_SCALE).text).toBe('#ffffff');
  });

  it('interpolates between stops', () => {
    expect(heatColours(HEAT_FULL_SCALE / 8).fill).toBe('#6192c9');
  });

  it('draws the legend with every stop', () => {
    expect(heatGradient()).toBe(
      'linear-gradient(to right, rgb(59 111 182) 0%, rgb(134 181 220) 25%, rgb(230 216 168) 50%, rgb(240 154 72) 75%, rgb(194 78 14) 100%)',
    );
  });
});
