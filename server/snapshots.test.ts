import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { docToYjs } from '../src/sync/binding/docToYjs';
import { metaOf } from '../src/sync/binding/shape';
import { sqliteStorageOf } from './sqliteStorage';
import { Hocuspocus } from '@hocuspocus/server';
import { collaborationHooks } from './collaboration';
import { historyExtension } from './historyExtension';
import { DocumentStore } from './documentStore';
import { MAX_SNAPSHOTS_PER_DOCUMENT, SNAPSHOT_INTERVAL_MS, SnapshotKeeper } from './snapshots';

const folders: string[] = [];
function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'salesflow-snapshots-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function stateTitled(title: string): Uint8Array {
  const ydoc = new Y.Doc();
  docToYjs(sampleDocument({ id: 'doc', title }), ydoc);
  const state = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return state;
}

function retitled(state: Uint8Array, title: string): Uint8Array {
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  metaOf(ydoc).set('title', title);
  return Y.encodeStateAsUpdate(ydoc);
}

async function titleOf(store: DocumentStore, id: number): Promise<string | undefined> {
  const content = await store.snapshots.readSnapshot('doc', id);
  const parsed = content === null ? null : parseDocumentFile(gunzipSync(content).toString('utf8'));
  return parsed?.ok ? parsed.value.title : undefined;
}

async function keeperAt(folder: string) {
  const clock = { now: 1_000_000 };
  const store = await DocumentStore.open(folder, () => clock.now);
  const keeper = new SnapshotKeeper(store.snapshots, () => clock.now);
  return { clock, store, keeper };
}

describe('server snapshots', () => {
  it('keeps the version stored before a change at most once per interval of activity, on the disk', async () => {
    const folder = freshFolder();
    const { clock, store, keeper } = await keeperAt(folder);
    const shared = stateTitled('As shared');
    store.create('doc', shared);
    await keeper.keep('doc', shared, 'shared');

    // Edits within five minutes of the last snapshot keep nothing more.
    clock.now += 60_000;
    const first = retitled(shared, 'First edit');
    expect(keeper.due('doc')).toBe(false);
    store.store('doc', first);

    // The first change after the interval keeps the version stored before it.
    clock.now += SNAPSHOT_INTERVAL_MS;
    expect(keeper.due('doc')).toBe(true);
    const second = retitled(first, 'Second edit');
    store.store('doc', second);
    await keeper.keepBeforeChange('doc', first);
    const listed = await store.snapshots.listSnapshots('doc');
    expect(listed.map((snapshot) => snapshot.reason)).toEqual(['interval', 'shared']);
    expect(listed[0]).toMatchObject({ createdAt: clock.now, nodeCount: sampleDocument().nodes.length });
    expect(await titleOf(store, listed[0]!.id)).toBe('First edit');
    expect(await titleOf(store, listed[1]!.id)).toBe('As shared');
    expect(keeper.due('doc')).toBe(false);

    // No close: a killed process never closes; the file already holds the snapshots.
    const reopened = await DocumentStore.open(folder);
    expect((await reopened.snapshots.listSnapshots('doc')).map((snapshot) => snapshot.reason)).toEqual(['interval', 'shared']);
    expect(await titleOf(reopened, listed[0]!.id)).toBe('First edit');
  });

  it('does not keep a version the newest snapshot already holds, and counts the interval again from then', async () => {
    const { clock, store, keeper } = await keeperAt(freshFolder());
    const shared = stateTitled('As shared');
    store.create('doc', shared);
    await keeper.keep('doc', shared, 'shared');

    // Untouched for ten minutes, then edited: the version before the edit is the shared one.
    clock.now += 2 * SNAPSHOT_INTERVAL_MS;
    await keeper.keepBeforeChange('doc', shared);
    expect(await store.snapshots.listSnapshots('doc')).toHaveLength(1);
    expect(keeper.due('doc')).toBe(false);
    clock.now += SNAPSHOT_INTERVAL_MS;
    expect(keeper.due('doc')).toBe(true);
    // Asked to keep what the newest already holds: it answers the newest.
    const [newest] = await store.snapshots.listSnapshots('doc');
    expect(await keeper.keep('doc', shared, 'before-restore')).toEqual(newest);
  });

  it('keeps the 50 newest snapshots of a document and leaves other documents alone', async () => {
    const { clock, store, keeper } = await keeperAt(freshFolder());
    const state = stateTitled('Version 0');
    store.create('doc', state);
    store.create('other', state);
    await keeper.keep('other', state, 'shared');
    let current = state;
    for (let version = 1; version <= MAX_SNAPSHOTS_PER_DOCUMENT + 5; version += 1) {
      clock.now += 1000;
      current = retitled(current, `Version ${version}`);
      await keeper.keep('doc', current, 'before-restore');
    }
    const listed = await store.snapshots.listSnapshots('doc');
    expect(listed).toHaveLength(MAX_SNAPSHOTS_PER_DOCUMENT);
    expect(await titleOf(store, listed[0]!.id)).toBe(`Version ${MAX_SNAPSHOTS_PER_DOCUMENT + 5}`);
    expect(await titleOf(store, listed.at(-1)!.id)).toBe('Version 6');
    expect(await store.snapshots.listSnapshots('other')).toHaveLength(1);
    // A snapshot id of one document does not read another's.
    expect(await store.snapshots.readSnapshot('other', listed[0]!.id)).toBeNull();
  });

  it('is kept by the server as it stores a document edited after the interval: the version stored before the edit', async () => {
    const { clock, store, keeper } = await keeperAt(freshFolder());
    const shared = stateTitled('As shared');
    store.create('doc', shared);
    await keeper.keep('doc', shared, 'shared');
    // Hocuspocus itself, with the server's hooks in the server's order, edited through a direct connection.
    const storage = sqliteStorageOf(store);
    const hocuspocus = new Hocuspocus({ quiet: true, extensions: [historyExtension(storage, keeper)], ...collaborationHooks(storage, 'secret') });
    const connection = await hocuspocus.openDirectConnection('doc');
    const retitle = (title: string) => connection.transact((document) => metaOf(document).set('title', title));

    await retitle('Before the break');
    clock.now += SNAPSHOT_INTERVAL_MS;
    await retitle('After the break');
    await connection.disconnect();
    const listed = await store.snapshots.listSnapshots('doc');
    expect(listed.map((snapshot) => snapshot.reason)).toEqual(['interval', 'shared']);
    expect(await titleOf(store, listed[0]!.id)).toBe('Before the break');
    // The store itself holds the latest version.
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, store.read('doc')!.state);
    expect(metaOf(ydoc).get('title')).toBe('After the break');
  });

  it('keeps nothing for a document that does not exist', async () => {
    const { keeper, store } = await keeperAt(freshFolder());
    expect(await keeper.keep('nobody', stateTitled('x'), 'shared')).toBeNull();
    expect(await store.snapshots.listSnapshots('nobody')).toEqual([]);
  });
});
