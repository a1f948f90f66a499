// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { makeChain } from '../model/fixtures/documents';
import { createRepository } from '../storage/repository';
import { testDatabase } from '../storage/testing/database';
import { leaveShared, rejoinShared } from './leaveShared';
import { mergeIntoLocalCopy, readLocalCopy } from './localCopy';
import { rememberShared, sharedEntry, type SharedEntry } from './sharedRegistry';

afterEach(() => localStorage.clear());

const joined: SharedEntry = { name: 'on-server', token: 'edit-token', role: 'edit' };
const owned: SharedEntry = { ...joined, ownerSecret: 'owner-key' };

async function sharedInLibrary(entry: SharedEntry) {
  const repository = createRepository(testDatabase().db);
  const document = { ...makeChain(), id: 'shared-doc' };
  expect((await repository.save(document)).ok).toBe(true);
  rememberShared(document.id, entry);
  return { repository, id: document.id };
}

async function listedIds(repository: ReturnType<typeof createRepository>): Promise<string[]> {
  const listed = await repository.list();
  return listed.ok ? listed.value.map((summary) => summary.id) : [];
}

describe('leaving a shared document', () => {
  it('moves its copy to the trash, forgets its link and drops its Yjs copy, without asking the server anything', async () => {
    const { repository, id } = await sharedInLibrary(joined);
    const fetchImpl = vi.fn<typeof fetch>();
    const clearLocalCopy = vi.fn(async () => undefined);
    const left = await leaveShared(id, joined, repository, { stopSharing: false, fetchImpl, clearLocalCopy });
    expect(left).toEqual({ ok: true, value: { entry: joined, stopped: false } });
    expect(await listedIds(repository)).toEqual([]);
    const trash = await repository.listTrash();
    expect(trash.ok && trash.value.map((summary) => summary.id)).toEqual([id]);
    expect(sharedEntry(id)).toBeNull();
    expect(clearLocalCopy).toHaveBeenCalledWith('on-server');
    expect(fetchImpl).not.toHaveBeenCalled();

    // Undo: back in the library and shared again, with the same link.
    expect((await rejoinShared(id, left.ok ? left.value : { entry: joined, stopped: false }, repository)).ok).toBe(true);
    expect(await listedIds(repository)).toEqual([id]);
    expect(sharedEntry(id)).toEqual(joined);
  });

  it('drops the Yjs copy kept in IndexedDB', async () => {
    const { repository, id } = await sharedInLibrary(joined);
    const ydoc = new Y.Doc();
    ydoc.getMap('document').set('title', 'Kept offline');
    expect(await mergeIntoLocalCopy('on-server', Y.encodeStateAsUpdate(ydoc))).toBe(true);
    expect(await readLocalCopy('on-server')).not.toBeNull();
    expect((await leaveShared(id, joined, repository, { stopSharing: false })).ok).toBe(true);
    await expect.poll(() => readLocalCopy('on-server')).toBeNull();
  });

  it('stops sharing first for its owner, and then comes back, if undone, as a flowchart of their own', async () => {
    const { repository, id } = await sharedInLibrary(owned);
    const fetchImpl = vi.fn<typeof fetch>(async () => new Response('{"stopped":true}', { status: 200 }));
    const left = await leaveShared(id, owned, repository, { stopSharing: true, fetchImpl, clearLocalCopy: async () => undefined });
    expect(left.ok && left.value.stopped).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith('/api/documents/on-server/stop', expect.objectContaining({ method: 'POST', headers: { Authorization: 'Bearer owner-key' } }));
    expect(await listedIds(repository)).toEqual([]);
    expect((await rejoinShared(id, left.ok ? left.value : { entry: owned, stopped: true }, repository)).ok).toBe(true);
    expect(await listedIds(repository)).toEqual([id]);
    expect(sharedEntry(id)).toBeNull();
  });

  it('changes nothing when stopping sharing fails', async () => {
    const { repository, id } = await sharedInLibrary(owned);
    const clearLocalCopy = vi.fn(async () => undefined);
    const left = await leaveShared(id, owned, repository, { stopSharing: true, fetchImpl: async () => Promise.reject(new TypeError('offline')), clearLocalCopy });
    expect(left).toEqual({ ok: false, error: { code: 'stop-failed', error: { code: 'unreachable' } } });
    expect(await listedIds(repository)).toEqual([id]);
    expect(sharedEntry(id)).toEqual(owned);
    expect(clearLocalCopy).not.toHaveBeenCalled();
  });
});
