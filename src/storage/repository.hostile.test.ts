import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChain, makeNode } from '../model/fixtures/documents';
import { hostileDocument, prototypeSnapshot } from '../model/fixtures/hostile';
import { toDocumentFile } from '../model/parse';
import { MAX_NODES } from '../model/schema';
import type { SalesDocument } from '../model/types';
import { createDatabase, type SalesflowDatabase } from './database';
import { createRepository, type Repository } from './repository';
import { injectFaults } from './testing/faults';

// Issue 10, case 4, the cases the other storage tests leave out: two tabs writing the same
// database at once (two Dexie connections to one IndexedDB, as two tabs have), rows damaged in
// every way a disk or another program could damage them, and a write that fails half-way
// through a rename. Only validated documents come out; a damaged row harms no other.

const opened: SalesflowDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function tab(name: string): { db: SalesflowDatabase; repo: Repository } {
  const db = createDatabase(name);
  opened.push(db);
  return { db, repo: createRepository(db, { now: () => 1_800_000_000_000, newId: () => 'copy' }) };
}

function version(id: string, n: number): SalesDocument {
  return { ...makeChain(), id, title: `Version ${n}`, updatedAt: 1_700_000_000_000 + n };
}

describe('two tabs saving at once', () => {
  it('leave metadata and body of one version together, never a mix of two', async () => {
    const name = `salesflow-test-${crypto.randomUUID()}`;
    const a = tab(name);
    const b = tab(name);
    // Started together and interleaved: each save is one transaction over both tables.
    const saves: Promise<unknown>[] = [];
    for (let n = 0; n < 40; n += 1) saves.push((n % 2 === 0 ? a : b).repo.save(version('shared', n), `<svg>${n}</svg>`));
    const results = await Promise.all(saves);
    expect(results.every((result) => (result as { ok: boolean }).ok)).toBe(true);

    for (const reader of [a, b]) {
      const meta = await reader.db.meta.get('shared');
      const loaded = await reader.repo.load('shared');
      if (!loaded.ok) throw new Error(loaded.error.code);
      const n = Number(loaded.value.title.replace('Version ', ''));
      expect(meta).toMatchObject({ title: `Version ${n}`, updatedAt: 1_700_000_000_000 + n, thumbnail: `<svg>${n}</svg>` });
    }
  });

  it('keep every document both wrote, and a rename racing a save loses neither', async () => {
    const name = `salesflow-test-${crypto.randomUUID()}`;
    const a = tab(name);
    const b = tab(name);
    await a.repo.save(version('d', 0));
    await Promise.all([
      ...Array.from({ length: 10 }, (_, n) => a.repo.save(version(`a${n}`, n))),
      ...Array.from({ length: 10 }, (_, n) => b.repo.save(version(`b${n}`, n))),
      b.repo.rename('d', 'Renamed in tab B'),
    ]);
    const list = await a.repo.list();
    expect(list.ok && list.value.map((summary) => summary.id).sort()).toEqual(
      ['d', ...Array.from({ length: 10 }, (_, n) => `a${n}`), ...Array.from({ length: 10 }, (_, n) => `b${n}`)].sort(),
    );
    const renamed = await a.repo.load('d');
    expect(renamed.ok && renamed.value.title).toBe('Renamed in tab B');
    expect((await a.db.meta.get('d'))?.title).toBe('Renamed in tab B');
  });
});

describe('damaged rows', () => {
  let before: ReturnType<typeof prototypeSnapshot>;
  beforeEach(() => {
    before = prototypeSnapshot();
  });
  afterEach(() => {
    expect(prototypeSnapshot()).toEqual(before);
  });

  const overCap = toDocumentFile({ ...makeChain(), nodes: Array.from({ length: MAX_NODES + 1 }, (_, i) => makeNode(`n${i}`)), edges: [], lanes: [] });
  // JSON.parse makes "__proto__" an own key, as a row written by another program would hold it.
  const polluting = JSON.parse(
    JSON.stringify(toDocumentFile(makeChain())).replace('"document":{', '"document":{"__proto__":{"polluted":true},').replace('"edges":[', '"edges":"x","ignored":['),
  ) as unknown;

  const damaged: [string, unknown, string][] = [
    ['a string', '{"format":"salesflow"', 'not-salesflow'],
    ['null', null, 'not-salesflow'],
    ['a number', 42, 'not-salesflow'],
    ['an array', [toDocumentFile(makeChain())], 'not-salesflow'],
    ['a file from a newer version', { ...toDocumentFile(makeChain()), schemaVersion: 99 }, 'too-new'],
    ['a document over the node cap', overCap, 'invalid'],
    ['a body with "__proto__" keys and a broken field', polluting, 'invalid'],
  ];

  it.each(damaged)('a body that is %s opens as damaged, with its raw value, and the others still open', async (_, file, code) => {
    const { db, repo } = tab(`salesflow-test-${crypto.randomUUID()}`);
    await repo.save(makeChain(), '');
    await repo.save({ ...makeChain(), id: 'bad' }, '');
    await db.bodies.put({ id: 'bad', file });

    const loaded = await repo.load('bad');
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.error).toMatchObject({ code: 'damaged', id: 'bad', error: { code } });
    expect(!loaded.ok && loaded.error.code === 'damaged' && loaded.error.raw).toEqual(file);
    expect((await repo.load(makeChain().id)).ok).toBe(true);
    // The library still lists it, so the user can export its raw data or delete it.
    const list = await repo.list();
    expect(list.ok && list.value.map((summary) => summary.id).sort()).toEqual(['bad', makeChain().id].sort());
  });

  it('a body row that vanished leaves a listed document that answers not-found instead of throwing', async () => {
    const { db, repo } = tab(`salesflow-test-${crypto.randomUUID()}`);
    await repo.save(makeChain(), '');
    await db.bodies.delete(makeChain().id);
    expect(await repo.load(makeChain().id)).toEqual({ ok: false, error: { code: 'not-found', id: makeChain().id } });
  });

  it('a hostile but valid document round-trips through storage exactly', async () => {
    const { repo } = tab(`salesflow-test-${crypto.randomUUID()}`);
    const hostile = hostileDocument();
    expect((await repo.save(hostile, '<svg/>')).ok).toBe(true);
    expect(await repo.load(hostile.id)).toEqual({ ok: true, value: hostile });
  });
});

describe('a write that fails half-way', () => {
  it('a rename whose body write fails leaves title and body as they were', async () => {
    const db = createDatabase(`salesflow-test-${crypto.randomUUID()}`);
    opened.push(db);
    const faults = injectFaults(db);
    const repo = createRepository(db);
    await repo.save({ ...makeChain(), title: 'Before' }, '');
    faults.failWrite('bodies', new Error('disk error'));
    expect(await repo.rename(makeChain().id, 'After')).toEqual({ ok: false, error: { code: 'write-failed' } });
    expect((await db.meta.get(makeChain().id))?.title).toBe('Before');
    const loaded = await repo.load(makeChain().id);
    expect(loaded.ok && loaded.value.title).toBe('Before');
  });
});
