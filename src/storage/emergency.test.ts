import { describe, expect, it, vi } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { generateDocument } from '../model/generate';
import { toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import { clearEmergency, guardUnsavedWork, isPatchCopy, readEmergency, recoverEmergency, writeEmergency, type UnsavedWork } from './emergency';
import { createRepository } from './repository';
import { testDatabase } from './testing/database';
import { MemoryStorage } from './testing/memoryStorage';

function doc(id: string, updatedAt = 1_700_000_000_000): SalesDocument {
  return { ...makeChain(), id, updatedAt };
}

function work(id: string, generation = 1, updatedAt = 1_700_000_000_000): UnsavedWork {
  return { document: doc(id, updatedAt), generation };
}

describe('emergency copies', () => {
  it('writes synchronously and reads back a validated document', () => {
    const storage = new MemoryStorage();
    expect(writeEmergency(storage, work('d1'))).toEqual({ ok: true, value: undefined });
    expect(readEmergency(storage)).toEqual([{ ok: true, value: work('d1') }]);
    clearEmergency(storage, 'd1');
    expect(readEmergency(storage)).toEqual([]);
  });

  it('keeps one copy per document and ignores other keys', () => {
    const storage = new MemoryStorage();
    storage.setItem('salesflow:language', 'en');
    writeEmergency(storage, work('a'));
    writeEmergency(storage, work('b'));
    writeEmergency(storage, work('a', 2, 1_700_000_009_000));
    const copies = readEmergency(storage);
    expect(copies.map((copy) => copy.ok && !isPatchCopy(copy.value) && [copy.value.document.id, copy.value.document.updatedAt])).toEqual([
      ['a', 1_700_000_009_000],
      ['b', 1_700_000_000_000],
    ]);
  });

  it('reports a full localStorage as quota-exceeded', () => {
    const storage = new MemoryStorage(100);
    expect(writeEmergency(storage, work('d1'))).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
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
  it('moves newer copies into the database and drops stale ones, by save generation', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    await repo.save(doc('newer'), '<svg/>', 4);
    await repo.save(doc('stale', 1_700_000_005_000), '', 7);
    writeEmergency(storage, work('newer', 5, 1_700_000_001_000));
    writeEmergency(storage, work('stale', 7, 1_700_000_009_000));
    writeEmergency(storage, work('never-saved'));
    storage.setItem('salesflow:unsaved:broken', 'nope');

    const recovery = await recoverEmergency(storage, repo);

    expect(recovery.recovered.sort()).toEqual(['never-saved', 'newer']);
    expect(recovery.damaged).toMatchObject([{ id: 'broken' }]);
    expect(recovery.failed).toEqual([]);
    const newer = await repo.load('newer');
    expect(newer.ok && newer.value.updatedAt).toBe(1_700_000_001_000);
    expect(await repo.generationOf('newer')).toEqual({ ok: true, value: 5 });
    const stale = await repo.load('stale');
    expect(stale.ok && stale.value.updatedAt).toBe(1_700_000_005_000);
    // Damaged copies wait for the user; the others are gone.
    expect(readEmergency(storage).map((copy) => !copy.ok && copy.error.id)).toEqual(['broken']);
  });

  it('recovers a copy made after the last save although the stored updatedAt lies in the future', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    const future = Date.UTC(2999, 0, 1);
    await repo.save(doc('d', future), '', 3);
    writeEmergency(storage, { document: { ...doc('d', 1_700_000_000_000), title: 'Edited' }, generation: 4 });
    expect((await recoverEmergency(storage, repo)).recovered).toEqual(['d']);
    const loaded = await repo.load('d');
    expect(loaded.ok && loaded.value.title).toBe('Edited');
  });

  it('reads a copy written before generations by comparing updatedAt', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    await repo.save(doc('old', 1_700_000_000_000), '');
    storage.setItem('salesflow:unsaved:old', JSON.stringify(toDocumentFile({ ...doc('old', 1_700_000_001_000), title: 'Legacy' })));
    expect((await recoverEmergency(storage, repo)).recovered).toEqual(['old']);
  });

  it('keeps a copy newer than the save that just finished', () => {
    const storage = new MemoryStorage();
    writeEmergency(storage, work('d', 6));
    clearEmergency(storage, 'd', 5);
    expect(readEmergency(storage)).toHaveLength(1);
    clearEmergency(storage, 'd', 6);
    expect(readEmergency(storage)).toHaveLength(0);
  });

  it('fits a large document into a small storage by compressing it', () => {
    const big = generateDocument({ nodes: 300, seed: 3 });
    const notes = 'Call the champion, confirm budget and timeline, then send the proposal. '.repeat(100);
    const document = { ...big, nodes: big.nodes.map((node) => ({ ...node, details: { notes } })) };
    const json = JSON.stringify(toDocumentFile(document));
    const storage = new MemoryStorage(Math.floor(json.length / 5));
    expect(writeEmergency(storage, { document, generation: 1 })).toEqual({ ok: true, value: undefined });
    expect(readEmergency(storage)).toEqual([{ ok: true, value: { document, generation: 1 } }]);
  });

  it('can limit itself to the document a tab is about to open', async () => {
    const { db } = testDatabase();
    const repo = createRepository(db);
    const storage = new MemoryStorage();
    writeEmergency(storage, work('a'));
    writeEmergency(storage, work('b'));
    expect((await recoverEmergency(storage, repo, 'a')).recovered).toEqual(['a']);
    expect(readEmergency(storage)).toHaveLength(1);
  });

  it('leaves a copy in place when the database refuses it', async () => {
    const storage = new MemoryStorage();
    writeEmergency(storage, work('a'));
    const repo = {
      load: () => Promise.resolve({ ok: false as const, error: { code: 'not-found' as const, id: 'a' } }),
      generationOf: () => Promise.resolve({ ok: true as const, value: 0 }),
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
    let unsaved: UnsavedWork | undefined = work('d1');
    const stop = guardUnsavedWork({ saved: () => [], unsaved: () => unsaved, flush, storage, onError: vi.fn(), window, document });

    document.dispatchEvent(new Event('visibilitychange'));
    expect(readEmergency(storage)).toEqual([{ ok: true, value: work('d1') }]);
    expect(flush).toHaveBeenCalledTimes(1);

    unsaved = work('d1', 2, 1_700_000_001_000);
    window.dispatchEvent(new Event('pagehide'));
    const copies = readEmergency(storage);
    expect(copies[0]?.ok && !isPatchCopy(copies[0].value) && copies[0].value.document.updatedAt).toBe(1_700_000_001_000);

    stop();
    unsaved = work('d1', 3, 1_700_000_002_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(copies).toEqual(readEmergency(storage));
  });

  it('writes nothing when everything is saved or the page is only shown', () => {
    const storage = new MemoryStorage();
    const flush = vi.fn();
    const { window, document } = page('visible');
    guardUnsavedWork({ saved: () => [], unsaved: () => work('d1'), flush, storage, onError: vi.fn(), window, document });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(readEmergency(storage)).toEqual([]);

    const saved = page('hidden');
    guardUnsavedWork({ saved: () => [], unsaved: () => undefined, flush, storage, onError: vi.fn(), ...saved });
    saved.window.dispatchEvent(new Event('pagehide'));
    expect(readEmergency(storage)).toEqual([]);
    expect(flush).not.toHaveBeenCalled();
  });

  it('reports a copy that does not fit', () => {
    const onError = vi.fn();
    const { window, document } = page('hidden');
    guardUnsavedWork({ saved: () => [], unsaved: () => work('d1'), flush: vi.fn(), storage: new MemoryStorage(10), onError, window, document });
    window.dispatchEvent(new Event('pagehide'));
    expect(onError).toHaveBeenCalledWith({ code: 'quota-exceeded' });
  });

  /** What a browser hands a beforeunload listener: an event whose returnValue may be set (Node's is read-only). */
  function beforeUnload(): Event & { returnValue: unknown } {
    const event = new Event('beforeunload', { cancelable: true });
    Object.defineProperty(event, 'returnValue', { value: '', writable: true });
    return event as Event & { returnValue: unknown };
  }

  it('asks for the leave prompt when unsaved work cannot be copied, and only then', () => {
    const { window, document } = page('visible');
    const unsaved = work('d1');
    guardUnsavedWork({ saved: () => [], unsaved: () => unsaved, flush: vi.fn(), storage: new MemoryStorage(10), onError: vi.fn(), window, document });
    const refused = beforeUnload();
    window.dispatchEvent(refused);
    expect(refused.defaultPrevented).toBe(true);
    expect(refused.returnValue).toBe(true);

    const roomy = page('visible');
    const storage = new MemoryStorage();
    guardUnsavedWork({ saved: () => [], unsaved: () => unsaved, flush: vi.fn(), storage, onError: vi.fn(), ...roomy });
    const kept = beforeUnload();
    roomy.window.dispatchEvent(kept);
    expect(kept.defaultPrevented).toBe(false);
    expect(kept.returnValue).toBe('');
    expect(readEmergency(storage)).toHaveLength(1);
  });
});
