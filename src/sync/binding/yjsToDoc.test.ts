import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeChain } from '../../model/fixtures/documents';
import { documentSchema } from '../../model/schema';
import { checkInvariants } from '../../model/validate';
import { docToYjs } from './docToYjs';
import { collectionMap, metaOf, PLACE, settingsOf } from './shape';
import { yjsToDoc } from './yjsToDoc';

function shared(): Y.Doc {
  const ydoc = new Y.Doc();
  docToYjs(makeChain(), ydoc);
  return ydoc;
}

describe('yjsToDoc', () => {
  it('answers that a Y.Doc holds no document before its first sync', () => {
    expect(yjsToDoc(new Y.Doc())).toEqual({ ok: false, error: { code: 'invalid', path: 'id', reason: 'required' } });
  });

  it('orders nodes by place and then id, lanes and steps by order key and then id', () => {
    const ydoc = shared();
    collectionMap(ydoc, 'nodes').get('won')?.set(PLACE, -1);
    collectionMap(ydoc, 'nodes').get('b')?.set(PLACE, 1);
    const lanes = collectionMap(ydoc, 'lanes');
    const lane = new Y.Map<unknown>();
    lane.set('label', 'Legal');
    lane.set('order', 'k0022013');
    lanes.set('legal', lane);
    const read = yjsToDoc(ydoc);
    expect(read.ok && read.value.document.nodes.map((node) => node.id)).toEqual(['won', 'start', 'a', 'b', 'note']);
    expect(read.ok && read.value.document.lanes.map((item) => item.id)).toEqual(['legal', 'sales']);
  });

  it('repairs what a merge can leave broken, without writing the repair back', () => {
    const ydoc = shared();
    collectionMap(ydoc, 'nodes').delete('b');
    collectionMap(ydoc, 'lanes').delete('sales');
    const before = Y.encodeStateAsUpdate(ydoc);
    const read = yjsToDoc(ydoc);
    if (!read.ok) throw new Error('unreadable');
    expect(read.value.document.edges.map((edge) => edge.id)).toEqual(['e1']);
    expect(read.value.document.nodes.find((node) => node.id === 'a')?.laneId).toBeUndefined();
    expect(read.value.repairs.map((repair) => repair.code).sort()).toEqual(['dangling-edge-dropped', 'lane-ref-dropped']);
    expect(Y.encodeStateAsUpdate(ydoc)).toEqual(before);
  });

  it("reads a peer's malformed writes into a valid document", () => {
    const ydoc = shared();
    const nodes = collectionMap(ydoc, 'nodes') as unknown as Y.Map<unknown>;
    nodes.set('not-a-map', 42);
    collectionMap(ydoc, 'nodes').get('a')?.set(PLACE, Number.NaN);
    collectionMap(ydoc, 'nodes').get('a')?.set('id', 'someone-else');
    const size = new Y.Map<unknown>();
    size.set('width', 120);
    size.set('height', 60);
    collectionMap(ydoc, 'nodes').get('start')?.set('size', size);
    collectionMap(ydoc, 'nodes').get('b')?.set('kind', 'rocket');
    collectionMap(ydoc, 'lanes').get('sales')?.set('order', 7);
    settingsOf(ydoc).set('gridSize', -3);
    metaOf(ydoc).set('__proto__', { polluted: true });
    const read = yjsToDoc(ydoc);
    if (!read.ok) throw new Error('unreadable');
    const { document } = read.value;
    expect(documentSchema.safeParse(document).success).toBe(true);
    expect(checkInvariants(document)).toBeNull();
    expect(document.nodes.map((node) => node.id)).toEqual(['a', 'start', 'won', 'note']);
    expect(document.nodes.find((node) => node.id === 'start')?.size).toEqual({ width: 120, height: 60 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
