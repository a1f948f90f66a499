import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { withSampleDealData } from '../src/model/fixtures/dealData';
import { generateDocument } from '../src/model/generate';
import { MAX_LABEL_LENGTH, MAX_NODES } from '../src/model/limits';
import { addLane, addNode, connect, editDetails, editNode, editSettings, editTitle, moveNodes, removeLane, removeRecords, type Operation } from '../src/model/operations';
import { sampleDocument } from '../src/model/sample';
import type { SalesDocument } from '../src/model/types';
import { applyChangesToYjs } from '../src/sync/binding/applyChangesToYjs';
import { docToYjs } from '../src/sync/binding/docToYjs';
import { collectionMap, metaOf, PLACE, recordMap } from '../src/sync/binding/shape';
import { yjsToDoc } from '../src/sync/binding/yjsToDoc';
import { MAX_HELD_ASIDE_BYTES, refusalOf } from './updateGuard';

/** The server's copy of `document`, and a client that opened it. */
function sharedPair(document: SalesDocument = sampleDocument()): { server: Y.Doc; client: Y.Doc } {
  const server = new Y.Doc();
  docToYjs(document, server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** What the client's provider sends for one transaction; null when it changed nothing. */
function sentIfAny(client: Y.Doc, change: () => void): Uint8Array | null {
  let update: Uint8Array | null = null;
  const keep = (next: Uint8Array) => (update = next);
  client.on('update', keep);
  client.transact(change);
  client.off('update', keep);
  return update;
}

function sent(client: Y.Doc, change: () => void): Uint8Array {
  const update = sentIfAny(client, change);
  if (update === null) throw new Error('the change wrote nothing');
  return update;
}

function read(ydoc: Y.Doc): SalesDocument {
  const result = yjsToDoc(ydoc);
  if (!result.ok) throw new Error('unreadable');
  return result.value.document;
}

function firstNode(ydoc: Y.Doc): Y.Map<unknown> {
  return [...collectionMap(ydoc, 'nodes').values()][0]!;
}

describe('the update guard lets through what the binding writes', () => {
  it('a whole document with lanes, a scenario, a walkthrough and deal data', () => {
    const generated = generateDocument({ nodes: 40, seed: 3, lanes: 3 });
    const document: SalesDocument = withSampleDealData({
      ...generated,
      scenarios: [{ id: 'best', name: 'Best case', overrides: { edgeRates: [{ edgeId: generated.edges[0]!.id, rate: 0.5 }], startVolumes: [], durations: [] } }],
      walkthrough: { steps: [{ id: 'step', nodeId: generated.nodes[0]!.id, order: 'a' }] },
    });
    const written = new Y.Doc();
    docToYjs(document, written);
    expect(refusalOf(new Y.Doc(), Y.encodeStateAsUpdate(written))).toBeNull();
  });

  // Two people editing through the server: each edit made on a view that may be behind (a field
  // of a node the other removed, a label the other changed), every update checked as the server
  // receives it, then applied there and pulled by the other.
  it('every operation of two people editing at once, however their views lag', () => {
    const intents = fc.array(fc.record({ who: fc.nat(1), what: fc.nat(9), index: fc.nat(30), pull: fc.boolean() }), { minLength: 5, maxLength: 40 });
    fc.assert(
      fc.property(intents, fc.nat(1000), (steps, seed) => {
        const server = new Y.Doc();
        docToYjs(generateDocument({ nodes: 8, seed, lanes: 2 }), server);
        const people = [new Y.Doc(), new Y.Doc()];
        for (const person of people) Y.applyUpdate(person, Y.encodeStateAsUpdate(server));
        for (const [step, { who, what, index, pull }] of steps.entries()) {
          const person = people[who]!;
          if (pull) Y.applyUpdate(person, Y.encodeStateAsUpdate(server, Y.encodeStateVector(person)));
          const document = read(person);
          const operation = operationFor(what, index, document, `n${step}`);
          const result = operation?.(document);
          if (result === undefined || !result.ok) continue;
          const update = sentIfAny(person, () => applyChangesToYjs(person, result.value.changes, 'local'));
          if (update === null) continue;
          expect(refusalOf(server, update)).toBeNull();
          Y.applyUpdate(server, update);
        }
      }),
      { numRuns: 25 },
    );
  });
});

function operationFor(what: number, index: number, document: SalesDocument, newId: string): Operation | null {
  const node = document.nodes[index % Math.max(1, document.nodes.length)]?.id;
  const other = document.nodes[(index + 1) % Math.max(1, document.nodes.length)]?.id;
  const lane = document.lanes[index % Math.max(1, document.lanes.length)]?.id;
  switch (what) {
    case 0:
      return addNode({ id: newId, kind: 'stage', label: 'New', position: { x: index * 10, y: 0 } });
    case 1:
      return node === undefined || other === undefined || node === other ? null : connect({ id: newId, source: node, target: other, conversionRate: 0.4 });
    case 2:
      return node === undefined ? null : editNode(node, { label: `Label ${index}` });
    case 3:
      return node === undefined ? null : moveNodes(new Map([[node, { x: index, y: -index }]]));
    case 4:
      return node === undefined ? null : removeRecords([node], []);
    case 5:
      return node === undefined ? null : editDetails(node, { owner: 'Sam', notes: '合同' });
    case 6:
      return addLane({ id: newId, label: 'Lane' }, index % 3);
    case 7:
      return lane === undefined ? null : removeLane(lane);
    case 8:
      return editSettings({ gridSize: 1 + (index % 50), direction: index % 2 === 0 ? 'LR' : 'TB' });
    default:
      return editTitle(`Title ${index}`);
  }
}

describe('the update guard refuses', () => {
  it('a label longer than the model allows, on a node that exists or a new one', () => {
    const { server, client } = sharedPair();
    const tooLong = 'x'.repeat(MAX_LABEL_LENGTH + 1);
    expect(refusalOf(server, sent(client, () => firstNode(client).set('label', tooLong)))).toBe('outside-caps');
    const fresh = sharedPair();
    const node = recordMap({ kind: 'stage', label: tooLong, position: { x: 0, y: 0 }, size: { width: 100, height: 50 } }, 99);
    expect(refusalOf(fresh.server, sent(fresh.client, () => collectionMap(fresh.client, 'nodes').set('huge', node)))).toBe('outside-caps');
    // The longest label allowed passes.
    expect(refusalOf(fresh.server, sent(fresh.client, () => firstNode(fresh.client).set('label', 'x'.repeat(MAX_LABEL_LENGTH))))).toBeNull();
  });

  it('values of the wrong kind, a bad record id and a place that is not a number', () => {
    const { server, client } = sharedPair();
    expect(refusalOf(server, sent(client, () => firstNode(client).set('position', { x: 'left', y: 0 })))).toBe('outside-caps');
    expect(refusalOf(server, sent(client, () => metaOf(client).set('updatedAt', -1)))).toBe('outside-caps');
    expect(refusalOf(server, sent(client, () => client.getMap('settings').set('gridSize', 1e9)))).toBe('outside-caps');
    expect(refusalOf(server, sent(client, () => firstNode(client).set(PLACE, 'first')))).toBe('outside-caps');
    const badId = recordMap({ kind: 'stage', label: '', position: { x: 0, y: 0 }, size: { width: 100, height: 50 } }, 99);
    expect(refusalOf(server, sent(client, () => collectionMap(client, 'nodes').set('<script>', badId)))).toBe('outside-caps');
  });

  it('parts the binding never writes: another root, an unknown field, a map or a text inside a record', () => {
    const { server, client } = sharedPair();
    expect(refusalOf(server, sent(client, () => client.getText('junk').insert(0, 'x'.repeat(1000))))).toBe('unknown-part');
    expect(refusalOf(server, sent(client, () => client.getMap('other').set('a', 1)))).toBe('unknown-part');
    expect(refusalOf(server, sent(client, () => firstNode(client).set('payload', 'x')))).toBe('unknown-part');
    expect(refusalOf(server, sent(client, () => metaOf(client).set('nodes', [])))).toBe('unknown-part');
    expect(refusalOf(server, sent(client, () => firstNode(client).set('details', new Y.Map())))).toBe('unknown-part');
    const withText = sharedPair();
    expect(refusalOf(withText.server, sent(withText.client, () => firstNode(withText.client).set('label', new Y.Text('x'))))).toBe('unknown-part');
  });

  it('a record beyond its collection\'s cap, but not one that replaces a record removed at the cap', () => {
    const full = generateDocument({ nodes: MAX_NODES, seed: 1, lanes: 0 });
    const { server, client } = sharedPair({ ...full, edges: [] });
    const extra = () => recordMap({ kind: 'stage', label: 'One more', position: { x: 0, y: 0 }, size: { width: 100, height: 50 } }, MAX_NODES);
    expect(refusalOf(server, sent(client, () => collectionMap(client, 'nodes').set('one-more', extra())))).toBe('too-many-records');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    const replacing = sent(other, () => {
      const nodes = collectionMap(other, 'nodes');
      nodes.delete(full.nodes[0]!.id);
      nodes.set('one-more', extra());
    });
    expect(refusalOf(server, replacing)).toBeNull();
  });

  it('two instances that each let in the last allowed node: every reader leaves the same one out, and only removals pass', () => {
    const almostFull = generateDocument({ nodes: MAX_NODES - 1, seed: 1, lanes: 0 });
    const instanceA = new Y.Doc();
    docToYjs({ ...almostFull, edges: [] }, instanceA);
    const instanceB = new Y.Doc();
    Y.applyUpdate(instanceB, Y.encodeStateAsUpdate(instanceA));
    const node = (label: string) => recordMap({ kind: 'stage', label, position: { x: 0, y: 0 }, size: { width: 100, height: 50 } }, MAX_NODES);
    // Each instance counts against the document as it holds it: both additions are within the cap.
    const addOn = (instance: Y.Doc, id: string) => {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(instance));
      const update = sent(client, () => collectionMap(client, 'nodes').set(id, node(id)));
      expect(refusalOf(instance, update)).toBeNull();
      Y.applyUpdate(instance, update);
      return update;
    };
    const fromA = addOn(instanceA, 'added-on-a');
    const fromB = addOn(instanceB, 'added-on-b');
    // Redis relays each instance's changes to the other.
    Y.applyUpdate(instanceB, fromA);
    Y.applyUpdate(instanceA, fromB);
    expect(collectionMap(instanceA, 'nodes').size).toBe(MAX_NODES + 1);
    const readA = yjsToDoc(instanceA);
    const readB = yjsToDoc(instanceB);
    if (!readA.ok || !readB.ok) throw new Error('unreadable');
    expect(readA.value.document.nodes).toHaveLength(MAX_NODES);
    expect(readA.value.document.nodes.map((kept) => kept.id)).toEqual(readB.value.document.nodes.map((kept) => kept.id));
    expect(readA.value.repairs.map((repair) => repair.code)).toContain('nodes-dropped');
    // Past the cap, a further node is refused; taking one away is not.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(instanceA));
    expect(refusalOf(instanceA, sent(client, () => collectionMap(client, 'nodes').set('one-more', node('One more'))))).toBe('too-many-records');
    expect(refusalOf(instanceA, sent(client, () => collectionMap(client, 'nodes').delete('added-on-b')))).toBeNull();
  });

  it('a value over the caps held aside until what it hangs on arrives, and checked then', () => {
    const { server, client } = sharedPair();
    // Sent in this order, received in the other: the second waits for the first.
    const first = sent(client, () => firstNode(client).set('label', 'first'));
    const second = sent(client, () => firstNode(client).set('label', 'x'.repeat(MAX_LABEL_LENGTH + 1)));
    expect(refusalOf(server, second)).toBeNull();
    Y.applyUpdate(server, second);
    expect(refusalOf(server, first)).toBe('outside-caps');
  });

  it('more than a bound held aside waiting for structs the server lacks', () => {
    const { server, client } = sharedPair();
    sent(client, () => firstNode(client).set('label', 'never sent'));
    const node = () => recordMap({ kind: 'stage', label: 'x'.repeat(MAX_LABEL_LENGTH), position: { x: 0, y: 0 }, size: { width: 100, height: 50 } }, 0);
    // Each new node's place hangs on the unsent label through the client's clock.
    const parked = sent(client, () => {
      for (let index = 0; index < Math.ceil(MAX_HELD_ASIDE_BYTES / MAX_LABEL_LENGTH); index += 1) collectionMap(client, 'nodes').set(`parked-${index}`, node());
    });
    expect(refusalOf(server, parked)).toBe('too-much-held-aside');
  });

  it('bytes that are no update', () => {
    expect(refusalOf(new Y.Doc(), new Uint8Array([255, 255, 255, 255, 1]))).toBe('unreadable');
  });
});

describe('the update guard, on concurrent edits', () => {
  it('lets through an edit of a node someone else removed meanwhile', () => {
    const { server, client } = sharedPair();
    const removed = [...collectionMap(server, 'nodes').keys()][0]!;
    collectionMap(server, 'nodes').delete(removed);
    // A field it had (the update hangs on the old value) and a field it lacked (on the node's map).
    const late = sent(client, () => collectionMap(client, 'nodes').get(removed)!.set('label', 'Too late'));
    expect(refusalOf(server, late)).toBeNull();
    const added = sent(client, () => collectionMap(client, 'nodes').get(removed)!.set('link', 'https://example.com/playbook'));
    expect(refusalOf(server, added)).toBeNull();
  });
});
