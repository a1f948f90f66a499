// Three replicas of one document each make a random sequence of our operations on their own view,
// with some updates exchanged along the way; then every update reaches every replica, in a random
// order. All three must read the same document, and every view, at every step, must be valid.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createRandom } from '../../lib/random';
import { generateDocument } from '../../model/generate';
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
import { NODE_KINDS, type SalesDocument } from '../../model/types';
import { createReplicas, edit, sync, view, type Replica } from './fixtures/replicas';

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

type Step = { type: 'edit'; replica: number; intent: Intent } | { type: 'sync'; from: number; to: number };

const replicaIndex = fc.nat(REPLICAS - 1);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('edit' as const), replica: replicaIndex, intent }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('sync' as const), from: replicaIndex, to: replicaIndex }) },
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

/** Every replica gets every other replica's updates, one message at a time, in a random order. */
function deliverAll(replicas: readonly Replica[], seed: number): void {
  for (const [index, replica] of replicas.entries()) {
    const messages = replicas.filter((other) => other !== replica).flatMap((other) => other.sent);
    for (const message of shuffled(messages, seed + index)) Y.applyUpdate(replica.ydoc, message, 'remote');
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
          const replicas = createReplicas(generateDocument({ nodes, seed, lanes }), REPLICAS);
          const edits = new Map<number, number>();
          for (const [index, current] of steps.entries()) {
            if (current.type === 'sync') {
              const [from, to] = [replicas[current.from], replicas[current.to]];
              if (from !== undefined && to !== undefined && from !== to) sync(from, to);
              continue;
            }
            const replica = replicas[current.replica];
            const count = edits.get(current.replica) ?? 0;
            if (replica === undefined || count >= MAX_EDITS) continue;
            edits.set(current.replica, count + 1);
            const operation = operationFor(current.intent, view(replica), `r${current.replica}-${index}`);
            if (operation !== null) edit(replica, operation);
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
