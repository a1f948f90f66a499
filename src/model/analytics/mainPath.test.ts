import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from './flowGraph';
import { computeFunnel } from './funnel';
import { mainPath } from './mainPath';
import { documentOf, edge, node, sixStageLine, stage } from './testDocuments';
import { winChances } from './winChance';

function pathOf(doc: ReturnType<typeof documentOf>) {
  const graph = buildFlowGraph(doc);
  return mainPath(graph, computeFunnel(doc, graph), winChances(graph));
}

describe('mainPath', () => {
  it('follows the branch through which most deals go on to win, not the biggest stream', () => {
    const doc = documentOf(
      [
        node('small', 'start', { volume: 10 }),
        node('big', 'start', { volume: 500 }),
        node('fit', 'decision'),
        stage('proposal'),
        node('won', 'end', { outcome: 'won' }),
        node('lost', 'end', { outcome: 'lost' }),
      ],
      [
        edge('small', 'proposal'),
        edge('big', 'fit'),
        edge('fit', 'lost', 0.7, { label: 'No' }),
        edge('fit', 'proposal', 0.3, { label: 'Yes' }),
        edge('proposal', 'won'),
      ],
    );
    expect(pathOf(doc)).toEqual(['big', 'fit', 'proposal', 'won']);
  });

  it('walks the whole line and stops at its end', () => {
    expect(pathOf(sixStageLine())).toEqual(['leads', 's1', 's2', 's3', 's4', 's5', 's6', 'won']);
  });

  it('does not go round a loop', () => {
    const doc = documentOf(
      [node('leads', 'start', { volume: 1 }), stage('a'), stage('b')],
      [edge('leads', 'a'), edge('a', 'b'), edge('b', 'a')],
    );
    expect(pathOf(doc)).toEqual(['leads', 'a', 'b']);
  });

  it('is empty without a start', () => {
    expect(pathOf(documentOf([stage('a')], []))).toEqual([]);
  });
});
