import { describe, it, expect } from 'vitest';
import { buildIndex } from './graph';
import { parseDocumentValue, toDocumentFile } from './parse';
import { sampleDocument, SAMPLE_CREATED_AT } from './sample';

describe('sampleDocument', () => {
  it('is a valid document', () => {
    const doc = sampleDocument();
    expect(parseDocumentValue(toDocumentFile(doc))).toEqual({ ok: true, value: doc });
  });

  it('walks the six stages in order from the leads to the won end', () => {
    const doc = sampleDocument();
    const index = buildIndex(doc);
    const labels: string[] = [];
    let current = doc.nodes.find((node) => node.kind === 'start');
    while (current !== undefined) {
      labels.push(current.label);
      const out = index.outgoing.get(current.id) ?? [];
      const next = out.find((edge) => edge.label !== 'No') ?? out[0];
      current = next === undefined ? undefined : index.nodesById.get(next.target);
    }
    expect(labels).toEqual([
      'New leads',
      'Lead acquisition',
      'First contact',
      'Qualified?',
      'Needs analysis & solution design',
      'Quotation & negotiation',
      'Contract signing & execution',
      'After-sales service & retention',
      'Won',
    ]);
    expect(index.outgoing.get('qualified')?.map((edge) => edge.label)).toEqual(['Yes', 'No']);
  });

  it('takes the id, title and time it is given', () => {
    const doc = sampleDocument({ id: 'doc_1', title: 'Mine', now: 5 });
    expect(doc).toMatchObject({ id: 'doc_1', title: 'Mine', createdAt: 5, updatedAt: 5 });
    expect(sampleDocument().createdAt).toBe(SAMPLE_CREATED_AT);
  });

  it('returns a fresh copy each time', () => {
    const a = sampleDocument();
    a.nodes[0]!.position.x = 999;
    expect(sampleDocument().nodes[0]!.position.x).toBe(0);
  });
});
