import { describe, it, expect } from 'vitest';
import { generateDocument, GENERATED_AT } from './generate';
import { buildIndex } from './graph';
import { parseDocumentValue, toDocumentFile } from './parse';
import type { FlowNode, SalesDocument } from './types';

function overlapping(nodes: readonly FlowNode[]): [string, string] | null {
  // Sweep by x so a 5,000-node document needs no all-pairs comparison.
  const sorted = [...nodes].sort((a, b) => a.position.x - b.position.x);
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (b.position.x >= a.position.x + a.size.width) break;
      const apart = b.position.y >= a.position.y + a.size.height || a.position.y >= b.position.y + b.size.height;
      if (!apart) return [a.id, b.id];
    }
  }
  return null;
}

function expectSalesLike(doc: SalesDocument): void {
  const index = buildIndex(doc);
  for (const node of doc.nodes) {
    const out = index.outgoing.get(node.id) ?? [];
    const sum = out.reduce((total, edge) => total + (edge.conversionRate ?? 0), 0);
    expect(sum).toBeLessThanOrEqual(1);
    if (node.kind === 'note') {
      expect(out).toEqual([]);
      expect(node.attachedTo).toBeDefined();
    } else if (node.kind === 'end') {
      expect(out).toEqual([]);
    } else if (doc.nodes.length > 1) {
      // No dead ends: every flow node other than an end leads somewhere (a lone start cannot).
      expect(out.length).toBeGreaterThan(0);
    }
    if (node.kind === 'decision') {
      expect(out).toHaveLength(2);
      for (const edge of out) expect(edge.label).toBeTruthy();
    }
    if (node.kind === 'stage') {
      expect(node.details?.owner).toBeTruthy();
      expect(node.details?.durationDays).toBeGreaterThan(0);
    }
    if (node.kind === 'start') expect(node.volume).toBeGreaterThan(0);
  }
  const pairs = new Set(doc.edges.map((edge) => `${edge.source}->${edge.target}`));
  expect(pairs.size).toBe(doc.edges.length);
  expect(overlapping(doc.nodes)).toBeNull();
}

describe('generateDocument', () => {
  it('gives the same document for the same seed, ids and timestamps included', () => {
    const a = generateDocument({ nodes: 300, seed: 7, lanes: true });
    const b = generateDocument({ nodes: 300, seed: 7, lanes: true });
    expect(b).toEqual(a);
    expect(a.createdAt).toBe(GENERATED_AT);
    expect(generateDocument({ nodes: 300, seed: 8, lanes: true })).not.toEqual(a);
  });

  it('makes exactly the requested number of nodes', () => {
    for (const nodes of [0, 1, 2, 3, 4, 5, 17, 250, 1000]) {
      expect(generateDocument({ nodes, seed: nodes }).nodes).toHaveLength(nodes);
    }
  });

  it('passes validation for several seeds and sizes, with and without lanes', () => {
    for (const nodes of [0, 1, 2, 3, 10, 60, 400]) {
      for (const seed of [1, 2, 3, -4, 2 ** 31 + 5]) {
        for (const lanes of [false, true, 2, 7]) {
          const doc = generateDocument({ nodes, seed, lanes });
          const result = parseDocumentValue(toDocumentFile(doc));
          expect(result, `nodes ${nodes}, seed ${seed}, lanes ${String(lanes)}`).toEqual({ ok: true, value: doc });
          expectSalesLike(doc);
        }
      }
    }
  });

  it('passes validation at the node cap', () => {
    const doc = generateDocument({ nodes: 5000, seed: 11, lanes: true });
    expect(parseDocumentValue(toDocumentFile(doc)).ok).toBe(true);
    expectSalesLike(doc);
  });

  it('adds unrated cross-links between nearby steps up to the edges asked for, the rest of the document unchanged', () => {
    const plain = generateDocument({ nodes: 400, seed: 3, lanes: true });
    const dense = generateDocument({ nodes: 400, seed: 3, lanes: true, edges: 1600 });
    expect(dense.edges).toHaveLength(1600);
    expect(dense.nodes).toEqual(plain.nodes);
    expect(dense.edges.slice(0, plain.edges.length)).toEqual(plain.edges);
    const added = dense.edges.slice(plain.edges.length);
    const kindOf = new Map(dense.nodes.map((node) => [node.id, node.kind]));
    for (const edge of added) {
      expect(edge.conversionRate).toBeUndefined();
      expect(['end', 'note', 'decision']).not.toContain(kindOf.get(edge.source));
      expect(['start', 'note']).not.toContain(kindOf.get(edge.target));
    }
    expectSalesLike(dense);
  });

  it('passes validation at both caps, 5,000 nodes and 20,000 edges', () => {
    const doc = generateDocument({ nodes: 5000, seed: 11, lanes: true, edges: 25_000 });
    expect(doc.edges).toHaveLength(20_000);
    expect(parseDocumentValue(toDocumentFile(doc)).ok).toBe(true);
  });

  it('builds a sales-like process: sources, decisions, losses, nurture loops, one won end', () => {
    const doc = generateDocument({ nodes: 400, seed: 3 });
    const count = (predicate: (node: FlowNode) => boolean) => doc.nodes.filter(predicate).length;
    expect(count((node) => node.kind === 'start')).toBeGreaterThan(1);
    expect(count((node) => node.outcome === 'won')).toBe(1);
    expect(count((node) => node.outcome === 'lost')).toBeGreaterThan(0);
    expect(count((node) => node.kind === 'decision')).toBeGreaterThan(0);
    for (const kind of ['stage', 'delay', 'document', 'data', 'subprocess', 'note'] as const) {
      expect(count((node) => node.kind === kind), kind).toBeGreaterThan(0);
    }
    const dashedBack = doc.edges.filter((edge) => {
      const target = doc.nodes.find((node) => node.id === edge.target);
      return edge.style === 'dashed' && target?.kind === 'stage';
    });
    expect(dashedBack.length).toBeGreaterThan(0);
  });

  it('adds the five standard lanes on request and puts nodes in them', () => {
    const doc = generateDocument({ nodes: 200, seed: 5, lanes: true });
    expect(doc.lanes.map((lane) => lane.label)).toEqual(['Sales', 'Pre-sales', 'Legal', 'Finance', 'Customer Success']);
    for (const lane of doc.lanes) {
      expect(doc.nodes.some((node) => node.laneId === lane.id), lane.label).toBe(true);
    }
    expect(generateDocument({ nodes: 50, seed: 5, lanes: 7 }).lanes).toHaveLength(7);
    const plain = generateDocument({ nodes: 50, seed: 5 });
    expect(plain.lanes).toEqual([]);
    expect(plain.nodes.every((node) => node.laneId === undefined)).toBe(true);
  });

  it('stacks lanes as bands from top to bottom', () => {
    const doc = generateDocument({ nodes: 200, seed: 9, lanes: true });
    const laneIndex = new Map(doc.lanes.map((lane, index) => [lane.id, index]));
    const laned = doc.nodes.filter((node) => node.laneId !== undefined);
    for (const a of laned) {
      for (const b of laned) {
        if ((laneIndex.get(a.laneId ?? '') ?? 0) < (laneIndex.get(b.laneId ?? '') ?? 0)) {
          expect(a.position.y + a.size.height).toBeLessThan(b.position.y);
        }
      }
    }
    const unassigned = doc.nodes.filter((node) => node.laneId === undefined);
    expect(unassigned.length).toBeGreaterThan(0);
    const lowestLaned = Math.max(...laned.map((node) => node.position.y + node.size.height));
    for (const node of unassigned) expect(node.position.y).toBeGreaterThan(lowestLaned);
  });

  it('wraps a long process so that a big document is about as tall as it is wide', () => {
    for (const lanes of [false, true]) {
      const doc = generateDocument({ nodes: 1000, seed: 3, lanes });
      const width = Math.max(...doc.nodes.map((node) => node.position.x + node.size.width));
      const height = Math.max(...doc.nodes.map((node) => node.position.y + node.size.height));
      expect(width / height).toBeGreaterThan(0.5);
      expect(width / height).toBeLessThan(2);
    }
  });

  it('generates 1,000 nodes fast', () => {
    generateDocument({ nodes: 1000, seed: 0 });
    const started = performance.now();
    generateDocument({ nodes: 1000, seed: 1, lanes: true });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
