import { afterEach, describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { toDocumentFile } from '../model/parse';
import { MAX_LABEL_LENGTH } from '../model/schema';
import { createRepository } from './repository';
import { testDatabase } from './testing/database';
import type { SalesflowDatabase } from './database';

// "Nothing lost": a stored row that fails validation is never a dead end. It loads as damaged with
// its raw value and the document `normalize` made of it; rename and duplicate work from that.

const opened: SalesflowDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function storeRaw(file: unknown) {
  const { db } = testDatabase();
  opened.push(db);
  await db.meta.put({ id: 'long', title: 'Long', createdAt: 0, updatedAt: 0, nodeCount: 5, thumbnail: '' });
  await db.bodies.put({ id: 'long', file: file as never });
  return { db, repo: createRepository(db, { now: () => 1_800_000_000_000, newId: () => 'copy' }) };
}

function pastTheLimits(): unknown {
  const doc = { ...makeChain(), id: 'long', title: 'Long' };
  return toDocumentFile({ ...doc, nodes: doc.nodes.map((node, index) => (index === 1 ? { ...node, label: 'x'.repeat(MAX_LABEL_LENGTH + 1) } : node)) });
}

describe('a stored row past the limits', () => {
  it('loads as damaged, with its raw value and the repaired document', async () => {
    const raw = pastTheLimits();
    const { repo } = await storeRaw(raw);
    const loaded = await repo.load('long');
    expect(loaded.ok).toBe(false);
    if (loaded.ok || loaded.error.code !== 'damaged') throw new Error('expected damaged');
    expect(loaded.error.raw).toEqual(raw);
    expect(loaded.error.repaired?.document.nodes[1]?.label).toHaveLength(MAX_LABEL_LENGTH);
    expect(loaded.error.repaired?.repairs).toEqual([{ code: 'text-truncated', path: 'nodes[1].label', limit: MAX_LABEL_LENGTH }]);
  });

  it('can be duplicated and renamed, in its repaired form', async () => {
    const { repo } = await storeRaw(pastTheLimits());
    expect((await repo.duplicate('long', ' (copy)')).ok).toBe(true);
    const copy = await repo.load('copy');
    expect(copy.ok && copy.value.title).toBe('Long (copy)');
    expect((await repo.rename('long', 'Renamed')).ok).toBe(true);
    const renamed = await repo.load('long');
    expect(renamed.ok && renamed.value.title).toBe('Renamed');
  });

  it('stays damaged without a repaired document when nothing can be made of it', async () => {
    const { repo } = await storeRaw({ format: 'salesflow', schemaVersion: 1, document: { id: 'long', nodes: 'garbage' } });
    const loaded = await repo.load('long');
    expect(!loaded.ok && loaded.error.code === 'damaged' && loaded.error.repaired).toBeUndefined();
  });
});
