import { describe, expect, it, vi } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import type { SalesDocument } from '../model/types';
import { clearEmergency, guardUnsavedWork, readEmergency, recoverEmergency, writeEmergency } from './emergency';
import { createRepository } from './repository';
import { testDatabase } from './testing/database';
import { MemoryStorage } from './testing/memoryStorage';

function doc(id: string, updatedAt = 1_700_000_000_000): SalesDocument {
  return { ...makeChain(), id, updatedAt };
}

describe('emergency copies', () => {
  it('writes synchronously and reads back a validated document', () => {
    const storage = new MemoryStorage();
    expect(writeEmergency(storage, doc('d1'))).toEqual({ ok: true, value: undefined });
    expect(readEmergency(storage)).toEqual([{ ok: true, value: doc('d1') }]);
    clearEmergency(storage, 'd1');
    expect(readEmergency(storage)).toEqual([]);
  });

  it('keeps one copy per document and ignores other keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('salesflow:language', 'en');
    writeEmergency(storage, doc('a'));
    writeEmergency(storage, doc('b'));
    writeEmergency(storage, doc('a', 1_700_000_009_000));
    const copies = readEmergency(storage);
    expect(copies.map((copy) => copy.ok && [copy.value.id, copy.value.updatedAt])).toEqual([
      ['a', 1_700_000_009_000],
      ['b', 1_700_000_000_000],
    ]);
  });

  it('reports a full localStorage as quota-exceeded', () => {
    const storage = new MemoryStorage(100);
    expect(writeEmergency(storage, doc('d1'))).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
  });

  it('reports a damaged copy with its raw text', () => {
    const storage = new MemoryStorage();
    storage.setItem('salesflow:unsaved:d1', '{"format":"salesf');
    expect(readEmergency(storage)).toEqual([
      { ok: false, error: { code: 'damaged', id: 'd1', error: { code: 'not-json' }, raw: '{"format":"salesf' } },
    ]);
  });
});

describe('recoverEmergency', () => {
  it('moves newer copies into the database and drops stale ones', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    await repo.save(doc('newer'), '<svg/>');
    await repo.save(doc('stale', 1_700_000_005_000), '');
    writeEmergency(storage, doc('newer', 1_700_000_001_000));
    writeEmergency(storage, doc('stale', 1_700_000_000_000));
    writeEmergency(storage, doc('never-saved'));
    storage.setItem('salesflow:unsaved:broken', 'nope');

    const recovery = await recoverEmergency(storage, repo);

    expect(recovery.recovered.sort()).toEqual(['never-saved', 'newer']);
    expect(recovery.damaged).toMatchObject([{ id: 'broken' }]);
    expect(recovery.failed).toEqual([]);
    const newer = await repo.load('newer');
    expect(newer.ok && newer.value.updatedAt).toBe(1_700_000_001_000);
    const stale = await repo.load('stale');
    expect(stale.ok && stale.value.updatedAt).toBe(1_700_000_005_000);
    // Damaged copies wait for the user; the others are gone.
    expect(readEmergency(storage).map((copy) => !copy.ok && copy.error.id)).toEqual(['broken']);
  });

  it('can limit itself to the document a tab is about to open', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    writeEmergency(storage, doc('a'));
    writeEmergency(storage, doc('b'));
    expect((await recoverEmergency(storage, repo, 'a')).recovered).toEqual(['a']);
    expect(readEmergency(storage)).toHaveLength(1);
  });

  it('leaves a copy in place when the database refuses it', async () => {
    const storage = new MemoryStorage();
    writeEmergency(storage, doc('a'));
    const repo = {
      load: () => Promise.resolve({ ok: false as const, error: { code: 'not-found' as const, id: 'a' } }),
      save: () => Promise.resolve({ ok: false as const, error: { code: 'quota-exceeded' as const } }),
    };
    expect(await recoverEmergency(storage, repo)).toEqual({ recovered: [], damaged: [], failed: [{ code: 'quota-exceeded' }] });
    expect(readEmergency(storage)).toHaveLength(1);
  });
});

describe('guardUnsavedWork', () => {
  function page(visibilityState: DocumentVisibilityState) {
    return { window: new EventTarget(), document: Object.assign(new EventTarget(), { visibilityState }) };
  }

  it('writes the unsaved document when the page is hidden or closed, and starts a save', () => {
    const storage = new MemoryStorage();
    const flush = vi.fn();
    const { window, document } = page('hidden');
    let unsaved: SalesDocument | undefined = doc('d1');
    const stop = guardUnsavedWork({ unsaved: () => unsaved, flush, storage, onError: vi.fn(), window, document });

    document.dispatchEvent(new Event('visibilitychange'));
    expect(readEmergency(storage)).toEqual([{ ok: true, value: doc('d1') }]);
    expect(flush).toHaveBeenCalledTimes(1);

    unsaved = doc('d1', 1_700_000_001_000);
    window.dispatchEvent(new Event('pagehide'));
    const copies = readEmergency(storage);
    expect(copies[0]?.ok && copies[0].value.updatedAt).toBe(1_700_000_001_000);

    stop();
    unsaved = doc('d1', 1_700_000_002_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(copies).toEqual(readEmergency(storage));
  });

  it('writes nothing when everything is saved or the page is only shown', () => {
    const storage = new MemoryStorage();
    const flush = vi.fn();
    const { window, document } = page('visible');
    guardUnsavedWork({ unsaved: () => doc('d1'), flush, storage, onError: vi.fn(), window, document });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(readEmergency(storage)).toEqual([]);

    const saved = page('hidden');
    guardUnsavedWork({ unsaved: () => undefined, flush, storage, onError: vi.fn(), ...saved });
    saved.window.dispatchEvent(new Event('pagehide'));
    expect(readEmergency(storage)).toEqual([]);
    expect(flush).not.toHaveBeenCalled();
  });

  it('reports a copy that does not fit', () => {
    const onError = vi.fn();
    const { window, document } = page('hidden');
    guardUnsavedWork({ unsaved: () => doc('d1'), flush: vi.fn(), storage: new MemoryStorage(10), onError, window, document });
    window.dispatchEvent(new Event('pagehide'));
    expect(onError).toHaveBeenCalledWith({ code: 'quota-exceeded' });
  });
});
