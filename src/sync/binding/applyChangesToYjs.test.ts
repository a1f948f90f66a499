import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addLane,
  addNode,
  assignLanes,
  connect,
  editDetails,
  editEdge,
  editNode,
  editSettings,
  editTitle,
  invertChanges,
  moveLane,
  moveNodes,
  reconnect,
  removeLane,
  removeRecords,
  replaceDocument,
  type Applied,
  type Operation,
} from '../../model/operations';
import type { SalesDocument } from '../../model/types';
import { applyChangesToYjs } from './applyChangesToYjs';
import { docToYjs } from './docToYjs';
import { fullDocument } from './fixtures/documents';
import { yjsToDoc } from './yjsToDoc';

function read(ydoc: Y.Doc): SalesDocument {
  const result = yjsToDoc(ydoc);
  if (!result.ok) throw new Error(`unreadable: ${JSON.stringify(result.error)}`);
  return result.value.document;
}

function run(operation: Operation, document: SalesDocument): Applied {
  const result = operation(document);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
  expect(result.value.changes.length).toBeGreaterThan(0);
  return result.value;
}

function shared(document: SalesDocument): Y.Doc {
  const ydoc = new Y.Doc();
  docToYjs(document, ydoc);
  return ydoc;
}

const base = fullDocument(24, 7, 3);
const [n0, n1, n2, n3] = base.nodes;
const [lane0, lane1] = base.lanes;
const [e0] = base.edges;
if (n0 === undefined || n1 === undefined || n2 === undefined || n3 === undefined || lane0 === undefined || lane1 === undefined || e0 === undefined) {
  throw new Error('the fixture is too small');
}

const operations: [string, Operation][] = [
  ['addNode', addNode({ id: 'new-node', kind: 'stage', label: 'Demo', position: { x: 10, y: 20 }, laneId: lane1.id })],
  ['connect', connect({ id: 'new-edge', source: n3.id, target: n0.id, conversionRate: 0.25 })],
  ['reconnect', reconnect(e0.id, { source: n2.id, target: n3.id, sourceHandle: 'right' })],
  ['moveNodes', moveNodes(new Map([[n1.id, { x: 500, y: 600 }], [n2.id, { x: -40, y: 8 }]]))],
  ['editNode', editNode(n1.id, { label: 'Qualified', link: 'https://crm.example/view' })],
  ['editDetails', editDetails(n2.id, { owner: 'Ana', durationDays: 3 })],
  ['editEdge', editEdge(e0.id, { conversionRate: 0.5, style: 'dashed', label: undefined })],
  ['editSettings', editSettings({ direction: 'TB', dealValue: undefined, currency: 'CNY' })],
  ['editTitle', editTitle('Renamed')],
  ['addLane', addLane({ id: 'new-lane', label: 'Legal' }, 1)],
  ['moveLane', moveLane(lane0.id, 2)],
  ['removeLane', removeLane(lane1.id)],
  ['removeRecords', removeRecords([n1.id], [e0.id])],
  ['assignLanes', assignLanes(new Map([[n0.id, lane1.id], [n3.id, undefined]]))],
  ['replaceDocument (reorders nodes and edges)', replaceDocument({ ...base, nodes: [...base.nodes].reverse(), edges: [...base.edges].reverse(), title: 'Imported' })],
];

describe('applyChangesToYjs', () => {
  it.each(operations)('gives the same document as %s itself, on every replica', (_name, operation) => {
    const ydoc = shared(base);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(ydoc));
    replica.on('update', (update: Uint8Array) => Y.applyUpdate(ydoc, update));
    const applied = run(operation, base);
    applyChangesToYjs(replica, applied.changes, 'me');
    expect(read(replica)).toEqual(applied.document);
    expect(read(ydoc)).toEqual(applied.document);
  });

  it('puts back a removed node at its place when the removal is undone', () => {
    const ydoc = shared(base);
    const removed = run(removeRecords([n1.id, n2.id], []), base);
    applyChangesToYjs(ydoc, removed.changes, 'me');
    applyChangesToYjs(ydoc, invertChanges(removed.changes), 'me');
    expect(read(ydoc)).toEqual(base);
  });

  it('writes one operation as one transaction with the given origin', () => {
    const ydoc = shared(base);
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const origin = { editor: 'me' };
    applyChangesToYjs(ydoc, run(removeRecords([n0.id, n1.id], [e0.id]), base).changes, origin);
    expect(origins).toEqual([origin]);
  });

  it("lets Yjs's UndoManager undo one's own operation and keep a collaborator's", () => {
    const mine = shared(base);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    const origin = Symbol('local');
    const undo = new Y.UndoManager([mine.getMap('nodes'), mine.getMap('edges')], { trackedOrigins: new Set([origin]) });
    applyChangesToYjs(mine, run(editNode(n1.id, { label: 'Mine' }), base).changes, origin);
    applyChangesToYjs(theirs, run(editNode(n2.id, { label: 'Theirs' }), base).changes, 'them');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    undo.undo();
    const labels = new Map(read(mine).nodes.map((node) => [node.id, node.label]));
    expect(labels.get(n1.id)).toBe(n1.label);
    expect(labels.get(n2.id)).toBe('Theirs');
  });

  it('drops an update of a record someone removed meanwhile', () => {
    const ydoc = shared(base);
    const edit = run(editNode(n1.id, { label: 'Late' }), base);
    applyChangesToYjs(ydoc, run(removeRecords([n1.id], []), base).changes, 'them');
    applyChangesToYjs(ydoc, edit.changes, 'me');
    expect(read(ydoc).nodes.some((node) => node.id === n1.id)).toBe(false);
  });
});
