// The last resort against losing work when a tab is hidden or closed: an IndexedDB write started
// in `pagehide` or `visibilitychange` may never commit (w3c/IndexedDB issue 482), so the unsaved
// document is also written to localStorage, synchronously, and recovered on the next load.

import { err, ok, type Result } from '../lib/result';
import { toDocumentFile } from '../model/parse';
import { CURRENT_SCHEMA_VERSION } from '../model/schema';
import type { SalesDocument } from '../model/types';
import { isQuotaError, type DamagedError, type StorageError } from './errors';
import type { DocumentRepository } from './repository';
import { decodeCopy, encodeCopy } from './emergencyCodec';
import { documentFromFile } from './rows';
import { isPlainObject } from '../lib/isPlainObject';
import { applyPatch, diffDocument, isDocumentPatch, type DocumentPatch } from './documentPatch';

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

/**
 * Unsaved work and the save generation it was made at: the session counts its edits from the
 * generation of the row it loaded, so a copy made after the last committed save always counts
 * higher than that row, whatever the clocks say (a stored `updatedAt` may lie in the future).
 */
export interface UnsavedWork {
  document: SalesDocument;
  generation: number;
}

/** A version of the document the database holds, or is being written with. */
export interface SavedVersion {
  document: SalesDocument;
  generation: number;
}

/** A copy read back; `generation` is null for a copy written before generations existed. */
export interface EmergencyCopy {
  document: SalesDocument;
  generation: number | null;
}

/**
 * A big document's copy, as its changes from each version the database may hold when the page is
 * gone: the last saved one, and the one whose save was running (it may or may not commit).
 */
export interface PatchCopy {
  id: string;
  generation: number;
  /** The schema the patch's nodes and edges are written in. */
  schemaVersion: number;
  patches: (DocumentPatch & { base: number })[];
}

// From this many nodes and edges a copy is written as changes from a saved version: compressing
// the whole of a 1,100-node document with its notes took a second of a busy machine's `beforeunload`.
// Smaller documents are copied whole, which any later version of the app can read.
const PATCH_FROM_ENTITIES = 1000;

function copyText(work: UnsavedWork, saved: readonly SavedVersion[]): string {
  const big = work.document.nodes.length + work.document.edges.length >= PATCH_FROM_ENTITIES;
  if (big && saved.length > 0) {
    const patches = saved.map((version) => ({ base: version.generation, ...diffDocument(version.document, work.document) }));
    return JSON.stringify({ generation: work.generation, schemaVersion: CURRENT_SCHEMA_VERSION, patches });
  }
  return JSON.stringify({ generation: work.generation, file: toDocumentFile(work.document) });
}

/**
 * Synchronous, so it completes even while the page is being closed. `saved` are the versions the
 * database may hold (SavedVersion); a big document is then written as its changes from them.
 */
export function writeEmergency(storage: StorageLike, work: UnsavedWork, saved: readonly SavedVersion[] = []): Result<void, StorageError> {
  try {
    const text = encodeCopy(copyText(work, saved));
    storage.setItem(KEY_PREFIX + work.document.id, text);
    return ok(undefined);
  } catch (error) {
    // localStorage holds about 5 MB per site; even compressed, a huge document may not fit.
    return err(isQuotaError(error) ? { code: 'quota-exceeded' } : { code: 'write-failed' });
  }
}

function patchCopyOf(id: string, value: Record<string, unknown>): PatchCopy | null {
  const { generation, schemaVersion, patches } = value;
  if (typeof generation !== 'number' || typeof schemaVersion !== 'number' || !Array.isArray(patches)) return null;
  const valid = patches.every((patch) => isDocumentPatch(patch) && typeof (patch as { base?: unknown }).base === 'number');
  return valid ? { id, generation, schemaVersion, patches: patches as PatchCopy['patches'] } : null;
}

function parseCopy(id: string, stored: string): Result<EmergencyCopy | PatchCopy, DamagedError> {
  const text = decodeCopy(stored);
  let value: unknown;
  try {
    value = text === null ? undefined : JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (value === undefined) return err({ code: 'damaged', id, error: { code: 'not-json' }, raw: stored });
  if (isPlainObject(value) && Object.hasOwn(value, 'patches')) {
    const copy = patchCopyOf(id, value);
    return copy ? ok(copy) : err({ code: 'damaged', id, error: { code: 'not-salesflow' }, raw: stored });
  }
  // A copy from before generations is the bare file envelope.
  const wrapped = isPlainObject(value) && Object.hasOwn(value, 'file') ? value : null;
  const stamp = wrapped?.['generation'];
  const generation = typeof stamp === 'number' && Number.isFinite(stamp) ? stamp : null;
  const document = documentFromFile(id, wrapped ? wrapped['file'] : value);
  return document.ok ? ok({ document: document.value, generation }) : document;
}

export function isPatchCopy(copy: EmergencyCopy | PatchCopy): copy is PatchCopy {
  return Object.hasOwn(copy, 'patches');
}

/**
 * Every copy left by a page that closed with unsaved work: a whole document validated like an
 * imported file, or a big document's changes, validated once applied to what the database holds.
 */
export function readEmergency(storage: StorageLike): Result<EmergencyCopy | PatchCopy, DamagedError>[] {
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

/**
 * Removes a document's copy; with `savedGeneration`, only a copy that save made redundant: a save
 * that was running when the page hid must not remove the copy of the edits made after it.
 */
export function clearEmergency(storage: StorageLike, id: string, savedGeneration?: number): void {
  if (savedGeneration !== undefined) {
    const stored = storage.getItem(KEY_PREFIX + id);
    if (stored === null) return;
    const copy = parseCopy(id, stored);
    if (copy.ok && copy.value.generation !== null && copy.value.generation > savedGeneration) return;
  }
  storage.removeItem(KEY_PREFIX + id);
}

/**
 * Whether a recovered copy holds work the database lacks: made at a later save generation than
 * the stored row's. A copy whose save did commit after all has the row's generation and is
 * dropped. Only a copy from before generations falls back to comparing `updatedAt`.
 */
export function isNewerThanStored(copy: EmergencyCopy, stored: { document: SalesDocument; generation: number } | null): boolean {
  if (stored === null) return true;
  if (copy.generation === null) return copy.document.updatedAt > stored.document.updatedAt;
  return copy.generation > stored.generation;
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
  repository: Pick<DocumentRepository, 'load' | 'save' | 'generationOf'>,
  onlyId?: string,
): Promise<Recovery> {
  const recovery: Recovery = { recovered: [], damaged: [], failed: [] };
  for (const copy of readEmergency(storage)) {
    if (!copy.ok) {
      if (onlyId === undefined || copy.error.id === onlyId) recovery.damaged.push(copy.error);
      continue;
    }
    const id = isPatchCopy(copy.value) ? copy.value.id : copy.value.document.id;
    if (onlyId !== undefined && id !== onlyId) continue;
    const stored = await repository.load(id);
    if (!stored.ok && stored.error.code !== 'not-found' && stored.error.code !== 'damaged') {
      recovery.failed.push(stored.error);
      continue;
    }
    const generation = await repository.generationOf(id);
    if (!generation.ok) {
      recovery.failed.push(generation.error);
      continue;
    }
    const row = stored.ok ? { document: stored.value, generation: generation.value } : null;
    const newer = isPatchCopy(copy.value) ? patchedDocument(copy.value, row, storage) : wholeDocument(copy.value, row);
    if (!newer.ok) {
      recovery.damaged.push(newer.error);
      continue;
    }
    if (newer.value !== null) {
      const saved = await repository.save(newer.value.document, undefined, newer.value.generation);
      if (!saved.ok) {
        recovery.failed.push(saved.error);
        continue;
      }
      recovery.recovered.push(id);
    }
    clearEmergency(storage, id);
  }
  return recovery;
}

type Recovered = Result<{ document: SalesDocument; generation: number | undefined } | null, DamagedError>;

/** A whole copy, when newer than the row; a damaged row is replaced by it, its newer, valid version. */
function wholeDocument(copy: EmergencyCopy, row: SavedVersion | null): Recovered {
  return ok(isNewerThanStored(copy, row) ? { document: copy.document, generation: copy.generation ?? undefined } : null);
}

/**
 * A patch copy applied to the row it was made from, when newer than the row. It is kept, as a
 * damaged copy, when that row is gone or was written by something else since, or when the app's
 * schema changed in between: its changes cannot be placed then, and the user is told.
 */
function patchedDocument(copy: PatchCopy, row: SavedVersion | null, storage: StorageLike): Recovered {
  if (row !== null && row.generation >= copy.generation) return ok(null);
  const raw = storage.getItem(KEY_PREFIX + copy.id);
  const damaged = (error: DamagedError['error']): Recovered => err({ code: 'damaged', id: copy.id, error, raw });
  if (copy.schemaVersion !== CURRENT_SCHEMA_VERSION) return damaged({ code: 'migration-failed', fromVersion: copy.schemaVersion });
  const patch = row === null ? undefined : copy.patches.find((each) => each.base === row.generation);
  const applied = row !== null && patch !== undefined ? applyPatch(row.document, patch) : null;
  if (row === null || applied === null) return damaged({ code: 'invalid', path: 'base', reason: 'required' });
  const document = documentFromFile(copy.id, { ...toDocumentFile(row.document), document: applied });
  return document.ok ? ok({ document: document.value, generation: copy.generation }) : document;
}

export interface PageHideGuard {
  /** The work not yet confirmed saved, if any (from Autosaver.unsaved). */
  unsaved: () => UnsavedWork | undefined;
  /** The versions the database may hold when the page is gone, to write a big document's changes from. */
  saved: () => readonly SavedVersion[];
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
 * On `beforeunload` the copy is written first, and when it cannot be (localStorage full too),
 * the browser's leave prompt is asked for: the only way left to keep the work. Answers the
 * function that removes the listeners.
 */
export function guardUnsavedWork(guard: PageHideGuard): () => void {
  // The same work is not compressed and written twice in one close (beforeunload, then pagehide).
  let written: UnsavedWork | undefined;
  const keep = (): Result<void, StorageError> | null => {
    const work = guard.unsaved();
    if (work === undefined) return null;
    if (work === written) return ok(undefined);
    const result = writeEmergency(guard.storage, work, guard.saved());
    if (result.ok) written = work;
    else guard.onError(result.error);
    return result;
  };
  const onHide = (): void => {
    if (keep() === null) return;
    guard.flush();
  };
  const onVisibility = (): void => {
    if (guard.document.visibilityState === 'hidden') onHide();
  };
  const onBeforeUnload = (event: Event): void => {
    const kept = keep();
    if (kept === null || kept.ok) return;
    event.preventDefault();
    // Chromium before 119 and Safari show the prompt only for a truthy returnValue.
    (event as BeforeUnloadEvent).returnValue = true;
  };
  guard.window.addEventListener('beforeunload', onBeforeUnload);
  guard.window.addEventListener('pagehide', onHide);
  guard.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    guard.window.removeEventListener('beforeunload', onBeforeUnload);
    guard.window.removeEventListener('pagehide', onHide);
    guard.document.removeEventListener('visibilitychange', onVisibility);
  };
}
