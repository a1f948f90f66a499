import { describe, expect, it } from 'vitest';
import { sampleDocument } from './sample';
import { findNodesByLabel } from './find';

describe('findNodesByLabel', () => {
  it('matches case-insensitively and ignores an empty query', () => {
    const document = sampleDocument();
    const ids = findNodesByLabel(document, '  CONTACT ');
    expect(ids.map((id) => document.nodes.find((node) => node.id === id)?.label)).toEqual(['First contact']);
    expect(findNodesByLabel(document, '   ')).toEqual([]);
  });

  it('finds Chinese labels', () => {
    const document = sampleDocument();
    const renamed = { ...document, nodes: document.nodes.map((node, index) => (index === 2 ? { ...node, label: '报价与谈判' } : node)) };
    expect(findNodesByLabel(renamed, '谈判')).toEqual([renamed.nodes[2]!.id]);
  });
});
