import { describe, expect, it } from 'vitest';
import { edgeLabelPoint } from './edgeLabel';

describe('edge labels', () => {
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
