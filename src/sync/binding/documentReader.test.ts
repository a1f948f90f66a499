import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeChain } from '../../model/fixtures/documents';
import type { SalesDocument } from '../../model/types';
import { docToYjs } from './docToYjs';
import { DocumentReader } from './documentReader';
import { collectionMap } from './shape';
import { yjsToDoc } from './yjsToDoc';

function sharedChain(): { ydoc: Y.Doc; reader: DocumentReader; first: SalesDocument } {
  const ydoc = new Y.Doc();
  docToYjs(makeChain(), ydoc);
  const reader = new DocumentReader(ydoc);
  const read = reader.read();
  if (!read.ok) throw new Error('unreadable');
  return { ydoc, reader, first: read.value.document };
}

function fullRead(ydoc: Y.Doc): SalesDocument {
  const read = yjsToDoc(ydoc);
  if (!read.ok) throw new Error('unreadable');
  return read.value.document;
}

function document(reader: DocumentReader, previous?: SalesDocument): SalesDocument {
  const read = reader.read(previous);
  if (!read.ok) throw new Error('unreadable');
  return read.value.document;
}

describe('DocumentReader', () => {
  it('answers that a Y.Doc holds no document before its first sync, as the full read does', () => {
    expect(new DocumentReader(new Y.Doc()).read()).toEqual(yjsToDoc(new Y.Doc()));
  });

  it('reads again only the record a field edit touched: the others stay the same objects', () => {
    const { ydoc, reader, first } = sharedChain();
    collectionMap(ydoc, 'nodes').get('b')?.set('label', 'Negotiate');
    const next = document(reader, first);
    expect(next).toEqual(fullRead(ydoc));
    expect(next.nodes.find((node) => node.id === 'b')?.label).toBe('Negotiate');
    for (const [index, node] of next.nodes.entries()) {
      if (node.id === 'b') expect(node).not.toBe(first.nodes[index]);
      else expect(node).toBe(first.nodes[index]);
    }
    expect(next.edges).toBe(first.edges);
    expect(next.settings).toBe(first.settings);
  });

  it("keeps the caller's objects where they equal the records read, so its diff compares references", () => {
    const { ydoc, reader, first } = sharedChain();
    const stores = structuredClone(first);
    collectionMap(ydoc, 'edges').get('e3')?.set('conversionRate', 0.3);
    const next = document(reader, stores);
    for (const [index, node] of next.nodes.entries()) expect(node).toBe(stores.nodes[index]);
    expect(next.edges.filter((edge, index) => edge !== stores.edges[index]).map((edge) => edge.id)).toEqual(['e3']);
    expect(next.settings).toBe(stores.settings);
  });

  it('sees a change made inside a field a peer stored as a Yjs type', () => {
    const { ydoc, reader, first } = sharedChain();
    const size = new Y.Map<unknown>();
    size.set('width', 150);
    size.set('height', 60);
    collectionMap(ydoc, 'nodes').get('a')?.set('size', size);
    const second = document(reader, first);
    size.set('width', 180);
    const third = document(reader, second);
    expect(third.nodes.find((node) => node.id === 'a')?.size).toEqual({ width: 180, height: 60 });
  });

  it('reads a record the schema refuses as the full read repairs it, and reads incrementally again once it is gone', () => {
    const { ydoc, reader, first } = sharedChain();
    collectionMap(ydoc, 'nodes').get('b')?.set('kind', 'rocket');
    const repaired = reader.read(first);
    expect(repaired).toEqual(yjsToDoc(ydoc));
    if (!repaired.ok) throw new Error('unreadable');
    expect(repaired.value.document.nodes.map((node) => node.id)).not.toContain('b');
    collectionMap(ydoc, 'nodes').delete('b');
    const after = document(reader, repaired.value.document);
    collectionMap(ydoc, 'nodes').get('won')?.set('label', 'Signed');
    const next = document(reader, after);
    expect(next).toEqual(fullRead(ydoc));
    expect(next.nodes.find((node) => node.id === 'start')).toBe(after.nodes.find((node) => node.id === 'start'));
  });
});
