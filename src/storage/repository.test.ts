import Dexie, { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import { makeChain } from '../model/fixtures/documents';
import { generateDocument } from '../model/generate';
import type { SalesDocument } from '../model/types';
import type { SalesflowDatabase } from './database';
import { createRepository, TRASH_RETENTION_MS, type Repository } from './repository';
import { testDatabase } from './testing/database';

const DAY = 24 * 60 * 60 * 1000;

function setup(start = 1_700_000_000_000) {
  const { db, faults } = testDatabase();
  const clock = { now: start };
  let ids = 0;
  const repo = createRepository(db, { now: () => clock.now, newId: () => `copy_${++ids}` });
  return { db, faults, clock, repo };
}

function doc(id: string, title = id, updatedAt = 1_700_000_000_000): SalesDocument {
  return { ...makeChain(), id, title, updatedAt };
}

async function saved(repo: Repository, ...docs: SalesDocument[]): Promise<void> {
  for (const each of docs) expect(await repo.save(each, `<svg>${each.id}</svg>`)).toEqual({ ok: true, value: undefined });
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function rows(db: SalesflowDatabase, id: string) {
  return { meta: await db.meta.get(id), body: await db.bodies.get(id) };
}

describe('save and load', () => {
  it('round-trips a document', async () => {
    const { repo } = setup();
    const original = doc('d1', 'Enterprise deals');
    await saved(repo, original);
    expect(await repo.load('d1')).toEqual({ ok: true, value: original });
  });

  it('stores the envelope, the metadata and the node count', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    const { meta, body } = await rows(db, 'd1');
    expect(meta).toEqual({
      id: 'd1',
      title: 'd1',
      createdAt: makeChain().createdAt,
      updatedAt: 1_700_000_000_000,
      nodeCount: 5,
      thumbnail: '<svg>d1</svg>',
      generation: 1,
    });
    expect(body?.file).toMatchObject({ format: 'salesflow', schemaVersion: CURRENT_SCHEMA_VERSION, document: { id: 'd1' } });
  });

  it('counts save generations, and stores the one it is given', async () => {
    const { repo } = setup();
    expect(await repo.generationOf('d1')).toEqual({ ok: true, value: 0 });
    await saved(repo, doc('d1'));
    await saved(repo, doc('d1'));
    expect(await repo.generationOf('d1')).toEqual({ ok: true, value: 2 });
    expect(await repo.save(doc('d1'), undefined, 9)).toEqual({ ok: true, value: undefined });
    expect(await repo.generationOf('d1')).toEqual({ ok: true, value: 9 });
    await repo.rename('d1', 'Renamed');
    expect(await repo.generationOf('d1')).toEqual({ ok: true, value: 10 });
  });

  it('keeps the stored thumbnail when none is given', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    await repo.save({ ...doc('d1'), title: 'Renamed' });
    expect((await db.meta.get('d1'))?.thumbnail).toBe('<svg>d1</svg>');
  });

  it('answers not-found for an unknown id', async () => {
    const { repo } = setup();
    expect(await repo.load('missing')).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
  });

  it('migrates and validates what it reads, like an imported file', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    const body = await db.bodies.get('d1');
    // A body whose document claims another id is filed under its row.
    await db.bodies.put({ id: 'd1', file: { ...(body?.file as object), document: { ...doc('other') } } });
    const loaded = await repo.load('d1');
    expect(loaded.ok && loaded.value.id).toBe('d1');
  });

  it('saves a 1,000-node document', async () => {
    const { repo } = setup();
    const big = generateDocument({ nodes: 1000, seed: 7 });
    await saved(repo, big);
    const loaded = await repo.load(big.id);
    expect(loaded.ok && loaded.value.nodes).toHaveLength(1000);
  });
});

describe('a save is one transaction', () => {
  it('leaves the previous version intact when the body write fails', async () => {
    const { db, faults, repo } = setup();
    await saved(repo, doc('d1', 'First'));
    const before = await rows(db, 'd1');

    faults.failWrite('bodies', new Error('disk error'));
    const result = await repo.save({ ...doc('d1', 'Second', 1_700_000_001_000) }, '<svg>new</svg>');

    expect(result).toEqual({ ok: false, error: { code: 'write-failed' } });
    expect(await rows(db, 'd1')).toEqual(before);
    const loaded = await repo.load('d1');
    expect(loaded.ok && loaded.value.title).toBe('First');
  });

  it('writes nothing of a new document when the body write fails', async () => {
    const { db, faults, repo } = setup();
    faults.failWrite('bodies', new Error('disk error'));
    expect((await repo.save(doc('d1'), '')).ok).toBe(false);
    expect(await rows(db, 'd1')).toEqual({ meta: undefined, body: undefined });
  });
});

describe('the quota path', () => {
  it('reports a QuotaExceededError from a write as quota-exceeded, with nothing half-written', async () => {
    const { db, faults, repo } = setup();
    await saved(repo, doc('d1', 'First'));
    const before = await rows(db, 'd1');
    faults.failWrite('bodies', quotaError());
    expect(await repo.save(doc('d1', 'Second', 1_700_000_001_000), '')).toEqual({
      ok: false,
      error: { code: 'quota-exceeded' },
    });
    expect(await rows(db, 'd1')).toEqual(before);
  });

  it('recognises a commit aborted by a full disk (AbortError wrapping QuotaExceededError)', async () => {
    const { db, faults, repo } = setup();
    await saved(repo, doc('d1', 'First'));
    const before = await rows(db, 'd1');
    faults.abortAfterNextWrite('bodies', quotaError());
    expect(await repo.save(doc('d1', 'Second', 1_700_000_001_000), '')).toEqual({
      ok: false,
      error: { code: 'quota-exceeded' },
    });
    expect(await rows(db, 'd1')).toEqual(before);
  });

  it('recognises the wrapped form as Dexie builds it', async () => {
    const { faults, repo } = setup();
    faults.failWrite('meta', new Dexie.AbortError(quotaError()));
    expect(await repo.save(doc('d1'), '')).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
  });
});

describe('damaged rows', () => {
  it('quarantines a corrupt body: reported as damaged with its raw data, the others still load', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('good'), doc('bad'));
    const raw = { format: 'salesflow', schemaVersion: 1, document: { id: 'bad', nodes: 'not an array' } };
    await db.bodies.put({ id: 'bad', file: raw });

    const bad = await repo.load('bad');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatchObject({ code: 'damaged', id: 'bad', raw, error: { code: 'invalid' } });
    expect((await repo.load('good')).ok).toBe(true);

    const list = await repo.list();
    expect(list.ok && list.value.map((meta) => meta.id).sort()).toEqual(['bad', 'good']);
  });

  it('refuses a body written by a newer version without reading it', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    await db.bodies.put({ id: 'd1', file: { format: 'salesflow', schemaVersion: 99, document: {} } });
    const loaded = await repo.load('d1');
    expect(!loaded.ok && loaded.error).toMatchObject({ code: 'damaged', error: { code: 'too-new', version: 99 } });
  });

  it('lists a document whose metadata is malformed instead of hiding it', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    await db.meta.put({ id: 'd1', title: 42, updatedAt: null } as never);
    const list = await repo.list();
    expect(list.ok && list.value).toEqual([
      { id: 'd1', title: '', createdAt: 0, updatedAt: 0, nodeCount: 0, thumbnail: '' },
    ]);
  });
});

describe('list', () => {
  it('lists metadata newest first without reading a single body', async () => {
    const { faults, repo } = setup();
    await saved(repo, doc('old', 'Old', 1000), doc('new', 'New', 3000), doc('mid', 'Mid', 2000));
    faults.clear();

    const list = await repo.list();

    expect(list.ok && list.value.map((meta) => meta.id)).toEqual(['new', 'mid', 'old']);
    expect(faults.reads).toContain('meta');
    expect(faults.reads).not.toContain('bodies');
  });

  it('updates a live query when a document is saved', async () => {
    const { repo } = setup();
    const seen: string[][] = [];
    const subscription = liveQuery(() => repo.list()).subscribe((list) => {
      if (list.ok) seen.push(list.value.map((meta) => meta.id));
    });
    await expect.poll(() => seen.length).toBe(1);
    await saved(repo, doc('d1'));
    await expect.poll(() => seen.at(-1)).toEqual(['d1']);
    subscription.unsubscribe();
  });
});

describe('rename and duplicate', () => {
  it('renames the metadata and the body together', async () => {
    const { clock, repo } = setup();
    await saved(repo, doc('d1', 'Before'));
    clock.now += 1000;
    const renamed = await repo.rename('d1', 'After');
    expect(renamed.ok && renamed.value).toMatchObject({ id: 'd1', title: 'After', updatedAt: clock.now, thumbnail: '<svg>d1</svg>' });
    const loaded = await repo.load('d1');
    expect(loaded.ok && loaded.value).toMatchObject({ title: 'After', updatedAt: clock.now });
  });

  it('cuts a title to what the schema accepts, so renaming never damages a document', async () => {
    const { repo } = setup();
    await saved(repo, doc('d1'));
    await repo.rename('d1', 'x'.repeat(5000));
    expect((await repo.load('d1')).ok).toBe(true);
  });

  it('duplicates under a new id with the suffix the caller gives', async () => {
    const { clock, repo } = setup();
    await saved(repo, doc('d1', 'Inbound'));
    const copy = await repo.duplicate('d1', ' (copy)');
    expect(copy.ok && copy.value).toMatchObject({ id: 'copy_1', title: 'Inbound (copy)', createdAt: clock.now, thumbnail: '<svg>d1</svg>' });
    const loaded = await repo.load('copy_1');
    expect(loaded.ok && loaded.value.nodes).toEqual(makeChain().nodes);
    expect((await repo.load('d1')).ok).toBe(true);
  });

  it('reports not-found and damaged instead of copying nothing', async () => {
    const { db, repo } = setup();
    expect(await repo.duplicate('missing', ' (copy)')).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
    await saved(repo, doc('d1'));
    await db.bodies.put({ id: 'd1', file: 'garbage' });
    const copy = await repo.duplicate('d1', ' (copy)');
    expect(!copy.ok && copy.error.code).toBe('damaged');
    expect(await db.meta.count()).toBe(1);
  });
});

describe('trash', () => {
  it('moves to the trash, lists it there, and restores it', async () => {
    const { clock, repo } = setup();
    await saved(repo, doc('keep'), doc('gone'));

    expect((await repo.moveToTrash('gone')).ok).toBe(true);
    const list = await repo.list();
    expect(list.ok && list.value.map((meta) => meta.id)).toEqual(['keep']);
    const trash = await repo.listTrash();
    expect(trash.ok && trash.value).toMatchObject([{ id: 'gone', deletedAt: clock.now }]);

    expect((await repo.restoreFromTrash('gone')).ok).toBe(true);
    const restored = await repo.list();
    expect(restored.ok && restored.value.map((meta) => meta.id).sort()).toEqual(['gone', 'keep']);
    const emptied = await repo.listTrash();
    expect(emptied.ok && emptied.value).toEqual([]);
  });

  it('keeps a trashed document in the trash when another tab saves it', async () => {
    const { repo } = setup();
    await saved(repo, doc('d1'));
    await repo.moveToTrash('d1');
    await saved(repo, doc('d1', 'Edited elsewhere'));
    const trash = await repo.listTrash();
    expect(trash.ok && trash.value).toMatchObject([{ id: 'd1', title: 'Edited elsewhere' }]);
  });

  it('purges after 30 days, with the body and the revisions, and not before', async () => {
    const { db, clock, repo } = setup();
    await saved(repo, doc('d1'), doc('d2'));
    await repo.snapshot(doc('d1'), 'interval');
    const deletedAt = clock.now;
    await repo.moveToTrash('d1');
    clock.now += DAY;
    await repo.moveToTrash('d2');

    expect(await repo.purgeTrash(deletedAt + TRASH_RETENTION_MS - 1)).toEqual({ ok: true, value: [] });
    expect(await repo.purgeTrash(deletedAt + TRASH_RETENTION_MS)).toEqual({ ok: true, value: ['d1'] });

    expect(await rows(db, 'd1')).toEqual({ meta: undefined, body: undefined });
    expect(await db.revisions.count()).toBe(0);
    const trash = await repo.listTrash();
    expect(trash.ok && trash.value.map((meta) => meta.id)).toEqual(['d2']);
  });

  it('does not restart the 30 days when deleted twice', async () => {
    const { clock, repo } = setup();
    await saved(repo, doc('d1'));
    const first = clock.now;
    await repo.moveToTrash('d1');
    clock.now += DAY;
    await repo.moveToTrash('d1');
    const trash = await repo.listTrash();
    expect(trash.ok && trash.value[0]?.deletedAt).toBe(first);
  });

  it('deletes forever', async () => {
    const { db, repo } = setup();
    await saved(repo, doc('d1'));
    await repo.snapshot(doc('d1'), 'interval');
    expect(await repo.deleteForever('d1')).toEqual({ ok: true, value: undefined });
    expect(await rows(db, 'd1')).toEqual({ meta: undefined, body: undefined });
    expect(await db.revisions.count()).toBe(0);
  });

  it('answers not-found for an unknown id', async () => {
    const { repo } = setup();
    expect(await repo.moveToTrash('missing')).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
  });
});
