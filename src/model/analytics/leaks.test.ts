import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { documentOf, edge, node, stage } from './testDocuments';

describe('findLeaks', () => {
  it('finds the share and volume a step sends nowhere when its rates add up below 100%', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 200 }), stage('demo'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'demo'), edge('demo', 'won', 0.6)],
    );
    const leak = analyse(doc).leaks.get('demo');
    expect(leak?.share).toBeCloseTo(0.4, 12);
    expect(leak?.volume).toBeCloseTo(80, 9);
    expect(analyse(doc).leaks.size).toBe(1);
  });

  it('finds the share even while no lead enters', () => {
    const doc = documentOf(
      [node('leads', 'start'), stage('demo'), node('won', 'end', { outcome: 'won' })],
      [edge('leads', 'demo'), edge('demo', 'won', 0.25)],
    );
    expect(analyse(doc).leaks.get('demo')).toMatchObject({ share: 0.75, volume: 0 });
  });

  it('finds none where an unrated edge takes the rest, rates add up, or a node has no way out yet', () => {
    const doc = documentOf(
      [
        node('leads', 'start', { volume: 100 }),
        stage('demo'),
        stage('newest'),
        node('won', 'end', { outcome: 'won' }),
        node('lost', 'end', { outcome: 'lost' }),
      ],
      [edge('leads', 'demo'), edge('demo', 'won', 0.6), edge('demo', 'lost'), edge('leads', 'newest', 0)],
    );
    expect(analyse(doc).leaks.size).toBe(0);
  });
});
