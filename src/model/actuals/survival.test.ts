import { describe, expect, it } from 'vitest';
import { survivalQuantile } from './survival';

const left = (days: number) => ({ days, open: false });
const open = (days: number) => ({ days, open: true });

describe('survivalQuantile', () => {
  it('is the plain median and 80th percentile when every deal has left', () => {
    const spells = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(left);
    expect(survivalQuantile(spells, 0.5)).toBe(5);
    expect(survivalQuantile(spells, 0.8)).toBe(8);
  });

  it('counts an open deal as at risk up to its time, not as leaving (worked example of CONTEXT.md)', () => {
    // Left after 2, 4 and 10 days; open for 3 and 5 days so far. S(2) = 4/5; the deal open at 3
    // leaves the risk set; S(4) = 4/5 × 2/3 = 0.533; the deal open at 5 leaves; S(10) = 0.533 × 0/1 = 0.
    // Median: 10 days. Dropping the open deals would give 4; counting them as finished, 4 too.
    const spells = [left(2), open(3), left(4), open(5), left(10)];
    expect(survivalQuantile(spells, 0.5)).toBe(10);
  });

  it('has no median while more than half may still be in the stage', () => {
    expect(survivalQuantile([left(2), open(3), open(4), open(9)], 0.5)).toBeNull();
  });

  it('counts deals that left on a day before those open on the same day', () => {
    // At day 3: 4 at risk, 2 leave → S = 0.5 → median 3. Had the open one left the risk set first, S = 1/3.
    expect(survivalQuantile([left(3), left(3), open(3), left(8)], 0.5)).toBe(3);
    expect(survivalQuantile([left(3), left(3), open(3), left(8)], 0.6)).toBe(8);
  });
});
