// Any text, however broken, gives a typed result and never an exception; what is read always
// holds the model's rules for a graph: edges between existing nodes, no self-loops, one edge per
// ordered pair, lanes that exist.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMermaid } from './parseMermaid';

const PIECES = [
  'flowchart LR\n', 'graph TD\n', '\n', ';', ' ', '  ', 'A', 'b_1', 'end', 'subgraph', 'subgraph S["Lane"]\n', 'end\n', '-->', '---', '-.->', '==>', '~~~', '--o', '<-->',
  '-- t -->', '-. t .->', '|', '|"x"|', '[', ']', '(', ')', '{', '}', '((', '))', '([', '])', '[(', ')]', '[[', ']]', '>', '[/', '/]', '[\\', '\\]', '"', '#quot;',
  '&', ':::', 'cls', 'classDef cls fill:#f00\n', 'class A cls\n', 'style A fill:#0f0\n', '@{ shape: doc, label: "d" }', '@{', '%%', 'click A call x()\n', '是', '45%', '·',
];

describe('Mermaid reader on arbitrary text', () => {
  it('returns a result for any text, and what it reads is a graph the model accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 60 }), fc.boolean(), (pieces, header) => {
        const text = `${header ? 'flowchart LR\n' : ''}${pieces.join('')}`;
        const result = parseMermaid(text);
        if (!result.ok) {
          expect(typeof result.error.code).toBe('string');
          return;
        }
        const { nodes, edges, lanes } = result.value.graph;
        const ids = new Set(nodes.map((node) => node.id));
        expect(ids.size).toBe(nodes.length);
        const laneIds = new Set(lanes.map((lane) => lane.id));
        for (const node of nodes) if (node.laneId !== undefined) expect(laneIds.has(node.laneId)).toBe(true);
        const pairs = new Set<string>();
        for (const edge of edges) {
          expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
          expect(edge.source).not.toBe(edge.target);
          const pair = JSON.stringify([edge.source, edge.target]);
          expect(pairs.has(pair)).toBe(false);
          pairs.add(pair);
          if (edge.conversionRate !== undefined) expect(edge.conversionRate >= 0 && edge.conversionRate <= 1).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
