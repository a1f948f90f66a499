import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyse } from './analytics/analyse';
import { parseClipboard, serializeClipboard } from './clipboard';
import { hostileDocument, PROTOTYPE_IDS, prototypeSnapshot } from './fixtures/hostile';
import { findNodesByLabel } from './find';
import {
  addEdge,
  buildIndex,
  cloneSelection,
  insertFragment,
  moveNodes,
  removeLane,
  removeNodes,
  updateEdge,
  updateLane,
  updateNode,
  type NodePatch,
} from './graph';
import { laneBands } from './laneBands';
import { parseDocumentFile, serializeDocumentFile } from './parse';
import type { SalesDocument } from './types';
import { checkInvariants } from './validate';

// Issue 10, case 2: ids and keys named like Object.prototype members are ordinary data. Every
// test compares the built-in prototypes before and after, and checks the answers against the same
// document with plain ids, so a look-up through a plain object would show in either place.

let before: ReturnType<typeof prototypeSnapshot>;
beforeEach(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(({} as Record<string, unknown>)['laneId']).toBeUndefined();
});

/** The same document with every id replaced by a plain one, to compare answers against. */
function renamed(doc: SalesDocument): { doc: SalesDocument; plain: (id: string) => string } {
  const names = new Map<string, string>();
  const plain = (id: string): string => {
    let name = names.get(id);
    if (name === undefined) {
      name = `id${names.size}`;
      names.set(id, name);
    }
    return name;
  };
  const text = JSON.stringify(doc, (key, value: unknown) =>
    typeof value === 'string' && ['id', 'laneId', 'attachedTo', 'source', 'target'].includes(key) ? plain(value) : value,
  );
  return { doc: JSON.parse(text) as SalesDocument, plain };
}

function parsed(text: string): SalesDocument {
  const result = parseDocumentFile(text);
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('ids named like prototype members', () => {
  it('parse as ordinary ids and round-trip exactly', () => {
    const doc = hostileDocument();
    const result = parseDocumentFile(serializeDocumentFile(doc));
    expect(result).toEqual({ ok: true, value: doc });
    expect(result.ok && result.value.nodes.map((node) => node.id)).toEqual([...PROTOTYPE_IDS]);
    for (const node of result.ok ? result.value.nodes : []) expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
  });

  it('still have their references checked: an edge to a missing "__proto__" node is refused', () => {
    const doc = hostileDocument();
    const withoutProto = { ...doc, nodes: doc.nodes.filter((node) => node.id !== '__proto__') };
    const result = parseDocumentFile(serializeDocumentFile(withoutProto));
    expect(result).toEqual({ ok: false, error: { code: 'invalid', path: 'edges[0].source', reason: 'missing-node' } });
    // A duplicate "constructor" is caught like any other duplicate.
    const twice = { ...doc, nodes: [...doc.nodes, { ...doc.nodes[1]! }] };
    expect(checkInvariants(twice)).toEqual({ code: 'invalid', path: 'nodes[6].id', reason: 'duplicate-id' });
  });

  it('index every node, edge and lane, and find edges in and out of them', () => {
    const index = buildIndex(hostileDocument());
    for (const id of PROTOTYPE_IDS) expect(index.nodesById.get(id)?.id).toBe(id);
    expect(index.edgesById.size).toBe(5);
    expect(index.lanesById.get('__proto__')?.label).toContain('<script>');
    expect(index.outgoing.get('prototype')?.map((edge) => edge.id)).toEqual(['prototype', 'toString']);
    expect(index.incoming.get('constructor')?.map((edge) => edge.id)).toEqual(['__proto__', 'valueOf']);
    expect(index.outgoing.get('hasOwnProperty')?.map((edge) => edge.id)).toEqual(['valueOf']);
  });

  it('survive every graph operation', () => {
    let doc = hostileDocument();
    doc = updateNode(doc, '__proto__', { label: 'Renamed' });
    expect(doc.nodes[0]?.label).toBe('Renamed');
    doc = updateEdge(doc, 'constructor', { conversionRate: 0.25 });
    expect(doc.edges.find((edge) => edge.id === 'constructor')?.conversionRate).toBe(0.25);
    doc = moveNodes(doc, new Map([['prototype', { x: 10, y: 20 }]]));
    expect(doc.nodes.find((node) => node.id === 'prototype')?.position).toEqual({ x: 10, y: 20 });
    doc = updateLane(doc, '__proto__', { label: 'Sales' });
    expect(doc.lanes[0]?.label).toBe('Sales');

    const refused = addEdge(doc, { id: 'constructor', source: 'toString', target: 'valueOf' });
    expect(refused).toEqual({ ok: false, error: { code: 'duplicate-id', id: 'constructor' } });

    let next = 0;
    const copy = cloneSelection(doc, ['__proto__', 'constructor', 'hasOwnProperty'], () => `copy${next++}`, { x: 40, y: 40 });
    expect(copy.nodes.map((node) => node.id)).toEqual(['copy0', 'copy1', 'copy2']);
    expect(copy.nodes[2]?.attachedTo).toBe('copy1');
    doc = insertFragment(doc, copy);
    expect(checkInvariants(doc)).toBeNull();
    expect(doc.nodes).toHaveLength(9);

    doc = removeLane(doc, '__proto__');
    expect(doc.nodes.some((node) => node.laneId === '__proto__')).toBe(false);
    doc = removeNodes(doc, ['constructor']);
    expect(doc.edges.some((edge) => edge.source === 'constructor' || edge.target === 'constructor')).toBe(false);
    expect(doc.nodes.find((node) => node.id === 'hasOwnProperty')?.attachedTo).toBeUndefined();
    expect(checkInvariants(doc)).toBeNull();
  });

  it('keep a patch parsed from JSON with a "__proto__" key from reaching any prototype', () => {
    const patch = JSON.parse('{"label":"Safe","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as NodePatch;
    const doc = updateNode(hostileDocument(), 'constructor', patch);
    const node = doc.nodes.find((candidate) => candidate.id === 'constructor')!;
    expect(node.label).toBe('Safe');
    expect(Object.getPrototypeOf(node)).toBe(Object.prototype);
  });

  it('give the same analysis as the same process with plain ids', () => {
    const hostile = hostileDocument();
    const { doc: plainDoc, plain } = renamed(hostile);
    const ids = new Set<string>(PROTOTYPE_IDS);
    // Every id inside the analysis (map keys, node ids, paths) renamed, so the two can be compared whole.
    const withPlainIds = (value: unknown): unknown => {
      if (typeof value === 'string') return ids.has(value) ? plain(value) : value;
      if (value instanceof Map) return new Map([...value].map(([key, item]) => [withPlainIds(key), withPlainIds(item)]));
      if (value instanceof Set) return new Set([...value].map(withPlainIds));
      if (Array.isArray(value)) return value.map(withPlainIds);
      if (typeof value === 'object' && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withPlainIds(item)]));
      }
      return value;
    };
    const analysis = analyse(hostile);
    expect(analysis.funnel.entered).toBe(100);
    expect(analysis.funnel.wins).toBeCloseTo(30);
    expect(analysis.funnel.volume.get('__proto__')).toBe(100);
    expect(analysis.funnel.volume.get('toString')).toBeCloseTo(30);
    expect(analysis.cycleTime.longestPath).toEqual(['__proto__', 'constructor', 'prototype', 'toString']);
    expect(withPlainIds(analysis)).toEqual(analyse(plainDoc));
  });

  it('band the lanes like plain ids, and find nodes by label', () => {
    const hostile = hostileDocument();
    const { doc: plainDoc, plain } = renamed(hostile);
    const bands = laneBands(hostile);
    const plainBands = laneBands(plainDoc);
    expect(bands.map((band) => ({ ...band, laneId: band.laneId === null ? null : plain(band.laneId) }))).toEqual(plainBands);
    expect(findNodesByLabel(hostile, '<script>')).toEqual(['constructor']);
  });
});

describe('keys named like prototype members inside a file', () => {
  const withKeys = (): string => {
    const file = JSON.parse(serializeDocumentFile(hostileDocument())) as Record<string, unknown>;
    let text = JSON.stringify(file);
    // JSON.parse makes "__proto__" an own property, as it would be in a file from anywhere.
    text = text.replace('"settings":{', '"settings":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},');
    text = text.replace('"lanes":[{', '"lanes":[{"__proto__":{"laneId":"x"},"prototype":1,');
    text = text.replace('"document":{', '"document":{"__proto__":{"polluted":true},');
    text = text.replace('"position":{', '"position":{"__proto__":{"x":5},');
    return `{"__proto__":{"polluted":true},${text.slice(1)}`;
  };

  it('are dropped, and the parsed document is exactly the one without them', () => {
    const text = withKeys();
    expect(text.match(/__proto__":\{/g)?.length).toBeGreaterThanOrEqual(5);
    const doc = parsed(text);
    expect(doc).toEqual(hostileDocument());
    expect(Object.getPrototypeOf(doc.settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(doc.lanes[0])).toBe(Object.prototype);
    expect(Object.hasOwn(doc.nodes[0]!.position, '__proto__')).toBe(false);
  });

  it('in our clipboard JSON are dropped too', () => {
    const doc = hostileDocument();
    const text = serializeClipboard({ nodes: doc.nodes, edges: doc.edges }).replace('"nodes":[{', '"nodes":[{"__proto__":{"polluted":true},');
    const content = parseClipboard(text);
    expect(content.kind).toBe('fragment');
    if (content.kind !== 'fragment') return;
    expect(content.fragment.nodes.map((node) => node.id)).toEqual([...PROTOTYPE_IDS]);
    expect(Object.getPrototypeOf(content.fragment.nodes[0])).toBe(Object.prototype);
  });
});
