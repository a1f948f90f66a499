import { describe, expect, it } from 'vitest';
import { makeChain, makeDocument, makeNode } from '../model/fixtures/documents';
import type { SalesDocument } from '../model/types';
import { createRepository } from './repository';
import { SNAPSHOT_INTERVAL_MS, shouldSnapshot } from './revisions';
import { testDatabase } from './testing/database';

function setup() {
  const { db } = testDatabase();
  const clock = { now: 1_700_000_000_000 };
  return { db, clock, repo: createRepository(db, { now: () => clock.now }) };
}

function doc(id: string, title = id): SalesDocument {
  return { ...makeChain(), id, title };
}

describe('shouldSnapshot', () => {
  it('snapshots the first edit, then every five minutes', () => {
    expect(shouldSnapshot(null, 1000)).toBe(true);
    expect(shouldSnapshot(1000, 1000 + SNAPSHOT_INTERVAL_MS - 1)).toBe(false);
    expect(shouldSnapshot(1000, 1000 + SNAPSHOT_INTERVAL_MS)).toBe(true);
  });
});

describe('revisions', () => {
  it('keeps the newest 50 per document, pruned as each is added', async () => {
    const { clock, repo } = setup();
    const other = doc('other');
    await repo.snapshot(other, 'interval');
    for (let index = 0; index < 55; index += 1) {
      clock.now += 1000;
      const version = makeDocument({ id: 'd1', nodes: Array.from({ length: index }, (_, n) => makeNode(`n${n}`)) });
      expect((await repo.snapshot(version, 'interval')).ok).toBe(true);
    }

    const revisions = await repo.listRevisions('d1');
    expect(revisions.ok && revisions.value).toHaveLength(50);
    // Newest first: 54 nodes down to 5, the five oldest pruned.
    expect(revisions.ok && revisions.value.map((revision) => revision.nodeCount)).toEqual(
      Array.from({ length: 50 }, (_, index) => 54 - index),
    );
    const others = await repo.listRevisions('other');
    expect(others.ok && others.value).toHaveLength(1);
  });

  it('loads a revision as a validated document', async () => {
    const { repo } = setup();
    const snapshot = await repo.snapshot(doc('d1', 'Before layout'), 'before-layout');
    expect(snapshot.ok && snapshot.value).toMatchObject({ documentId: 'd1', reason: 'before-layout', nodeCount: 5 });
    const loaded = snapshot.ok ? await repo.loadRevision(snapshot.value.id) : null;
    expect(loaded).toEqual({ ok: true, value: doc('d1', 'Before layout') });
    expect(await repo.loadRevision(999)).toEqual({ ok: false, error: { code: 'not-found', id: '999' } });
  });

  it('reports a damaged revision with its raw row', async () => {
    const { db, repo } = setup();
    const snapshot = await repo.snapshot(doc('d1'), 'interval');
    const id = snapshot.ok ? snapshot.value.id : -1;
    await db.revisions.update(id, { file: { format: 'salesflow', schemaVersion: 1 } });
    const loaded = await repo.loadRevision(id);
    expect(!loaded.ok && loaded.error).toMatchObject({ code: 'damaged', id: String(id) });
  });
});
