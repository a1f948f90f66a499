import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { generateDocument } from '../../model/generate';
import { makeChain } from '../../model/fixtures/documents';
import type { SalesDocument } from '../../model/types';
import { docToYjs } from './docToYjs';
import { fullDocument } from './fixtures/documents';
import { collectionMap, PLACE } from './shape';
import { yjsToDoc } from './yjsToDoc';

function readBack(ydoc: Y.Doc): SalesDocument {
  const read = yjsToDoc(ydoc);
  if (!read.ok) throw new Error(`unreadable: ${JSON.stringify(read.error)}`);
  expect(read.value.repairs).toEqual([]);
  return read.value.document;
}

/** Through a second Y.Doc, as a collaborator receives it. */
function replicate(ydoc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(ydoc));
  return replica;
}

describe('docToYjs and yjsToDoc', () => {
  const documents: [string, SalesDocument][] = [
    ['generated, no lanes', generateDocument({ nodes: 40, seed: 1 })],
    ['generated, five lanes', generateDocument({ nodes: 60, seed: 2, lanes: true })],
    ['with scenarios, walkthrough and deal data', fullDocument(30, 3, 3)],
    ['the hand-written chain', makeChain()],
    ['empty', generateDocument({ nodes: 0, seed: 4 })],
  ];

  it.each(documents)('reads back %s as it was written, on another replica too', (_name, document) => {
    const ydoc = new Y.Doc();
    docToYjs(document, ydoc);
    expect(readBack(ydoc)).toEqual(document);
    expect(readBack(replicate(ydoc))).toEqual(document);
  });

  it('stores each record as a map of its fields under its id, nested values as one field', () => {
    const document = makeChain();
    const ydoc = new Y.Doc();
    docToYjs(document, ydoc);
    const edge = collectionMap(ydoc, 'edges').get('e2');
    expect(edge).toBeInstanceOf(Y.Map);
    expect(edge?.get('points')).toEqual([{ x: 300, y: 30 }]);
    expect(edge?.has('id')).toBe(false);
    expect(edge?.get(PLACE)).toBe(1);
  });

  it('replaces what the Y.Doc held before', () => {
    const ydoc = new Y.Doc();
    docToYjs(fullDocument(20, 5, true), ydoc);
    const chain = makeChain();
    docToYjs(chain, ydoc);
    expect(readBack(ydoc)).toEqual(chain);
  });

  it('keeps ids such as __proto__ ordinary', () => {
    const chain = makeChain();
    const document: SalesDocument = {
      ...chain,
      nodes: chain.nodes.map((node) => (node.id === 'b' ? { ...node, id: '__proto__' } : node)),
      edges: chain.edges.map((edge) => ({ ...edge, source: edge.source === 'b' ? '__proto__' : edge.source, target: edge.target === 'b' ? '__proto__' : edge.target })),
    };
    const ydoc = new Y.Doc();
    docToYjs(document, ydoc);
    expect(readBack(replicate(ydoc))).toEqual(document);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
