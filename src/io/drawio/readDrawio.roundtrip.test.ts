import { describe, expect, it } from 'vitest';
import { compareByOrder } from '../../lib/orderKey';
import type { SalesDocument } from '../../model/types';
import { graphToDocument } from '../graph/graphToDocument';
import { templateDocuments } from '../testing/templateDocuments';
import { exportDrawio } from './exportDrawio';
import { readDrawio } from './readDrawio';

/**
 * The graph as a person reads it: kinds, labels and lanes of nodes, and edges between labels. Won
 * and lost ends come back by their colours; `other` looks like a neutral end, so it can't.
 */
function shape(document: SalesDocument) {
  const lanes = new Map(document.lanes.map((lane) => [lane.id, lane.label]));
  const nodes = new Map(document.nodes.map((node) => [node.id, node]));
  const name = (id: string) => `${nodes.get(id)!.kind}:${nodes.get(id)!.label}`;
  return {
    lanes: [...document.lanes].sort(compareByOrder).map((lane) => lane.label),
    nodes: document.nodes.map((node) => `${name(node.id)} in ${node.laneId === undefined ? '-' : lanes.get(node.laneId)} ${node.outcome === 'won' || node.outcome === 'lost' ? node.outcome : ''}`).sort(),
    edges: document.edges.map((edge) => `${name(edge.source)} -> ${name(edge.target)} [${edge.label ?? ''}] ${edge.style ?? 'solid'}`).sort(),
  };
}

describe('our draw.io export read back', () => {
  for (const { name, language, document } of templateDocuments()) {
    it(`${name} (${language}) comes back as the same graph`, () => {
      const read = readDrawio(exportDrawio(document, { rates: false, appVersion: 'test' }));
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(read.value.pages).toHaveLength(1);
      const [page] = read.value.pages;
      expect(page!.skipped).toEqual([]);
      const made = graphToDocument(page!.graph, { title: document.title, now: 0 });
      expect(made.ok).toBe(true);
      if (!made.ok) return;
      expect(shape(made.value)).toEqual(shape(document));
      expect(made.value.settings.direction).toBe(document.settings.direction);
      // The drawing is kept: every node where it was.
      const positions = new Map(document.nodes.map((node) => [node.label, node.position]));
      for (const node of made.value.nodes) {
        const before = positions.get(node.label)!;
        expect(Math.abs(node.position.x - before.x)).toBeLessThan(0.02);
        expect(Math.abs(node.position.y - before.y)).toBeLessThan(0.02);
      }
    });
  }

  it('brings back colours set on nodes and web links, and sets none where the node has our own look', () => {
    const { document } = templateDocuments()[0]!;
    const [first, second, ...rest] = document.nodes;
    const styled: SalesDocument = {
      ...document,
      nodes: [{ ...first!, style: { fill: '#ffcc00', textColor: '#112233' }, link: 'https://crm.example.com/deals' }, { ...second!, link: 'mailto:sales@example.com' }, ...rest],
    };
    const read = readDrawio(exportDrawio(styled, { rates: false, appVersion: 'test' }));
    if (!read.ok) throw new Error(read.error.code);
    const made = graphToDocument(read.value.pages[0]!.graph, { title: document.title, now: 0 });
    if (!made.ok) throw new Error(made.error.code);
    const byLabel = new Map(made.value.nodes.map((node) => [node.label, node]));
    expect(byLabel.get(first!.label)).toMatchObject({ style: { fill: '#ffcc00', textColor: '#112233' }, link: 'https://crm.example.com/deals' });
    expect(byLabel.get(second!.label)).toMatchObject({ link: 'mailto:sales@example.com' });
    expect(byLabel.get(second!.label)?.style).toBeUndefined();
    expect(made.value.nodes.filter((node) => node.style !== undefined).map((node) => node.label)).toEqual([first!.label]);
  });

  it('carries rates written into labels back as rates', () => {
    const { document } = templateDocuments()[0]!;
    const read = readDrawio(exportDrawio(document, { rates: true, appVersion: 'test' }));
    if (!read.ok) throw new Error(read.error.code);
    const rates = read.value.pages[0]!.graph.edges.map((edge) => edge.conversionRate).filter((rate) => rate !== undefined);
    expect(rates.sort()).toEqual(document.edges.flatMap((edge) => (edge.conversionRate === undefined ? [] : [edge.conversionRate])).sort());
  });
});
