// Three replicas of one document each make a random sequence of our operations on their own view
// (and now and then a write no operation makes, as a hostile peer could), with some updates
// exchanged along the way; then every update reaches every replica, in a random order. All three
// must read the same document, and every view, at every step, must be valid. After every step each
// replica's incremental read (documentReader.ts, what an open editor runs) must equal its full read.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRandom } from '../../lib/random';
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
  moveLane,
  moveNodes,
  reconnect,
  removeLane,
  removeRecords,
  type Operation,
} from '../../model/operations';
import { COLLECTIONS } from '../../model/operations/changes';
import { MAX_LABEL_LENGTH } from '../../model/schema';
import { NODE_KINDS, type SalesDocument } from '../../model/types';
import { fullDocument } from './fixtures/documents';
import { createReplicas, edit, expectIncrementalReadEqualsFull, rawEdit, sync, view, type Replica } from './fixtures/replicas';
import { collectionMap, metaOf, PLACE, settingsOf } from './shape';

const REPLICAS = 3;
const RUNS = 40;
const MAX_EDITS = 15;

type Intent =
  | { op: 'addNode'; kind: number; x: number; y: number; lane: number }
  | { op: 'connect'; from: number; to: number; rate: number | null }
  | { op: 'reconnect'; edge: number; from: number; to: number }
  | { op: 'move'; node: number; x: number; y: number }
  | { op: 'label'; node: number; text: string }
  | { op: 'owner'; node: number; text: string }
  | { op: 'attach'; node: number; to: number }
  | { op: 'rate'; edge: number; rate: number }
  | { op: 'addLane'; index: number }
  | { op: 'moveLane'; lane: number; to: number }
  | { op: 'removeLane'; lane: number }
  | { op: 'remove'; nodes: number[]; edges: number[] }
  | { op: 'assign'; node: number; lane: number }
  | { op: 'settings'; direction: 'LR' | 'TB'; gridSize: number }
  | { op: 'title'; text: string };

const pick = fc.nat(50);
const coordinate = fc.integer({ min: -2000, max: 2000 });
const text = fc.constantFrom('Demo', 'Legal review', '', '__proto__', '合同');

const intent: fc.Arbitrary<Intent> = fc.oneof(
  fc.record({ op: fc.constant('addNode' as const), kind: fc.nat(NODE_KINDS.length - 1), x: coordinate, y: coordinate, lane: fc.integer({ min: -1, max: 50 }) }),
  fc.record({ op: fc.constant('connect' as const), from: pick, to: pick, rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }),
  fc.record({ op: fc.constant('reconnect' as const), edge: pick, from: pick, to: pick }),
  fc.record({ op: fc.constant('move' as const), node: pick, x: coordinate, y: coordinate }),
  fc.record({ op: fc.constant('label' as const), node: pick, text }),
  fc.record({ op: fc.constant('owner' as const), node: pick, text }),
  fc.record({ op: fc.constant('attach' as const), node: pick, to: pick }),
  fc.record({ op: fc.constant('rate' as const), edge: pick, rate: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('addLane' as const), index: fc.nat(6) }),
  fc.record({ op: fc.constant('moveLane' as const), lane: pick, to: fc.nat(6) }),
  fc.record({ op: fc.constant('removeLane' as const), lane: pick }),
  fc.record({ op: fc.constant('remove' as const), nodes: fc.array(pick, { maxLength: 2 }), edges: fc.array(pick, { maxLength: 2 }) }),
  fc.record({ op: fc.constant('assign' as const), node: pick, lane: fc.integer({ min: -1, max: 50 }) }),
  fc.record({ op: fc.constant('settings' as const), direction: fc.constantFrom('LR' as const, 'TB' as const), gridSize: fc.integer({ min: 1, max: 100 }) }),
  fc.record({ op: fc.constant('title' as const), text }),
);

function at<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** The operation an intent stands for on this view, or null when the view lacks what it needs. */
function operationFor(intent: Intent, doc: SalesDocument, newId: string): Operation | null {
  const node = (index: number) => at(doc.nodes, index)?.id;
  const edge = (index: number) => at(doc.edges, index)?.id;
  const lane = (index: number) => (index < 0 ? undefined : at(doc.lanes, index)?.id);
  switch (intent.op) {
    case 'addNode': {
      const laneId = lane(intent.lane);
      return addNode({ id: newId, kind: NODE_KINDS[intent.kind] ?? 'stage', label: 'New', position: { x: intent.x, y: intent.y }, ...(laneId === undefined ? {} : { laneId }) });
    }
    case 'connect': {
      const [source, target] = [node(intent.from), node(intent.to)];
      if (source === undefined || target === undefined) return null;
      return connect({ id: newId, source, target, ...(intent.rate === null ? {} : { conversionRate: intent.rate }) });
    }
    case 'reconnect': {
      const [id, source, target] = [edge(intent.edge), node(intent.from), node(intent.to)];
      return id === undefined || source === undefined || target === undefined ? null : reconnect(id, { source, target });
    }
    case 'move': {
      const id = node(intent.node);
      return id === undefined ? null : moveNodes(new Map([[id, { x: intent.x, y: intent.y }]]));
    }
    case 'label': {
      const id = node(intent.node);
      return id === undefined ? null : editNode(id, { label: intent.text });
    }
    case 'owner': {
      const id = node(intent.node);
      return id === undefined ? null : editDetails(id, { owner: intent.text });
    }
    case 'attach': {
      const [id, target] = [node(intent.node), node(intent.to)];
      return id === undefined || target === undefined || id === target ? null : editNode(id, { attachedTo: target });
    }
    case 'rate': {
      const id = edge(intent.edge);
      return id === undefined ? null : editEdge(id, { conversionRate: intent.rate });
    }
    case 'addLane':
      return addLane({ id: newId, label: 'Lane' }, intent.index);
    case 'moveLane': {
      const id = lane(intent.lane);
      return id === undefined ? null : moveLane(id, intent.to);
    }
    case 'removeLane': {
      const id = lane(intent.lane);
      return id === undefined ? null : removeLane(id);
    }
    case 'remove':
      return removeRecords(
        intent.nodes.flatMap((index) => node(index) ?? []),
        intent.edges.flatMap((index) => edge(index) ?? []),
      );
    case 'assign': {
      const id = node(intent.node);
      return id === undefined ? null : assignLanes(new Map([[id, lane(intent.lane)]]));
    }
    case 'settings':
      return editSettings({ direction: intent.direction, gridSize: intent.gridSize });
    case 'title':
      return editTitle(intent.text);
  }
}

/** Writes no operation makes: each read must repair them, the incremental read as the full one. */
type RawWrite =
  | { write: 'kind'; node: number; kind: string }
  | { write: 'label'; node: number; text: string }
  | { write: 'dropLabel'; node: number }
  | { write: 'place'; record: number; collection: number; place: number }
  | { write: 'nestedSize'; node: number; width: number }
  | { write: 'notARecord'; collection: number; key: string }
  | { write: 'remove'; record: number; collection: number }
  | { write: 'meta'; key: string }
  | { write: 'gridSize'; value: number };

const rawWrite: fc.Arbitrary<RawWrite> = fc.oneof(
  fc.record({ write: fc.constant('kind' as const), node: pick, kind: fc.constantFrom('rocket', 'stage', 'decision') }),
  fc.record({ write: fc.constant('label' as const), node: pick, text: fc.constantFrom('Raw', `${'x'.repeat(MAX_LABEL_LENGTH)}y`) }),
  fc.record({ write: fc.constant('dropLabel' as const), node: pick }),
  fc.record({ write: fc.constant('place' as const), record: pick, collection: fc.nat(COLLECTIONS.length - 1), place: fc.oneof(fc.integer({ min: -3, max: 20 }), fc.constant(Number.NaN)) }),
  fc.record({ write: fc.constant('nestedSize' as const), node: pick, width: fc.integer({ min: -10, max: 300 }) }),
  fc.record({ write: fc.constant('notARecord' as const), collection: fc.nat(COLLECTIONS.length - 1), key: fc.constantFrom('x1', '__proto__') }),
  fc.record({ write: fc.constant('remove' as const), record: pick, collection: fc.nat(COLLECTIONS.length - 1) }),
  fc.record({ write: fc.constant('meta' as const), key: fc.constantFrom('title', 'stray', '__proto__') }),
  fc.record({ write: fc.constant('gridSize' as const), value: fc.constantFrom(-3, 10, 20) }),
);

function recordKey(ydoc: Y.Doc, collection: number, index: number): { records: Y.Map<unknown>; id: string | undefined } {
  const records = collectionMap(ydoc, COLLECTIONS[collection] ?? 'nodes') as Y.Map<unknown>;
  return { records, id: at([...records.keys()].sort(), index) };
}

function recordMapAt(ydoc: Y.Doc, collection: number, index: number): Y.Map<unknown> | undefined {
  const { records, id } = recordKey(ydoc, collection, index);
  const record = id === undefined ? undefined : records.get(id);
  return record instanceof Y.Map ? (record as Y.Map<unknown>) : undefined;
}

const NODES = COLLECTIONS.indexOf('nodes');

function writeRaw(ydoc: Y.Doc, write: RawWrite): void {
  switch (write.write) {
    case 'kind':
      recordMapAt(ydoc, NODES, write.node)?.set('kind', write.kind);
      return;
    case 'label':
      recordMapAt(ydoc, NODES, write.node)?.set('label', write.text);
      return;
    case 'dropLabel':
      recordMapAt(ydoc, NODES, write.node)?.delete('label');
      return;
    case 'place':
      recordMapAt(ydoc, write.collection, write.record)?.set(PLACE, write.place);
      return;
    case 'nestedSize': {
      // A field stored as a Yjs type, then changed inside it: the change is in the nested map.
      const node = recordMapAt(ydoc, NODES, write.node);
      const size = node?.get('size');
      if (size instanceof Y.Map) {
        size.set('width', write.width);
      } else if (node !== undefined) {
        const nested = new Y.Map<unknown>();
        nested.set('width', write.width);
        nested.set('height', 60);
        node.set('size', nested);
      }
      return;
    }
    case 'notARecord':
      recordKey(ydoc, write.collection, 0).records.set(write.key, 42);
      return;
    case 'remove': {
      const { records, id } = recordKey(ydoc, write.collection, write.record);
      if (id !== undefined) records.delete(id);
      return;
    }
    case 'meta':
      metaOf(ydoc).set(write.key, write.key === 'title' ? 7 : { stray: true });
      return;
    case 'gridSize':
      settingsOf(ydoc).set('gridSize', write.value);
      return;
  }
}

type Step =
  | { type: 'edit'; replica: number; intent: Intent }
  | { type: 'raw'; replica: number; write: RawWrite }
  | { type: 'sync'; from: number; to: number };

const replicaIndex = fc.nat(REPLICAS - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('edit' as const), replica: replicaIndex, intent }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('raw' as const), replica: replicaIndex, write: rawWrite }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('sync' as const), from: replicaIndex, to: replicaIndex }) },
);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createRandom(seed);
  const out = [...items];
  for (let index = out.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [out[index], out[other]] = [out[other] as T, out[index] as T];
  }
  return out;
}

/**
 * Every replica gets every other replica's updates, one message at a time, in a random order (an
 * update that arrives before one it depends on waits inside Yjs until that one comes), each
 * message read incrementally as it lands.
 */
function deliverAll(replicas: readonly Replica[], seed: number): void {
  for (const [index, replica] of replicas.entries()) {
    const messages = replicas.filter((other) => other !== replica).flatMap((other) => other.sent);
    for (const [count, message] of shuffled(messages, seed + index).entries()) {
      Y.applyUpdate(replica.ydoc, message, 'remote');
      expectIncrementalReadEqualsFull(replica, count % 2 === 1);
    }
  }
}

describe('three replicas editing at once', () => {
  it('converge on one valid document, whatever the edits and the order updates arrive in', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.nat(1000),
          lanes: fc.nat(3),
          nodes: fc.integer({ min: 2, max: 10 }),
          steps: fc.array(step, { minLength: MAX_EDITS, maxLength: MAX_EDITS * REPLICAS }),
          deliverySeed: fc.nat(),
        }),
        ({ seed, lanes, nodes, steps, deliverySeed }) => {
          const replicas = createReplicas(fullDocument(nodes, seed, lanes), REPLICAS);
          const edits = new Map<number, number>();
          for (const replica of replicas) expectIncrementalReadEqualsFull(replica, false);
          for (const [index, current] of steps.entries()) {
            // The previous document handed to the reader: alternately its own, and equal copies.
            const copied = index % 2 === 1;
            if (current.type === 'sync') {
              const [from, to] = [replicas[current.from], replicas[current.to]];
              if (from !== undefined && to !== undefined && from !== to) {
                sync(from, to);
                expectIncrementalReadEqualsFull(to, copied);
              }
              continue;
            }
            const replica = replicas[current.replica];
            const count = edits.get(current.replica) ?? 0;
            if (replica === undefined || count >= MAX_EDITS) continue;
            edits.set(current.replica, count + 1);
            if (current.type === 'raw') rawEdit(replica, (ydoc) => writeRaw(ydoc, current.write));
            else {
              const operation = operationFor(current.intent, view(replica), `r${current.replica}-${index}`);
              if (operation !== null) edit(replica, operation);
            }
            expectIncrementalReadEqualsFull(replica, copied);
          }
          deliverAll(replicas, deliverySeed);
          const [first, ...others] = replicas.map(view);
          for (const other of others) expect(other).toEqual(first);
          const vectors = replicas.map((replica) => Y.encodeStateVector(replica.ydoc));
          for (const vector of vectors) expect(vector).toEqual(vectors[0]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
