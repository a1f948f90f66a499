import { describe, expect, it } from 'vitest';
import { buildFlowGraph } from './flowGraph';
import { documentOf, edge, node, stage } from './testDocuments';

function sharesOf(edges: ReturnType<typeof edge>[]) {
  const targets = edges.map((made) => stage(made.target));
  const graph = buildFlowGraph(documentOf([stage('from'), ...targets], edges));
  return { shares: graph.branches[0]!.map((branch) => branch.share), unaccounted: graph.unaccounted[0] };
}

describe('buildFlowGraph', () => {
  it('gives unrated edges equal parts of what the rated ones leave', () => {
    const { shares, unaccounted } = sharesOf([edge('from', 'a', 0.4), edge('from', 'b'), edge('from', 'c')]);
    expect(shares[0]).toBe(0.4);
    expect(shares[1]).toBeCloseTo(0.3, 12);
    expect(shares[2]).toBeCloseTo(0.3, 12);
    expect(unaccounted).toBe(0);
  });

  it('leaves the rest unaccounted where every edge is rated', () => {
    const { shares, unaccounted } = sharesOf([edge('from', 'a', 0.5), edge('from', 'b', 0.2)]);
    expect(shares).toEqual([0.5, 0.2]);
    expect(unaccounted).toBeCloseTo(0.3, 12);
  });

  it('gives unrated edges nothing once the rated ones take everything', () => {
    expect(sharesOf([edge('from', 'a', 1), edge('from', 'b')]).shares).toEqual([1, 0]);
  });

  it('loses everything from a node with no way out', () => {
    expect(sharesOf([]).unaccounted).toBe(1);
  });

  it('leaves notes, and the edges touching them, out', () => {
    const graph = buildFlowGraph(
      documentOf([stage('a'), node('memo', 'note'), stage('b')], [edge('a', 'memo'), edge('a', 'b'), edge('memo', 'b')]),
    );
    expect(graph.nodes.map((kept) => kept.id)).toEqual(['a', 'b']);
    expect(graph.branches[0]!.map((branch) => branch.edge.id)).toEqual(['a->b']);
    expect(graph.arrivals[1]!.map((arrival) => arrival.source)).toEqual([0]);
  });
});
