import { describe, expect, it } from 'vitest';
import { EDGE_LABEL } from '../geometry/labelBox';
import { deepFreeze } from '../lib/deepFreeze';
import { makeDocument, makeEdge, makeNode } from '../model/fixtures/documents';
import { elkLayoutOptions, thoroughnessFor, toElkGraph } from './elkGraph';

const LR = { direction: 'LR', spacing: 'normal' } as const;

function annotated() {
  return makeDocument({
    nodes: [
      makeNode('start', 'start', { size: { width: 140, height: 56 } }),
      makeNode('qualify', 'stage', { size: { width: 180, height: 70 } }),
      makeNode('won', 'end', { outcome: 'won' }),
      makeNode('tip', 'note', { attachedTo: 'qualify' }),
      makeNode('linked', 'note'),
      makeNode('loose', 'note', { position: { x: 900, y: 900 } }),
    ],
    edges: [
      makeEdge('e1', 'start', 'qualify'),
      makeEdge('e2', 'qualify', 'won'),
      makeEdge('e3', 'linked', 'won'),
    ],
  });
}

describe('toElkGraph', () => {
  it('gives ELK every flow node with its size, in document order, under positional ids', () => {
    const graph = toElkGraph(annotated(), LR);
    expect(graph.children?.slice(0, 3)).toEqual([
      { id: 'n0', width: 140, height: 56 },
      { id: 'n1', width: 180, height: 70 },
      { id: 'n2', width: 140, height: 56 },
    ]);
    expect(graph.edges?.slice(0, 2)).toEqual([
      { id: 'e0', sources: ['n0'], targets: ['n1'] },
      { id: 'e1', sources: ['n1'], targets: ['n2'] },
    ]);
  });

  it('hangs notes off the node they annotate, and leaves out notes tied to nothing', () => {
    const graph = toElkGraph(annotated(), LR);
    // tip (n3) is attached to qualify (n1) and trails it; linked (n4) has an edge to won (n2), given
    // as it goes, so that it arrives where won's ways in do; loose has neither and is not given to ELK.
    expect(graph.children?.map((child) => child.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(graph.edges?.slice(2)).toEqual([
      { id: 'e2', sources: ['n4'], targets: ['n2'] },
      { id: 'e3', sources: ['n1'], targets: ['n3'] },
    ]);
  });

  it('does not add an attachment link when an edge already ties the note to its node', () => {
    const doc = makeDocument({
      nodes: [makeNode('a'), makeNode('tip', 'note', { attachedTo: 'a' })],
      edges: [makeEdge('e1', 'tip', 'a')],
    });
    expect(toElkGraph(doc, LR).edges).toEqual([{ id: 'e0', sources: ['n1'], targets: ['n0'] }]);
  });

  it('with a scope, gives ELK only the scope, its notes, and the edges inside it', () => {
    const graph = toElkGraph(annotated(), { ...LR, scope: ['qualify', 'won', 'ghost'] });
    // qualify, won, and tip (attached to qualify) ; linked is outside the scope.
    expect(graph.children?.map((child) => child.width)).toEqual([180, 140, 160]);
    expect(graph.edges).toEqual([
      { id: 'e0', sources: ['n0'], targets: ['n1'] },
      { id: 'e1', sources: ['n0'], targets: ['n2'] },
    ]);
  });

  it('puts ways out after the path that goes on, where a reader looks for them', () => {
    const doc = makeDocument({
      nodes: [makeNode('fit', 'decision'), makeNode('lost', 'end', { outcome: 'lost' }), makeNode('next'), makeNode('won', 'end', { outcome: 'won' })],
      edges: [makeEdge('no', 'fit', 'lost'), makeEdge('yes', 'fit', 'next'), makeEdge('done', 'next', 'won')],
    });
    const graph = toElkGraph(doc, LR);
    // fit n0, next n1, won n2, lost n3: the lost end and the edge into it come last.
    expect(graph.edges).toEqual([
      { id: 'e0', sources: ['n0'], targets: ['n1'] },
      { id: 'e1', sources: ['n1'], targets: ['n2'] },
      { id: 'e2', sources: ['n0'], targets: ['n3'] },
    ]);
  });

  it('asks for the layered algorithm with the options that matched dot', () => {
    const options = toElkGraph(annotated(), LR).layoutOptions ?? {};
    expect(options).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.thoroughness': '100',
    });
    expect(options).not.toHaveProperty('elk.layered.crossingMinimization.thoroughness');
    expect(toElkGraph(annotated(), { direction: 'TB', spacing: 'normal' }).layoutOptions?.['elk.direction']).toBe('DOWN');
  });

  it('spaces nodes by the chosen spacing', () => {
    const space = (spacing: 'compact' | 'normal' | 'roomy') => Number(elkLayoutOptions(10, 10, { direction: 'LR', spacing }, false)['elk.spacing.nodeNode']);
    expect(space('compact')).toBeLessThan(space('normal'));
    expect(space('normal')).toBeLessThan(space('roomy'));
  });

  it('lowers thoroughness as the graph grows', () => {
    expect(thoroughnessFor(40, 45)).toBe(100);
    expect(thoroughnessFor(120, 125)).toBe(30);
    expect(thoroughnessFor(200, 210)).toBe(7);
    expect(thoroughnessFor(500, 10)).toBe(1);
    expect(thoroughnessFor(2500, 2600)).toBe(1);
  });

  it('lays lanes out from layers comparable across the whole document', () => {
    expect(elkLayoutOptions(10, 10, LR, true)['elk.separateConnectedComponents']).toBe('false');
    expect(elkLayoutOptions(10, 10, LR, false)['elk.separateConnectedComponents']).toBe('true');
  });

  it('is pure', () => {
    const doc = deepFreeze(annotated());
    expect(toElkGraph(doc, LR)).toEqual(toElkGraph(doc, LR));
  });
});

describe('room for edge labels', () => {
  it('widens the gap between layers to the widest label box, which wrapping bounds', () => {
    const base = Number(elkLayoutOptions(2, 1, { direction: 'LR', spacing: 'normal' }, false)['elk.layered.spacing.nodeNodeBetweenLayers']);
    const labelled = (label: string) =>
      Number(
        toElkGraph(
          makeDocument({
            nodes: [makeNode('a'), makeNode('b')],
            edges: [{ id: 'e', source: 'a', target: 'b', label }],
          }),
          { direction: 'LR', spacing: 'normal' },
        ).layoutOptions?.['elk.layered.spacing.nodeNodeBetweenLayers'],
      );
    expect(labelled('No')).toBe(base);
    expect(labelled('No, escalate to the second line')).toBeGreaterThan(base);
    const widest = labelled('x'.repeat(200));
    expect(widest).toBeLessThanOrEqual(EDGE_LABEL.maxWidth + 2 * EDGE_LABEL.paddingX + 20);
    expect(labelled('x'.repeat(2000))).toBe(widest);
  });
});
