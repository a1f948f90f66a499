// @vitest-environment jsdom
// Our Mermaid text judged by Mermaid 11 itself: every template in both languages (and a process
// with every kind) must parse, and Mermaid must read back our nodes with their labels and shapes,
// our edges with their labels, our lanes as subgraphs and our outcomes as classes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeKind, SalesDocument } from '../../model/types';
import { emptyDocument, salesProcess } from '../svg/testing/fixtures';
import { templateDocuments } from '../testing/templateDocuments';
import { exportMermaid } from './exportMermaid';
import { formatRateLabel } from './rateLabel';
import { readWithMermaid, type MermaidReading } from './testing/mermaidOracle';

// Mermaid's own names for the shapes we write.
const MERMAID_TYPE: Record<NodeKind, string> = {
  start: 'stadium',
  end: 'stadium',
  stage: 'square',
  decision: 'diamond',
  document: 'doc',
  data: 'cylinder',
  delay: 'delay',
  subprocess: 'subroutine',
  note: 'brace',
};

const DOCUMENTS: { name: string; document: SalesDocument }[] = [
  ...templateDocuments().map(({ name, language, document }) => ({ name: `${name} (${language})`, document })),
  { name: 'every kind (en)', document: salesProcess('en') },
  { name: 'every kind (zh)', document: salesProcess('zh') },
];

function vertexFor(reading: MermaidReading, label: string) {
  return reading.vertices.filter((vertex) => vertex.text === label);
}

function expectSameGraph(document: SalesDocument, reading: MermaidReading, rates: boolean) {
  expect(reading.direction).toBe(document.settings.direction);
  expect(reading.vertices).toHaveLength(document.nodes.length);
  const idOf = new Map<string, string>();
  for (const node of document.nodes) {
    const matches = vertexFor(reading, node.label).filter((vertex) => vertex.type === MERMAID_TYPE[node.kind] && !new Set(idOf.values()).has(vertex.id));
    expect(matches.length, `node ${node.id} "${node.label}" as ${MERMAID_TYPE[node.kind]}`).toBeGreaterThan(0);
    idOf.set(node.id, matches[0]!.id);
    const outcome = node.kind === 'end' && (node.outcome === 'won' || node.outcome === 'lost') ? [node.outcome] : [];
    expect(matches[0]!.classes).toEqual(outcome);
  }
  const edges = reading.edges.map((edge) => `${edge.start}>${edge.end}:${edge.text}:${edge.stroke}`).sort();
  const expected = document.edges
    .map((edge) => {
      const text = formatRateLabel(edge.label, rates ? edge.conversionRate : undefined) ?? '';
      return `${idOf.get(edge.source)}>${idOf.get(edge.target)}:${text}:${edge.style === 'dashed' ? 'dotted' : 'normal'}`;
    })
    .sort();
  expect(edges).toEqual(expected);
  const lanes = reading.subgraphs.map((subgraph) => ({ title: subgraph.title, nodes: [...subgraph.nodes].sort() }));
  const expectedLanes = document.lanes.map((lane) => ({
    title: lane.label,
    nodes: document.nodes
      .filter((node) => node.laneId === lane.id)
      .map((node) => idOf.get(node.id)!)
      .sort(),
  }));
  expect(lanes.sort((a, b) => a.title.localeCompare(b.title))).toEqual(expectedLanes.sort((a, b) => a.title.localeCompare(b.title)));
}

describe('Mermaid export read by Mermaid 11', () => {
  it.each(DOCUMENTS)('$name is read back as the same graph, without and with rates', async ({ document }) => {
    expectSameGraph(document, await readWithMermaid(exportMermaid(document, { rates: false })), false);
    expectSameGraph(document, await readWithMermaid(exportMermaid(document, { rates: true })), true);
  });

  it('writes a rate into the label as "label · percent"', () => {
    const document = emptyDocument({
      nodes: [
        { id: 'a', kind: 'decision', label: '签约？', position: { x: 0, y: 0 }, size: { width: 100, height: 60 } },
        { id: 'b', kind: 'stage', label: '谈判', position: { x: 200, y: 0 }, size: { width: 100, height: 60 } },
      ],
      edges: [{ id: 'e', source: 'a', target: 'b', label: '是', conversionRate: 0.45 }],
    });
    expect(exportMermaid(document, { rates: true })).toContain('-->|"是 · 45%"|');
    expect(exportMermaid(document, { rates: false })).toContain('-->|"是"|');
  });

  it('writes node colours as style lines Mermaid applies, and leaves out colours it could not read', async () => {
    const document = emptyDocument({
      lanes: [{ id: 'sales', label: 'Sales', color: '#fde68a', order: 'a0' }],
      nodes: [
        { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, size: { width: 100, height: 60 }, laneId: 'sales', style: { fill: '#ff0000', stroke: 'navy', textColor: '#ffffff' } },
        { id: 'b', kind: 'stage', label: 'B', position: { x: 200, y: 0 }, size: { width: 100, height: 60 }, style: { fill: 'rgb(1, 2, 3)' } },
      ],
    });
    const text = exportMermaid(document, { rates: false });
    const reading = await readWithMermaid(text);
    expect(reading.vertices.find((vertex) => vertex.text === 'A')?.styles).toEqual(['fill:#ff0000', 'stroke:navy', 'color:#ffffff']);
    expect(reading.vertices.find((vertex) => vertex.text === 'B')?.styles).toEqual([]);
    expect(text).toContain('style lane_sales fill:#fde68a');
  });

  it('quotes every label and writes quotes as #quot;', () => {
    const document = emptyDocument({
      nodes: [{ id: 'a', kind: 'stage', label: 'Say "yes" 说“是”', position: { x: 0, y: 0 }, size: { width: 100, height: 60 } }],
    });
    expect(exportMermaid(document, { rates: false })).toContain('n_a["Say #quot;yes#quot; 说“是”"]');
  });

  it('keeps a colon running into a quote on a line Mermaid takes for a style (found by the property below)', async () => {
    const document = emptyDocument({
      nodes: [
        { id: 'end', kind: 'stage', label: 'end', position: { x: 0, y: 0 }, size: { width: 100, height: 60 } },
        { id: ':::"style', kind: 'stage', label: ':::"style', position: { x: 200, y: 0 }, size: { width: 100, height: 60 } },
      ],
    });
    const reading = await readWithMermaid(exportMermaid(document, { rates: false }));
    expect(reading.vertices.map((vertex) => vertex.text)).toEqual(['end', ':::"style']);
  });

  it('keeps a label that opens a directive, and the chart after it (found by the property below)', async () => {
    const document = emptyDocument({
      lanes: [{ id: '%%{end', label: 'end', order: 'a0' }],
      nodes: [
        { id: '%%{end', kind: 'stage', label: '%%{end', laneId: '%%{end', position: { x: 0, y: 0 }, size: { width: 100, height: 60 } },
        { id: 'end', kind: 'stage', label: '50% off %%{init: {}}%%', position: { x: 200, y: 0 }, size: { width: 100, height: 60 } },
      ],
      edges: [{ id: 'e', source: '%%{end', target: 'end', label: 'end' }],
    });
    const reading = await readWithMermaid(exportMermaid(document, { rates: false }));
    expect(reading.vertices.map((vertex) => vertex.text)).toEqual(['%%{end', '50% off %%{init: {}}%%']);
    expect(reading.edges.map((edge) => edge.text)).toEqual(['end']);
  });

  it('keeps any label and any id through Mermaid, keywords and markup included', async () => {
    const tricky = fc.constantFrom('end', 'END', 'subgraph', 'graph', 'style', 'class', 'click', 'o', 'x', '__proto__', '-->', '"', '#quot;', '&amp;', '<b>', '<script>alert(1)</script>', '`', '\\', '%%', '%%{', '}%%', '%%{init: {}}%%', ';', '|', '[', ']', '(', ')', '{', '}', '\n', '销售', '😀', ' ', ':::', '@{');
    const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(text, { minLength: 2, maxLength: 4 }), text, async (labels, edgeLabel) => {
        const kinds: NodeKind[] = ['stage', 'decision', 'document', 'note'];
        const document = emptyDocument({
          lanes: [{ id: labels[0]!, label: edgeLabel, order: 'a0' }],
          nodes: labels.map((label, index) => ({
            id: label,
            kind: kinds[index % kinds.length]!,
            label,
            position: { x: index * 200, y: 0 },
            size: { width: 100, height: 60 },
            ...(index === 0 ? { laneId: labels[0]! } : {}),
          })),
          edges: [{ id: 'e', source: labels[0]!, target: labels[1]!, label: edgeLabel }],
        });
        // Mermaid trims what surrounds a label; everything inside must come through.
        const shown = (label: string) => label.replace(/\r\n?/g, '\n').trim();
        const reading = await readWithMermaid(exportMermaid(document, { rates: false }));
        expect(reading.vertices.map((vertex) => vertex.text.trim())).toEqual(labels.map(shown));
        expect(reading.edges.map((edge) => edge.text.trim())).toEqual([shown(edgeLabel)]);
        expect(reading.subgraphs.map((subgraph) => subgraph.title.trim())).toEqual([shown(edgeLabel)]);
      }),
      { numRuns: 60 },
    );
  });
});
