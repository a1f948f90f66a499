import { describe, expect, it } from 'vitest';
import { withSampleDealData } from '../model/fixtures/dealData';
import { generateDocument } from '../model/generate';
import { toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import { isPatchCopy, readEmergency, recoverEmergency, writeEmergency } from './emergency';
import { createRepository } from './repository';
import { testDatabase } from './testing/database';
import { MemoryStorage } from './testing/memoryStorage';

// A big document's emergency copy is its changes from the versions the database may hold; once
// recovered it must be the edited document, whichever of those versions the database kept.

const NOTES = 'Call the champion, confirm budget and timeline, then send the proposal. '.repeat(40);

function bigDocument(): SalesDocument {
  const generated = generateDocument({ nodes: 700, seed: 11 });
  const noted = { ...generated, id: 'big', nodes: generated.nodes.map((node) => ({ ...node, details: { ...node.details, notes: NOTES } })) };
  return withSampleDealData(noted);
}

/** Edits as the store makes them: new objects for what changes, the same objects for the rest. */
function edited(base: SalesDocument): SalesDocument {
  const [first, second, ...rest] = base.nodes;
  expect(base.dealData).toBeDefined();
  const removedId = rest[0]!.id;
  const moved = { ...second!, position: { x: second!.position.x + 40, y: second!.position.y } };
  const added = { ...first!, id: 'added-stage', label: 'Added stage', position: { x: 0, y: -400 } };
  // The deal data cleared: a field the saved version has and the edited one does not.
  const withoutDealData = { ...base };
  delete withoutDealData.dealData;
  return {
    ...withoutDealData,
    title: 'Edited title',
    updatedAt: base.updatedAt + 1000,
    // Reordered, one moved, one removed with its edges, one added.
    nodes: [moved, first!, ...rest.slice(1), added],
    edges: base.edges.filter((edge) => edge.source !== removedId && edge.target !== removedId),
  };
}

async function storedBig() {
  const { db } = testDatabase();
  const repository = createRepository(db);
  const base = bigDocument();
  expect(base.nodes.length + base.edges.length).toBeGreaterThanOrEqual(1000);
  await repository.save(base, '', 3);
  const reloaded = await repository.load('big');
  if (!reloaded.ok) throw new Error('not stored');
  return { repository, base: reloaded.value };
}

describe('a big document closed with unsaved edits', () => {
  it('is copied as its changes, a small fraction of the whole, and recovered whole onto the saved row', async () => {
    const { repository, base } = await storedBig();
    const work = { document: edited(base), generation: 4 };
    const storage = new MemoryStorage();
    expect(writeEmergency(storage, work, [{ document: base, generation: 3 }])).toEqual({ ok: true, value: undefined });
    const copyLength = storage.getItem('salesflow:unsaved:big')!.length;
    expect(copyLength).toBeLessThan(JSON.stringify(toDocumentFile(work.document)).length / 50);
    const [copy] = readEmergency(storage);
    expect(copy?.ok && isPatchCopy(copy.value)).toBe(true);

    expect(await recoverEmergency(storage, repository)).toEqual({ recovered: ['big'], damaged: [], failed: [] });
    expect(await repository.load('big')).toEqual({ ok: true, value: work.document });
    expect(await repository.generationOf('big')).toEqual({ ok: true, value: 4 });
    expect(readEmergency(storage)).toEqual([]);
  });

  it('is recovered whether or not the save that was running when the page closed committed', async () => {
    for (const committed of [false, true]) {
      const { repository, base } = await storedBig();
      const saving = { document: { ...base, title: 'Being saved' }, generation: 4 };
      const work = { document: edited(saving.document), generation: 5 };
      const storage = new MemoryStorage();
      writeEmergency(storage, work, [{ document: base, generation: 3 }, saving]);
      if (committed) await repository.save(saving.document, '', saving.generation);

      expect((await recoverEmergency(storage, repository)).recovered).toEqual(['big']);
      expect(await repository.load('big')).toEqual({ ok: true, value: work.document });
    }
  });

  it('is dropped when the save started at closing committed after all', async () => {
    const { repository, base } = await storedBig();
    const work = { document: edited(base), generation: 4 };
    const storage = new MemoryStorage();
    writeEmergency(storage, work, [{ document: base, generation: 3 }]);
    await repository.save(work.document, '', 4);
    expect(await recoverEmergency(storage, repository)).toEqual({ recovered: [], damaged: [], failed: [] });
    expect(readEmergency(storage)).toEqual([]);
  });

  it('is kept and reported when the row it was made from was replaced, or the schema changed, the row untouched', async () => {
    const { repository, base } = await storedBig();
    const storage = new MemoryStorage();
    writeEmergency(storage, { document: edited(base), generation: 9 }, [{ document: base, generation: 3 }]);
    await repository.save({ ...base, title: 'Written elsewhere' }, '', 5);
    const recovery = await recoverEmergency(storage, repository);
    expect(recovery.damaged).toMatchObject([{ id: 'big', error: { code: 'invalid', path: 'base' } }]);
    expect(await repository.load('big')).toMatchObject({ ok: true, value: { title: 'Written elsewhere' } });
    expect(readEmergency(storage)).toHaveLength(1);

    const older = JSON.parse(storage.getItem('salesflow:unsaved:big')!) as { schemaVersion: number };
    storage.setItem('salesflow:unsaved:big', JSON.stringify({ ...older, schemaVersion: older.schemaVersion - 1 }));
    expect((await recoverEmergency(storage, repository)).damaged).toMatchObject([{ id: 'big', error: { code: 'migration-failed' } }]);
  });

  it('fails validation as a file would when the changes break the document', async () => {
    const { repository, base } = await storedBig();
    const storage = new MemoryStorage();
    const broken = { ...base, nodes: base.nodes.map((node, index) => (index === 0 ? { ...node, position: { x: Number.NaN, y: 0 } } : node)) };
    writeEmergency(storage, { document: broken, generation: 4 }, [{ document: base, generation: 3 }]);
    expect((await recoverEmergency(storage, repository)).damaged).toMatchObject([{ id: 'big', error: { code: 'invalid' } }]);
    expect(await repository.load('big')).toEqual({ ok: true, value: base });
  });

  it('is copied whole when no saved version is known, and a small document always is', () => {
    const storage = new MemoryStorage();
    writeEmergency(storage, { document: bigDocument(), generation: 1 }, []);
    const small = { ...generateDocument({ nodes: 20, seed: 2 }), id: 'small' };
    writeEmergency(storage, { document: small, generation: 2 }, [{ document: small, generation: 1 }]);
    expect(readEmergency(storage).map((copy) => copy.ok && isPatchCopy(copy.value))).toEqual([false, false]);
  });
});
