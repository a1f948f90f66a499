// Storage failures as values with codes (STYLE.md: errors are values where the caller must
// decide). The UI turns each code into a banner, a save state or a `Download raw data` action.

import { err, type Result } from '../lib/result';
import type { DocumentError } from '../model/errors';
import type { Normalized } from '../model/normalize';

export type StorageError =
  | { code: 'quota-exceeded' }
  /** No IndexedDB (private mode, policy), an open that failed, or an upgrade blocked by another tab. */
  | { code: 'unavailable'; reason: 'blocked' | 'failed' }
  | { code: 'not-found'; id: string }
  /**
   * A stored row failed validation; `raw` is what was read, for `Download raw data`. `repaired` is
   * the document `normalize` made of it, when it could, with what it changed.
   */
  | { code: 'damaged'; id: string; error: DocumentError; raw: unknown; repaired?: Normalized }
  | { code: 'write-failed' };

export type DamagedError = Extract<StorageError, { code: 'damaged' }>;

// Firefox used its own name for a full localStorage before it adopted the standard one.
const QUOTA_NAMES: ReadonlySet<string> = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

// Dexie's names for a database that cannot be opened or was closed under us (an upgrade in
// another tab closes this tab's connection).
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'MissingAPIError',
  'OpenFailedError',
  'DatabaseClosedError',
  'VersionError',
  'SecurityError',
]);

// Dexie wraps causes in `inner` (a failed commit arrives as an AbortError whose `inner` is the
// QuotaExceededError); standard errors use `cause`. The depth bound guards against cycles.
const MAX_CAUSE_DEPTH = 5;

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === 'object' && current !== null; depth += 1) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((name) => QUOTA_NAMES.has(name));
}

/** Classifies a thrown error; `attempted` decides what an unrecognised failure means. */
export function storageErrorFrom(error: unknown, attempted: 'read' | 'write'): StorageError {
  const names = errorNames(error);
  if (names.some((name) => QUOTA_NAMES.has(name))) return { code: 'quota-exceeded' };
  if (attempted === 'read' || names.some((name) => UNAVAILABLE_NAMES.has(name))) {
    return { code: 'unavailable', reason: 'failed' };
  }
  return { code: 'write-failed' };
}

/** Runs a database operation, turning whatever it throws into a StorageError. */
export async function attempt<T>(
  attempted: 'read' | 'write',
  run: () => Promise<Result<T, StorageError>>,
): Promise<Result<T, StorageError>> {
  try {
    return await run();
  } catch (error) {
    return err(storageErrorFrom(error, attempted));
  }
}
