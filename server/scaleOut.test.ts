import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import RedisClient from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { collectionMap, metaOf } from '../src/sync/binding/shape';
import { type SharedSession, type SharedStatus } from '../src/sync/sharedSession';
import { PostgresDocumentStore } from './postgresStore';
import { share, openSession, until } from './testHarness';
import { startTeamServer, type TeamServer } from './teamServer';
import { startTestServices, type TestServices } from './testServices';

// Two instances of the team server on one PostgreSQL database and one Redis, as README's "Team
// server" runs them, each with a client of its own.
const SECRET = 'scale-out-secret-of-thirty-two-characters';
const folder = mkdtempSync(join(tmpdir(), 'salesflow-scale-out-'));
let services: TestServices;
const instances: TeamServer[] = [];
const sessions: SharedSession[] = [];

beforeAll(async () => {
  services = await startTestServices();
  for (const name of ['a', 'b']) {
    const config = { port: 0, host: '127.0.0.1', dataDir: join(folder, name), appDir: join(folder, 'no-app'), secret: SECRET };
    instances.push(await startTeamServer({ ...config, databaseUrl: services.databaseUrl, redisUrl: services.redisUrl }));
  }
}, 60_000);
afterAll(async () => {
  for (const session of sessions) session.destroy();
  for (const instance of instances) await instance.stop();
  await services?.stop();
  rmSync(folder, { recursive: true, force: true });
});

function labelOf(session: SharedSession, node: string): unknown {
  return collectionMap(session.ydoc, 'nodes').get(node)?.get('label');
}

async function storedState(name: string): Promise<Y.Doc> {
  const store = await PostgresDocumentStore.open(services.databaseUrl);
  const row = await store.read(name);
  await store.close();
  const ydoc = new Y.Doc();
  if (row !== null) Y.applyUpdate(ydoc, row.state);
  return ydoc;
}

describe('two team server instances on PostgreSQL and Redis', () => {
  it('show a client on one instance the edits of a client on the other, and store both', async () => {
    const [a, b] = instances as [TeamServer, TeamServer];
    const { document, tokens } = await share(a, 'Pipeline');
    const onA = openSession(a, sessions, document, tokens.edit);
    const onB = openSession(b, sessions, document, tokens.edit);
    expect(await onA.ready).toBe(true);
    expect(await onB.ready).toBe(true);
    const node = [...collectionMap(onA.ydoc, 'nodes').keys()][0]!;

    metaOf(onA.ydoc).set('title', 'Pipeline from A');
    collectionMap(onB.ydoc, 'nodes').get(node)!.set('label', 'Renamed on B');
    await until(() => metaOf(onB.ydoc).get('title') === 'Pipeline from A', 'the title reaching B', 8000);
    await until(() => labelOf(onA, node) === 'Renamed on B', 'the label reaching A', 8000);

    // Each is told "saved" only once its change is in PostgreSQL, whichever instance wrote it.
    await until(() => onA.status() === 'saved' && onB.status() === 'saved', 'both saved', 8000);
    const stored = await storedState(document);
    expect(metaOf(stored).get('title')).toBe('Pipeline from A');
    expect(collectionMap(stored, 'nodes').get(node)?.get('label')).toBe('Renamed on B');
  });

  it('stores its own clients\' changes while another instance is storing the same document', async () => {
    const [a] = instances as [TeamServer, TeamServer];
    const { document, tokens } = await share(a, 'Busy');
    const onA = openSession(a, sessions, document, tokens.edit);
    expect(await onA.ready).toBe(true);
    // The lock Hocuspocus's Redis extension takes while an instance stores a document: held by
    // another instance for longer than the store delay.
    const redis = new RedisClient(services.redisUrl);
    await redis.set(`salesflow:${document}:lock`, 'another-instance', 'PX', 5000, 'NX');
    metaOf(onA.ydoc).set('title', 'Busy 2');
    await until(() => onA.status() === 'saved', 'saved while the other instance holds the lock', 8000);
    expect(metaOf(await storedState(document)).get('title')).toBe('Busy 2');
    redis.disconnect();
  });

  it('says saved only once PostgreSQL, back after an outage, holds the change; the instance carries on meanwhile', async () => {
    const [a] = instances as [TeamServer, TeamServer];
    const { document, tokens } = await share(a, 'Outage');
    const onA = openSession(a, sessions, document, tokens.edit);
    expect(await onA.ready).toBe(true);
    services.stopDatabase();
    try {
      metaOf(onA.ydoc).set('title', 'Typed during the outage');
      // Longer than a store takes: the store was tried and failed.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(onA.status()).toBe('syncing');
    } finally {
      services.startDatabase();
    }
    await until(() => onA.status() === 'saved', 'saved once the database is back', 8000);
    expect(metaOf(await storedState(document)).get('title')).toBe('Typed during the outage');
  });

  it('turns nobody away while PostgreSQL is out of reach: a person opening a link then is let in once it is back', async () => {
    const [a] = instances as [TeamServer, TeamServer];
    const { document, tokens } = await share(a, 'Opened in an outage');
    const statuses: SharedStatus[] = [];
    services.stopDatabase();
    let onA: SharedSession;
    try {
      onA = openSession(a, sessions, document, tokens.edit, statuses);
      // Longer than a refusal takes to arrive: the link was asked about, and not refused.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(statuses).not.toContain('refused');
    } finally {
      services.startDatabase();
    }
    expect(await onA.ready).toBe(true);
    metaOf(onA.ydoc).set('title', 'Typed once it was back');
    await until(() => onA.status() === 'saved', 'saved once the database is back', 8000);
    expect(statuses).not.toContain('refused');
  });

  it('cuts off the connections on every instance when the owner makes new links on one', async () => {
    const [a, b] = instances as [TeamServer, TeamServer];
    const { document, tokens, ownerSecret } = await share(a, 'Owned');
    const onB = openSession(b, sessions, document, tokens.edit);
    expect(await onB.ready).toBe(true);
    const renewed = await fetch(`${a.url}api/documents/${document}/links`, { method: 'POST', headers: { Authorization: `Bearer ${ownerSecret}` } });
    expect(renewed.status).toBe(200);
    await until(() => onB.status() === 'refused', 'the old link refused on the other instance', 8000);
  });
});

describe('history on two instances', () => {
  it('lists on one instance the snapshot kept as the document was shared on the other, and keeps one asked for there', async () => {
    const shared = await share(instances[0]!, 'History');
    const snapshots = (instance: TeamServer) =>
      fetch(`${instance.url}api/documents/${shared.document}/snapshots`, { headers: { authorization: `Bearer ${shared.tokens.edit}` } }).then(
        async (response) => ((await response.json()) as { snapshots: { id: number; reason: string }[] }).snapshots,
      );
    const [first] = await snapshots(instances[1]!);
    expect(first?.reason).toBe('shared');
    const content = await fetch(`${instances[1]!.url}api/documents/${shared.document}/snapshots/${first!.id}`, { headers: { authorization: `Bearer ${shared.tokens.view}` } });
    expect(content.status).toBe(200);
    // An edit stored through the first instance; the second, asked to keep the current version
    // before a restore, keeps it (an unchanged one is not kept twice), and the first lists it.
    const onA = openSession(instances[0]!, sessions, shared.document, shared.tokens.edit);
    expect(await onA.ready).toBe(true);
    metaOf(onA.ydoc).set('title', 'History, edited');
    await until(() => onA.status() === 'saved', 'the edit saved', 8000);
    const kept = await fetch(`${instances[1]!.url}api/documents/${shared.document}/snapshots`, { method: 'POST', headers: { authorization: `Bearer ${shared.tokens.edit}` } });
    expect(kept.status).toBe(201);
    expect((await snapshots(instances[0]!)).map((snapshot) => snapshot.reason)).toEqual(['before-restore', 'shared']);
  });
});

describe('the PostgreSQL store', () => {
  it('never loses a state another instance stored in between: it merges instead of overwriting', async () => {
    const first = await PostgresDocumentStore.open(services.databaseUrl);
    const second = await PostgresDocumentStore.open(services.databaseUrl);
    const origin = new Y.Doc();
    metaOf(origin).set('title', 'Start');
    await first.create('merged', Y.encodeStateAsUpdate(origin));

    // Both instances open the document, then each stores a change the other has not received.
    const onFirst = new Y.Doc();
    const onSecond = new Y.Doc();
    Y.applyUpdate(onFirst, (await first.open('merged'))!.state);
    Y.applyUpdate(onSecond, (await second.open('merged'))!.state);
    metaOf(onFirst).set('title', 'From the first');
    onSecond.getMap('settings').set('gridSize', 40);
    expect(await first.store('merged', Y.encodeStateAsUpdate(onFirst))).toBe(true);
    // Reading the row (as history does) is not opening it: the second instance's copy still lacks it.
    expect(await second.read('merged')).not.toBeNull();
    expect(await second.store('merged', Y.encodeStateAsUpdate(onSecond))).toBe(true);

    const stored = new Y.Doc();
    Y.applyUpdate(stored, (await first.read('merged'))!.state);
    expect(metaOf(stored).get('title')).toBe('From the first');
    expect(stored.getMap('settings').get('gridSize')).toBe(40);
    expect(await first.store('nobody', Y.encodeStateAsUpdate(onFirst))).toBe(false);
    await first.close();
    await second.close();
  });

  it('keeps snapshots beside the documents: the newest ones up to the count kept, each readable only by its own document', async () => {
    const store = await PostgresDocumentStore.open(services.databaseUrl);
    await store.create('kept', new Uint8Array([0, 0]));
    await store.create('neighbour', new Uint8Array([0, 0]));
    const snapshot = (index: number) => ({ createdAt: 1000 + index, reason: 'interval' as const, nodeCount: index, content: new Uint8Array([index, 1, 2]) });
    for (let index = 0; index < 5; index += 1) await store.snapshots.addSnapshot('kept', snapshot(index), 3);
    const neighbour = await store.snapshots.addSnapshot('neighbour', snapshot(9), 3);
    const listed = await store.snapshots.listSnapshots('kept');
    expect(listed.map((summary) => summary.nodeCount)).toEqual([4, 3, 2]);
    expect(listed[0]).toEqual({ id: expect.any(Number) as number, createdAt: 1004, reason: 'interval', nodeCount: 4 });
    expect(await store.snapshots.readSnapshot('kept', listed[0]!.id)).toEqual(new Uint8Array([4, 1, 2]));
    expect(await store.snapshots.readSnapshot('kept', neighbour!.id)).toBeNull();
    expect(await store.snapshots.addSnapshot('nobody', snapshot(1), 3)).toBeNull();
    await store.close();
  });
});
