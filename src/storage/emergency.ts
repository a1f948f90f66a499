// The last resort against losing work when a tab is hidden or closed: an IndexedDB write started
// in `pagehide` or `visibilitychange` may never commit (w3c/IndexedDB issue 482), so the unsaved
// document is also written to localStorage, synchronously, and recovered on the next load.

import { err, ok, type Result } from '../lib/result';
import { toDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import { isQuotaError, type DamagedError, type StorageError } from './errors';
import type { DocumentRepository } from './repository';
import { documentFromFile } from './rows';

export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const KEY_PREFIX = 'salesflow:unsaved:';

/** localStorage, or null where reading the property throws (storage disabled by policy). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Synchronous, so it completes even while the page is being closed. */
export function writeEmergency(storage: StorageLike, doc: SalesDocument): Result<void, StorageError> {
  try {
    storage.setItem(KEY_PREFIX + doc.id, JSON.stringify(toDocumentFile(doc)));
    return ok(undefined);
  } catch (error) {
    // localStorage holds about 5 MB per site; a very large document may not fit.
    return err(isQuotaError(error) ? { code: 'quota-exceeded' } : { code: 'write-failed' });
  }
}

function parseCopy(id: string, text: string): Result<SalesDocument, DamagedError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return err({ code: 'damaged', id, error: { code: 'not-json' }, raw: text });
  }
  return documentFromFile(id, value);
}

/** Every copy left by a page that closed with unsaved work, each validated like an imported file. */
export function readEmergency(storage: StorageLike): Result<SalesDocument, DamagedError>[] {
  const ids: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(KEY_PREFIX)) ids.push(key.slice(KEY_PREFIX.length));
  }
  return ids.flatMap((id) => {
    const text = storage.getItem(KEY_PREFIX + id);
    return text === null ? [] : [parseCopy(id, text)];
  });
}

export function clearEmergency(storage: StorageLike, id: string): void {
  storage.removeItem(KEY_PREFIX + id);
}

/**
 * Whether a recovered copy holds work the database lacks. The store stamps `updatedAt` on every
 * change, so a copy whose save did commit after all compares equal and is simply dropped.
 */
export function isNewerThanStored(copy: SalesDocument, stored: SalesDocument | null): boolean {
  return stored === null || copy.updatedAt > stored.updatedAt;
}

export interface Recovery {
  /** Copies written to the database because they were newer than what it held. */
  recovered: string[];
  /** Copies that failed validation; they stay until the user has downloaded or dismissed them. */
  damaged: DamagedError[];
  /** Copies left in place because the database refused them; try again later. */
  failed: StorageError[];
}

/**
 * Moves emergency copies into the database: at startup, and before a tab that just became a
 * document's writer loads it (the previous writer may have closed with unsaved work).
 */
export async function recoverEmergency(
  storage: StorageLike,
  repository: Pick<DocumentRepository, 'load' | 'save'>,
  onlyId?: string,
): Promise<Recovery> {
  const recovery: Recovery = { recovered: [], damaged: [], failed: [] };
  for (const copy of readEmergency(storage)) {
    if (!copy.ok) {
      if (onlyId === undefined || copy.error.id === onlyId) recovery.damaged.push(copy.error);
      continue;
    }
    const doc = copy.value;
    if (onlyId !== undefined && doc.id !== onlyId) continue;
    const stored = await repository.load(doc.id);
    if (!stored.ok && stored.error.code !== 'not-found' && stored.error.code !== 'damaged') {
      recovery.failed.push(stored.error);
      continue;
    }
    // A damaged stored row is replaced by the copy: the copy is the newer, valid version of it.
    if (isNewerThanStored(doc, stored.ok ? stored.value : null)) {
      const saved = await repository.save(doc);
      if (!saved.ok) {
        recovery.failed.push(saved.error);
        continue;
      }
      recovery.recovered.push(doc.id);
    }
    clearEmergency(storage, doc.id);
  }
  return recovery;
}

export interface PageHideGuard {
  /** The document not yet confirmed saved, if any (Autosaver.unsaved). */
  unsaved: () => SalesDocument | undefined;
  /** Starts the normal save too, in case it gets to commit (Autosaver.flush). */
  flush: () => unknown;
  storage: StorageLike;
  /** Where to report a copy that could not be written. */
  onError: (error: StorageError) => void;
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  document: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

/**
 * Writes the emergency copy whenever the page is hidden or closed. `visibilitychange` to hidden is
 * the last event mobile browsers reliably fire before killing a tab; `pagehide` covers the rest.
 * Answers the function that removes the listeners.
 */
export function guardUnsavedWork(guard: PageHideGuard): () => void {
  const onHide = (): void => {
    const doc = guard.unsaved();
    if (doc === undefined) return;
    const written = writeEmergency(guard.storage, doc);
    if (!written.ok) guard.onError(written.error);
    guard.flush();
  };
  const onVisibility = (): void => {
    if (guard.document.visibilityState === 'hidden') onHide();
  };
  guard.window.addEventListener('pagehide', onHide);
  guard.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    guard.window.removeEventListener('pagehide', onHide);
    guard.document.removeEventListener('visibilitychange', onVisibility);
  };
}
