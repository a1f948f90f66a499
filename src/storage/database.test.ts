import { describe, expect, it, vi } from 'vitest';
import { createDatabase, DATABASE_VERSION, openDatabase } from './database';
import { createRepository } from './repository';
import { makeChain } from '../model/fixtures/documents';

function freshName(): string {
  return `salesflow-test-${crypto.randomUUID()}`;
}

describe('openDatabase', () => {
  it('opens a new database', async () => {
    const db = createDatabase(freshName());
    expect(await openDatabase(db)).toEqual({ ok: true, value: undefined });
    db.close();
  });

  it('answers blocked at once while an older connection holds the database, and opens once it lets go', async () => {
    const name = freshName();
    // A connection at an older version that, unlike Dexie's, does not close on `versionchange`:
    // an old tab of a build without the handler, or a frozen one.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error as Error);
      };
    });

    const db = createDatabase(name);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await openDatabase(db)).toEqual({ ok: false, error: { code: 'unavailable', reason: 'blocked' } });
    warn.mockRestore();

    old.close();
    expect(await openDatabase(db)).toEqual({ ok: true, value: undefined });
    expect(db.verno).toBe(DATABASE_VERSION);
    db.close();
  });

  it('answers unavailable when IndexedDB refuses to open (private mode, policy)', async () => {
    const refusing = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    };
    const db = createDatabase(freshName(), { indexedDB: refusing, IDBKeyRange });
    expect(await openDatabase(db)).toEqual({ ok: false, error: { code: 'unavailable', reason: 'failed' } });

    // Every operation then says so too, instead of throwing.
    const repo = createRepository(db);
    expect(await repo.list()).toEqual({ ok: false, error: { code: 'unavailable', reason: 'failed' } });
    expect(await repo.save(makeChain(), '')).toEqual({ ok: false, error: { code: 'unavailable', reason: 'failed' } });
  });
});
