// An imported graph becomes a document the model's door accepts, with the graph's content: here
// every template, exported to Mermaid by us, read back by our reader and made a document again.

import { describe, expect, it } from 'vitest';
import { createSeededIdFactory } from '../../lib/ids';
import { mulberry32 } from '../../lib/random';
import { MAX_ID_LENGTH } from '../../model/limits';
import { parseDocumentFile, serializeDocumentFile } from '../../model/parse';
import type { SalesDocument } from '../../model/types';
import { exportMermaid } from '../mermaid/exportMermaid';
import { parseMermaid } from '../mermaid/parseMermaid';
import { salesProcess } from '../svg/testing/fixtures';
import { templateDocuments } from '../testing/templateDocuments';
import { graphToDocument } from './graphToDocument';

const options = () => ({ title: 'Imported', now: Date.UTC(2026, 0, 1), makeId: createSeededIdFactory(mulberry32(7)) });

function summary(document: SalesDocument) {
  const lane = new Map(document.lanes.map((item) => [item.id, item.label]));
  const label = new Map(document.nodes.map((node) => [node.id, node.label]));
  return {
    direction: document.settings.direction,
    lanes: document.lanes.map((item) => item.label),
    nodes: document.nodes.map((node) => `${node.kind}|${node.label}|${node.laneId ? lane.get(node.laneId) : ''}|${node.kind === 'end' && node.outcome !== 'other' ? (node.outcome ?? '') : ''}`).sort(),
    edges: document.edges.map((edge) => `${label.get(edge.source)}>${label.get(edge.target)}|${edge.label ?? ''}|${edge.conversionRate ?? ''}|${edge.style === 'dashed' ? 'dashed' : ''}`).sort(),
  };
}

describe('imported graph to document', () => {
  const documents = [...templateDocuments().map(({ name, language, document }) => ({ name: `${name} (${language})`, document })), { name: 'every kind', document: salesProcess('zh') }];
  it.each(documents)('$name: Mermaid text read back becomes a valid document with the same content', ({ document }) => {
    const read = parseMermaid(exportMermaid(document, { rates: true }));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const made = graphToDocument(read.value.graph, options());
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    expect(summary(made.value)).toEqual(summary(document));
    // The door of a saved file takes it as it is.
    expect(parseDocumentFile(serializeDocumentFile(made.value))).toEqual({ ok: true, value: made.value });
  });

  it('gives fresh ids however long or strange the source ids, and lays nodes out without overlap', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH * 2);
    const made = graphToDocument(
      {
        direction: 'TB',
        lanes: [{ id: '__proto__', label: 'Lane' }],
        nodes: [
          { id: long, kind: 'start', label: 'In', laneId: '__proto__' },
          { id: 'constructor', kind: 'end', label: 'Out', outcome: 'won' },
          { id: 'b', kind: 'stage', label: 'B', style: { fill: '#ff0000' } },
        ],
        edges: [{ id: 'e1', source: long, target: 'constructor', label: 'go', conversionRate: 0.5 }],
      },
      options(),
    );
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const { nodes, edges, lanes } = made.value;
    expect(nodes.every((node) => node.id.length <= MAX_ID_LENGTH)).toBe(true);
    expect(nodes[0]!.laneId).toBe(lanes[0]!.id);
    expect(edges[0]).toMatchObject({ source: nodes[0]!.id, target: nodes[1]!.id, label: 'go', conversionRate: 0.5 });
    expect(nodes[2]!.style).toEqual({ fill: '#ff0000' });
    for (const a of nodes)
      for (const b of nodes)
        if (a !== b) expect(a.position.x + a.size.width <= b.position.x || b.position.x + b.size.width <= a.position.x || a.position.y + a.size.height <= b.position.y || b.position.y + b.size.height <= a.position.y).toBe(true);
  });

  it('refuses, with the model door\'s typed error, what the model cannot hold', () => {
    const made = graphToDocument({ direction: 'LR', lanes: [], nodes: [{ id: 'a', kind: 'stage', label: 'A', style: { fill: 'url(javascript:alert(1))' } }], edges: [] }, options());
    expect(made.ok).toBe(false);
    expect(!made.ok && made.error.code).toBe('invalid');
  });
});
