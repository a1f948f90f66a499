// @vitest-environment jsdom
// The hostile document (markup labels, prototype-named ids, control characters) through Mermaid:
// the text carries no markup, Mermaid 11 reads every label back as the same text, and so does our
// own reader.

import { describe, expect, it } from 'vitest';
import { hostileDocument } from '../../model/fixtures/hostile';
import { exportMermaid } from './exportMermaid';
import { parseMermaid } from './parseMermaid';
import { readWithMermaid } from './testing/mermaidOracle';

// What a text file can carry of a label: Mermaid, like XML, has no use for C0 control characters.
const carried = (label: string) => label.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim(); // eslint-disable-line no-control-regex

describe('Mermaid export of hostile content', () => {
  it('writes no markup, and Mermaid and our reader both read the labels back as text', async () => {
    const document = hostileDocument();
    const text = exportMermaid(document, { rates: true });
    expect(text).not.toMatch(/<(?!br>)[a-z]/i);
    const mermaid = await readWithMermaid(text);
    expect(mermaid.vertices.map((vertex) => vertex.text.trim()).sort()).toEqual(document.nodes.map((node) => carried(node.label)).sort());
    expect(mermaid.subgraphs.map((subgraph) => subgraph.title).sort()).toEqual(document.lanes.map((lane) => lane.label).sort());
    const ours = parseMermaid(text);
    if (!ours.ok) throw new Error(JSON.stringify(ours.error));
    expect(ours.value.graph.nodes.map((node) => node.label).sort()).toEqual(document.nodes.map((node) => carried(node.label)).sort());
    expect(ours.value.skipped).toEqual([]);
  });
});
