import { describe, expect, it } from 'vitest';
import { makeDocument, makeEdge, makeNode } from '../model/fixtures/documents';
import { toDot } from './toDot';

describe('toDot', () => {
  it('writes the flow left to right with fixed node sizes in inches, in document order', () => {
    const doc = makeDocument({
      nodes: [
        makeNode('a', 'start', { size: { width: 144, height: 36 } }),
        makeNode('tip', 'note', { attachedTo: 'a' }),
        makeNode('b', 'stage', { size: { width: 72, height: 72 } }),
      ],
      edges: [makeEdge('x', 'a', 'tip'), makeEdge('y', 'a', 'b'), makeEdge('z', 'b', 'a')],
    });
    expect(toDot(doc)).toBe(
      [
        'digraph flow {',
        '  graph [rankdir=LR];',
        '  node [shape=box, fixedsize=true, label=""];',
        '  n0 [width=2.0000, height=0.5000];',
        '  n1 [width=1.0000, height=1.0000];',
        '  n0 -> n1 [id="e1"];',
        '  n1 -> n0 [id="e2"];',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('runs top to bottom when the document does', () => {
    const doc = makeDocument({ nodes: [makeNode('a', 'start'), makeNode('b', 'end')], edges: [makeEdge('x', 'a', 'b')] });
    expect(toDot({ ...doc, settings: { ...doc.settings, direction: 'TB' } })).toContain('  graph [rankdir=TB];\n');
  });
});
