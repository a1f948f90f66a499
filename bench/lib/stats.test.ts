import { describe, expect, it } from 'vitest';
import { frameSummary, growthLabel, logLogSlope, median, quantile, ratio, spread } from './stats.mjs';

describe('bench statistics', () => {
  it('takes the nearest-rank p95, so whole-frame steps stay whole', () => {
    const frames = [...Array.from({ length: 95 }, () => 16.7), ...Array.from({ length: 5 }, () => 33.3)];
    expect(quantile(frames, 0.95)).toBe(16.7);
    expect(quantile([...frames, 33.3], 0.95)).toBe(33.3);
  });

  it('summarises pooled frames and per-run values', () => {
    expect(frameSummary([10, 20, 30, 40])).toEqual({ mean: 25, median: 25, p95: 40, frames: 4 });
    expect(spread([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(median([])).toBeNaN();
  });

  it('gives no ratio against a missing or zero baseline', () => {
    expect(ratio(2, 4)).toBe(0.5);
    expect(ratio(2, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });

  it('reads growth from the log-log slope', () => {
    const linear = [100, 500, 1000, 2000].map((size) => ({ size, value: size * 0.03 }));
    const quadratic = [100, 500, 1000, 2000].map((size) => ({ size, value: size * size * 1e-4 }));
    expect(logLogSlope(linear)).toBeCloseTo(1, 6);
    expect(logLogSlope(quadratic)).toBeCloseTo(2, 6);
    expect(growthLabel(logLogSlope(linear))).toBe('linear');
    expect(growthLabel(logLogSlope(quadratic))).toBe('superlinear');
    expect(growthLabel(logLogSlope([{ size: 100, value: 1 }]))).toBe('n/a');
  });
});
