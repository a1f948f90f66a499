import { describe, expect, it } from 'vitest';
import { computeCycleTime } from './cycleTime';
import { documentOf, edge, node, sixStageLine, stage } from './testDocuments';

// Yes half the time to a 5-day proposal, else a 20-day wait that wins 40% of the time:
// winners take 15 days (probability 0.5) or 30 days (probability 0.2).
function branching() {
  return documentOf(
    [
      node('leads', 'start', { volume: 100 }),
      stage('discovery', 10),
      node('fit', 'decision'),
      stage('proposal', 5),
      node('wait', 'delay', { details: { durationDays: 20 } }),
      node('won', 'end', { outcome: 'won' }),
      node('lost', 'end', { outcome: 'lost' }),
    ],
    [
      edge('leads', 'discovery'),
      edge('discovery', 'fit'),
      edge('fit', 'proposal', 0.5, { label: 'Yes' }),
      edge('fit', 'wait', 0.5, { label: 'No' }),
      edge('proposal', 'won'),
      edge('wait', 'won', 0.4),
      edge('wait', 'lost', 0.6),
    ],
  );
}

describe('computeCycleTime', () => {
  it('expects the days to a win given that the deal is won, delays included', () => {
    const cycle = computeCycleTime(branching());
    expect(cycle.daysToWin).toBeCloseTo((0.5 * 15 + 0.2 * 30) / 0.7, 9);
  });

  it('finds the longest path a won deal can take', () => {
    const cycle = computeCycleTime(branching());
    expect(cycle.longestPath).toEqual(['leads', 'discovery', 'fit', 'wait', 'won']);
    expect(cycle.longestPathDays).toBe(30);
  });

  it('counts every pass of a loop in the expectation but not in the longest path', () => {
    // Each 10-day pass wins half the time, so a won deal took two passes on average.
    const doc = documentOf(
      [node('leads', 'start', { volume: 1 }), stage('pitch', 10), node('yes', 'decision'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'pitch'), edge('pitch', 'yes'), edge('yes', 'won', 0.5), edge('yes', 'pitch', 0.5)],
    );
    const cycle = computeCycleTime(doc);
    expect(cycle.daysToWin).toBeCloseTo(20, 9);
    expect(cycle.longestPath).toEqual(['leads', 'pitch', 'yes', 'won']);
    expect(cycle.longestPathDays).toBe(10);
  });

  it('weights the starts by their leads', () => {
    const doc = documentOf(
      [
        node('web', 'start', { volume: 300 }),
        node('events', 'start', { volume: 100 }),
        stage('fast', 4),
        stage('slow', 8),
        node('won', 'end', { outcome: 'won' }),
      ],
      [edge('web', 'fast'), edge('events', 'slow'), edge('fast', 'won'), edge('slow', 'won')],
    );
    expect(computeCycleTime(doc).daysToWin).toBeCloseTo((300 * 4 + 100 * 8) / 400, 12);
  });

  it('has no figure and no path when no start can win', () => {
    const doc = documentOf([node('leads', 'start', { volume: 5 }), stage('call', 3)], [edge('leads', 'call')]);
    const cycle = computeCycleTime(doc);
    expect(cycle.daysToWin).toBeUndefined();
    expect(cycle.longestPath).toEqual([]);
  });

  it('counts a line of stages without durations as zero days', () => {
    expect(computeCycleTime(sixStageLine()).daysToWin).toBe(0);
  });
});
