// Deleting a shared document from the library means leaving it: this browser's copy goes to the
// trash (restorable as a flowchart of one's own, no longer shared), the registry forgets the link,
// and the Yjs copy kept for offline edits is dropped. The document stays on the team server for
// everyone else, and its link opens it again. Its owner may stop sharing it on the way out.

import { err, ok, type Result } from '../lib/result';
import type { StorageError } from '../storage/errors';
import type { Repository } from '../storage/repository';
import { forgetShared, rememberShared, type SharedEntry } from './sharedRegistry';
import { stopSharing, type ShareError } from './teamServer';

export type LeaveError = { code: 'stop-failed'; error: ShareError } | { code: 'trash-failed'; error: StorageError };

export interface Left {
  entry: SharedEntry;
  /** Sharing was stopped too: no link opens the document any more. */
  stopped: boolean;
}

export interface LeaveOptions {
  /** Stop sharing first, with the owner key this browser keeps. */
  stopSharing: boolean;
  fetchImpl?: typeof fetch;
  /** Drops the Yjs copy (localCopy.ts, loaded only now: the library stays free of Yjs). */
  clearLocalCopy?: (name: string) => Promise<void>;
}

async function clearLocalCopyLazily(name: string): Promise<void> {
  const { clearLocalCopy } = await import('./localCopy');
  await clearLocalCopy(name);
}

function dropLocalCopy(documentId: string, entry: SharedEntry, clear: (name: string) => Promise<void>): void {
  forgetShared(documentId);
  // Not awaited: another tab holding the copy open delays its deletion until that tab lets go,
  // and nothing is left to decide by then.
  void clear(entry.name).catch(() => undefined);
}

/**
 * Leaves the shared document `documentId` (whose registry entry is `entry`). With
 * `stopSharing`, sharing is stopped first and nothing else happens when that fails.
 */
export async function leaveShared(
  documentId: string,
  entry: SharedEntry,
  repository: Pick<Repository, 'moveToTrash'>,
  { stopSharing: stop, fetchImpl = fetch, clearLocalCopy = clearLocalCopyLazily }: LeaveOptions,
): Promise<Result<Left, LeaveError>> {
  if (stop && entry.ownerSecret !== undefined) {
    const stopped = await stopSharing(entry.name, entry.ownerSecret, fetchImpl);
    if (!stopped.ok) return err({ code: 'stop-failed', error: stopped.error });
  }
  const moved = await repository.moveToTrash(documentId);
  if (!moved.ok) {
    // Sharing stopped but the copy stayed: it is a flowchart of one's own now, as after Stop sharing.
    if (stop) dropLocalCopy(documentId, entry, clearLocalCopy);
    return err({ code: 'trash-failed', error: moved.error });
  }
  dropLocalCopy(documentId, entry, clearLocalCopy);
  return ok({ entry, stopped: stop && entry.ownerSecret !== undefined });
}

/** Undoes a leave: the copy comes out of the trash and, unless sharing stopped, syncs again from the server. */
export async function rejoinShared(documentId: string, left: Left, repository: Pick<Repository, 'restoreFromTrash'>): Promise<Result<void, StorageError>> {
  const restored = await repository.restoreFromTrash(documentId);
  if (restored.ok && !left.stopped) rememberShared(documentId, left.entry);
  return restored;
}
