import { describe, expect, it } from 'vitest';
import { generateDocument } from '../generate';
import { sampleDocument } from '../sample';
import { analyse } from './analyse';

describe('analyse', () => {
  it('forecasts the sample: wins, revenue, cycle time, bottleneck, and the six stages on its main path', () => {
    const analysis = analyse(sampleDocument());
    // 200 leads × 0.8 × 0.9 × 0.6 × 0.75 × 0.6 × 0.95 × 0.9
    const wins = 200 * 0.8 * 0.9 * 0.6 * 0.75 * 0.6 * 0.95 * 0.9;
    expect(analysis.funnel.wins).toBeCloseTo(wins, 9);
    expect(analysis.funnel.revenue).toBeCloseTo(wins * 20_000, 6);
    expect(analysis.cycleTime.daysToWin).toBeCloseTo(7 + 3 + 10 + 14 + 7 + 30, 9);
    expect(analysis.bottlenecks.mostLost?.nodeId).toBe('qualified');
    expect(analysis.bottlenecks.lowestConversion?.nodeId).toBe('qualified');
    expect(analysis.mainPath).toEqual([
      'leads',
      'acquisition',
      'contact',
      'qualified',
      'needs',
      'quotation',
      'contract',
      'after-sales',
      'won',
    ]);
    expect(analysis.problems).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])('gives a generated 200-node document (seed %i) a meaningful forecast', (seed) => {
    const doc = generateDocument({ nodes: 200, seed, lanes: true });
    const analysis = analyse(doc);
    expect(analysis.funnel.wins).toBeGreaterThan(0);
    expect(analysis.funnel.wins).toBeLessThanOrEqual(analysis.funnel.entered);
    expect(analysis.funnel.closedLoops).toEqual([]);
    expect(analysis.bottlenecks.mostLost).toBeDefined();
    expect(analysis.cycleTime.daysToWin).toBeGreaterThan(0);
    expect(analysis.cycleTime.longestPath.length).toBeGreaterThan(2);
    for (const value of analysis.funnel.volume.values()) expect(Number.isFinite(value)).toBe(true);
    // Every lead ends somewhere: at an end or lost on the way.
    const { byOutcome, withoutPath, entered } = analysis.funnel;
    expect(byOutcome.won + byOutcome.lost + byOutcome.other + withoutPath).toBeCloseTo(entered, 6);
  });
});
