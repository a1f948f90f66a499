// Whether the browser may clear this site's storage under pressure (Safari does after seven days
// without a visit). Persistent storage is only granted on request, and some browsers ask the user.

export type PersistenceState = 'persisted' | 'best-effort' | 'unsupported';

export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted'>>;

function browserStorageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManagerLike | undefined);
}

/**
 * Reports whether storage is persistent and, when `request` is set and it is not, asks for it.
 * Firefox shows a permission prompt for the request, so make it after a user action.
 */
export async function persistState(
  { request }: { request: boolean },
  manager: StorageManagerLike | undefined = browserStorageManager(),
): Promise<PersistenceState> {
  if (typeof manager?.persisted !== 'function') return 'unsupported';
  try {
    if (await manager.persisted()) return 'persisted';
    if (request && typeof manager.persist === 'function' && (await manager.persist())) return 'persisted';
    return 'best-effort';
  } catch {
    // Some browsers reject outside a secure context or in private windows: nothing is persisted.
    return 'best-effort';
  }
}
