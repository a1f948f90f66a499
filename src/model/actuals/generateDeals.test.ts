import { describe, expect, it } from 'vitest';
import { generateDeals } from './generateDeals';
import { measureDeals } from './measure';

function trueQuantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(q * sorted.length) - 1] ?? Number.NaN;
}

describe('measureDeals on 6,000 generated deals', () => {
  const generated = generateDeals(20241207, 6000);
  const { nodes, edges, mapping, deals, asOfDay, truth } = generated;
  const result = measureDeals({ deals, mapping, nodes, edges, asOfDay });

  it('is made of the histories it says, seeded', () => {
    expect(deals).toHaveLength(6000);
    expect(generateDeals(20241207, 50).deals).toEqual(generateDeals(20241207, 50).deals);
    // Every kind of move happens, and some deals are still open at the end.
    for (const map of [truth.skips, truth.backwards, truth.open, truth.won]) expect([...map.values()].some((value) => value > 0)).toBe(true);
  });

  it('measures exactly the entries, moves, wins, losses, skips, backward moves and open deals realised', () => {
    for (const nodeId of ['s1', 's2', 's3', 's4', 's5', 'won', 'lost']) {
      const stage = result.stages.get(nodeId);
      expect(stage?.entries, nodeId).toBe(truth.entries.get(nodeId) ?? 0);
      if (nodeId === 'won' || nodeId === 'lost') continue;
      expect(stage?.won ?? 0, nodeId).toBe(truth.won.get(nodeId) ?? 0);
      expect(stage?.lost, nodeId).toBe(truth.lost.get(nodeId) ?? 0);
      expect(stage?.skips, nodeId).toBe(truth.skips.get(nodeId) ?? 0);
      expect(stage?.backwards, nodeId).toBe(truth.backwards.get(nodeId) ?? 0);
      expect(stage?.open, nodeId).toBe(truth.open.get(nodeId) ?? 0);
    }
    for (const edge of edges) expect(result.edges.get(edge.id)?.count ?? 0, edge.id).toBe(truth.moves.get(edge.id) ?? 0);
    expect(result.unplaced).toEqual([]);
    expect(result.unknownStages.size).toBe(0);
  });

  it('finds each stage’s median time within 2% of the true median, open deals included at their true length', () => {
    for (const nodeId of ['s1', 's2', 's3', 's4', 's5']) {
      const durations = truth.durations.get(nodeId) ?? [];
      const measured = result.stages.get(nodeId)?.medianDays ?? Number.NaN;
      const real = trueQuantile(durations, 0.5);
      expect(Math.abs(measured - real) / real, `${nodeId}: measured ${measured}, real ${real}`).toBeLessThanOrEqual(0.02);
    }
  });

  it('has open stays in every stage, so those medians depend on counting them right', () => {
    for (const nodeId of ['s1', 's2', 's3', 's4', 's5']) {
      const stays = truth.durations.get(nodeId)?.length ?? 0;
      expect(truth.open.get(nodeId) ?? 0, nodeId).toBeGreaterThanOrEqual(stays * 0.02);
    }
  });
});
