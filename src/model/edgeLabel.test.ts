import { describe, expect, it } from 'vitest';
import { edgeLabelPoint, edgeLabelSize, estimateTextWidth } from './edgeLabel';

describe('edge labels', () => {
  it('counts Chinese characters a full em and Latin ones a little over half', () => {
    expect(estimateTextWidth('报价谈判')).toBe(48);
    expect(estimateTextWidth('Yes')).toBeCloseTo(3 * 12 * 0.58);
  });

  it('sizes the box by its widest line and its number of lines, with padding', () => {
    const one = edgeLabelSize('No');
    const two = edgeLabelSize('No\n报价谈判');
    expect(one.width).toBeCloseTo(estimateTextWidth('No') + 12);
    expect(two.width).toBe(48 + 12);
    expect(two.height).toBeGreaterThan(one.height);
  });

  it('puts the label where the layout placed it only while the route it belongs to is there', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 300 },
    ];
    const labelAt = { x: 100, y: 40 };
    expect(edgeLabelPoint({ points, labelAt }, points)).toEqual(labelAt);
    expect(edgeLabelPoint({ points }, points)).toEqual({ x: 100, y: 150 });
    expect(edgeLabelPoint({ labelAt }, points)).toEqual({ x: 100, y: 150 });
  });
});
