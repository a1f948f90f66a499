import { describe, expect, it } from 'vitest';
import { parseDocumentFile, serializeDocumentFile } from './parse';
import { makeChain } from './fixtures/documents';
import { withSampleDealData } from './fixtures/dealData';
import { hasActuals, withoutActuals, withoutFigures } from './privacy';

function withEverything() {
  const chain = makeChain();
  return withSampleDealData({
    ...chain,
    settings: { ...chain.settings, dealValue: 25_000 },
    nodes: chain.nodes.map((node) => (node.id === 'a' ? { ...node, details: { owner: 'Ana', durationDays: 5, kpi: 'Calls', notes: 'Ask early' } } : node)),
    scenarios: [{ id: 's1', name: 'Better demo', overrides: { edgeRates: [{ edgeId: 'e2', rate: 0.7 }], startVolumes: [], durations: [] } }],
  });
}

describe('withoutActuals', () => {
  it('leaves out the deal data and nothing else', () => {
    const doc = withEverything();
    const left = withoutActuals(doc);
    expect(hasActuals(doc)).toBe(true);
    expect(hasActuals(left)).toBe(false);
    expect('dealData' in left).toBe(false);
    expect({ ...left, dealData: doc.dealData }).toEqual(doc);
    expect(doc.dealData).toBeDefined();
  });

  it('answers a document without actuals as it is', () => {
    const doc = makeChain();
    expect(withoutActuals(doc)).toBe(doc);
  });
});

describe('withoutFigures', () => {
  it('leaves out rates, leads, the deal value, scenarios and actuals, and keeps what people wrote', () => {
    const doc = withEverything();
    const left = withoutFigures(doc);
    const text = serializeDocumentFile(left, 'test');
    for (const field of ['conversionRate', '"volume"', 'dealValue', 'dealData', 'Better demo', '4321', '1234']) expect(text).not.toContain(field);
    expect(left.scenarios).toEqual([]);
    expect(left.nodes.map((node) => node.label)).toEqual(doc.nodes.map((node) => node.label));
    expect(left.edges.map((edge) => [edge.id, edge.source, edge.target, edge.points])).toEqual(doc.edges.map((edge) => [edge.id, edge.source, edge.target, edge.points]));
    expect(left.nodes.find((node) => node.id === 'a')?.details).toEqual({ owner: 'Ana', durationDays: 5, kpi: 'Calls', notes: 'Ask early' });
    expect(left.settings.currency).toBe(doc.settings.currency);
    expect(left.walkthrough).toBe(doc.walkthrough);
  });

  it('gives a document that passes the door', () => {
    const parsed = parseDocumentFile(serializeDocumentFile(withoutFigures(withEverything()), 'test'));
    expect(parsed.ok).toBe(true);
  });

  it('does not touch its input', () => {
    const doc = withEverything();
    const before = structuredClone(doc);
    withoutFigures(doc);
    expect(doc).toEqual(before);
  });
});
