import { describe, expect, it } from 'vitest';
import { wilsonShare } from './wilson';

describe('wilsonShare', () => {
  it('gives 42 of 100 as 42% within 34.2% to 50.2% (computed by hand from the formula)', () => {
    // z² = 2.705543; centre = (0.42 + 2.705543/200) / (1 + 2.705543/100) = 0.4335277 / 1.0270554 = 0.422108;
    // half = (1.644854 / 1.0270554) × √(0.42 × 0.58/100 + 2.705543/40000) = 1.601526 × 0.0500364 = 0.080135.
    const share = wilsonShare(42, 100);
    expect(share.rate).toBe(0.42);
    expect(share.low).toBeCloseTo(0.341973, 5);
    expect(share.high).toBeCloseTo(0.502243, 5);
  });

  it('stays within 0..1 at the edges, and is wide for few deals', () => {
    const none = wilsonShare(0, 5);
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0.3);
    const all = wilsonShare(5, 5);
    expect(all.high).toBe(1);
    expect(all.low).toBeLessThan(0.7);
  });

  it('has no share of nothing', () => {
    expect(wilsonShare(0, 0)).toEqual({ count: 0, total: 0, rate: null, low: null, high: null });
  });
});
