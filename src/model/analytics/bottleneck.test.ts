import { describe, expect, it } from 'vitest';
import { computeBottlenecks } from './bottleneck';
import { documentOf, edge, node, stage } from './testDocuments';

// 1,000 leads: outreach keeps 60% (loses 400 of 1,000), demo keeps half (300 of 600), closing
// sends 10% to a lost end (30 of 300), and the gate's No sends 20% of 270 (54) to a lost end.
function knownProcess() {
  return documentOf(
    [
      node('leads', 'start', { volume: 1000 }),
      stage('outreach'),
      stage('demo'),
      stage('closing'),
      node('gate', 'decision'),
      node('won', 'end', { outcome: 'won' }),
      node('lost', 'end', { outcome: 'lost' }),
    ],
    [
      edge('leads', 'outreach'),
      edge('outreach', 'demo', 0.6),
      edge('demo', 'closing', 0.5),
      edge('closing', 'gate', 0.9),
      edge('closing', 'lost', 0.1),
      edge('gate', 'won', 0.8, { label: 'Yes' }),
      edge('gate', 'lost', 0.2, { label: 'No' }),
    ],
  );
}

describe('computeBottlenecks', () => {
  it('names the stage losing the most deals and the one converting the least, with their figures', () => {
    const { mostLost, lowestConversion } = computeBottlenecks(knownProcess());
    expect(mostLost).toMatchObject({ nodeId: 'outreach', volume: 1000, lost: 400 });
    expect(mostLost?.lossRate).toBeCloseTo(0.4, 12);
    expect(lowestConversion).toMatchObject({ nodeId: 'demo', volume: 600, lost: 300, lossRate: 0.5 });
  });

  it('counts a branch into a lost end as a loss of its stage', () => {
    const closing = computeBottlenecks(knownProcess()).losses.get('closing');
    expect(closing?.lost).toBeCloseTo(30, 9);
    expect(closing?.lossRate).toBeCloseTo(0.1, 12);
  });

  it('counts every step but the ends, and only those that receive volume', () => {
    const doc = knownProcess();
    const losses = computeBottlenecks({ ...doc, nodes: [...doc.nodes, stage('orphan')] }).losses;
    expect([...losses.keys()]).toEqual(['leads', 'outreach', 'demo', 'closing', 'gate']);
    expect(losses.get('gate')?.lost).toBeCloseTo(54, 9);
    expect(losses.get('leads')?.lost).toBe(0);
  });

  it('names a decision when most deals drop out there', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('call'), node('fit', 'decision'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
      [edge('leads', 'call'), edge('call', 'fit', 0.9), edge('fit', 'won', 0.5, { label: 'Yes' }), edge('fit', 'lost', 0.5, { label: 'No' })],
    );
    expect(computeBottlenecks(doc).mostLost).toMatchObject({ nodeId: 'fit', volume: 90, lost: 45 });
  });

  it('has no bottleneck where no step loses anything', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 10 }), stage('call'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'call'), edge('call', 'won')],
    );
    const result = computeBottlenecks(doc);
    expect(result.mostLost).toBeUndefined();
    expect(result.lowestConversion).toBeUndefined();
    expect(result.losses.get('call')?.lossRate).toBe(0);
  });

  it('marks no bottleneck on a lone start, nor while no flow reaches an end', () => {
    const lone = documentOf([node('leads', 'start', { volume: 100 })], []);
    expect(computeBottlenecks(lone).mostLost).toBeUndefined();
    // Building: leads → call → the newest stage, not yet connected to anything.
    const building = documentOf(
      [node('leads', 'start', { volume: 100 }), stage('call'), stage('newest')],
      [edge('leads', 'call'), edge('call', 'newest')],
    );
    const result = computeBottlenecks(building);
    expect(result.mostLost).toBeUndefined();
    expect(result.lowestConversion).toBeUndefined();
    // The figures are still there for the heat view.
    expect(result.losses.get('newest')).toMatchObject({ lost: 100, lossRate: 1 });
  });

  it('never marks a dead end once flow reaches an end, only steps with a way out', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 100 }), node('fit', 'decision'), stage('newest'), node('won', 'end', { outcome: 'won' }), node('lost', 'end', { outcome: 'lost' })],
      [edge('leads', 'fit'), edge('fit', 'won', 0.3), edge('fit', 'lost', 0.2), edge('fit', 'newest', 0.5)],
    );
    expect(computeBottlenecks(doc).mostLost).toMatchObject({ nodeId: 'fit', lost: 20 });
    expect(computeBottlenecks(doc).lowestConversion).toMatchObject({ nodeId: 'fit' });
  });
});
