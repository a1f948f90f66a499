// Saving as the user edits: changes are collected for a short pause and then stored, at most one
// save runs at a time, and a failed save keeps the document so that nothing is dropped.

import type { Result } from '../lib/result';
import type { StorageError } from './errors';

export type SaveState = { status: 'saved' } | { status: 'saving' } | { status: 'error'; error: StorageError };

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<Result<unknown, StorageError>>;
  /** The pause after the last change before saving. */
  delayMs?: number;
  /** Continuous editing still saves this long after the first unsaved change. */
  maxWaitMs?: number;
  /** After a failure, the next attempt (a full disk may be cleared, another tab may close). */
  retryMs?: number;
  onState?: (state: SaveState) => void;
}

export interface Autosaver<T> {
  /** The latest value; earlier unsaved ones are superseded. */
  schedule(value: T): void;
  /**
   * Saves what is unsaved now (leaving the editor, handing the document to another tab) and
   * resolves with the state once the value that was latest at the call is stored or has failed.
   */
  flush(): Promise<SaveState>;
  /** What the `Retry` action calls: the same as flush, named for the reader of the UI code. */
  retry(): Promise<SaveState>;
  state(): SaveState;
  /** The value not yet confirmed saved (pending, being saved or failed), for the emergency copy. */
  unsaved(): T | undefined;
  /** The value whose save is running, if one is: it may yet commit. */
  saving(): T | undefined;
  /** Stops the timers; call after a final flush. */
  dispose(): void;
}

const SAVED: SaveState = { status: 'saved' };
const SAVING: SaveState = { status: 'saving' };

export function createAutosaver<T>({
  save,
  delayMs = 300,
  maxWaitMs = 1000,
  retryMs = 5000,
  onState,
}: AutosaverOptions<T>): Autosaver<T> {
  let current: SaveState = SAVED;
  let pending: T | undefined;
  let failed: T | undefined;
  let inFlight: { value: T; done: Promise<void> } | null = null;
  let delayTimer: ReturnType<typeof setTimeout> | undefined;
  let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  function setState(next: SaveState): void {
    if (next === current) return;
    current = next;
    onState?.(next);
  }

  function clearTimers(): void {
    clearTimeout(delayTimer);
    clearTimeout(maxWaitTimer);
    clearTimeout(retryTimer);
    delayTimer = maxWaitTimer = retryTimer = undefined;
  }

  function armTimers(): void {
    clearTimeout(delayTimer);
    delayTimer = setTimeout(start, delayMs);
    maxWaitTimer ??= setTimeout(start, maxWaitMs);
  }

  async function run(value: T): Promise<void> {
    let result: Result<unknown, StorageError>;
    try {
      result = await save(value);
    } catch {
      result = { ok: false, error: { code: 'write-failed' } };
    }
    inFlight = null;
    if (!result.ok) {
      // A newer value replaces the one that failed; otherwise keep it for the retry.
      if (pending === undefined) failed = value;
      setState({ status: 'error', error: result.error });
      if (pending === undefined) retryTimer = setTimeout(start, retryMs);
      else armTimers();
      return;
    }
    if (pending === undefined) setState(SAVED);
    else armTimers();
  }

  /** Starts a save of the newest unsaved value, unless one is already running. */
  function start(): Promise<void> {
    // Cleared even when a save is running: its end re-arms them if a newer value is waiting.
    clearTimers();
    if (inFlight) return inFlight.done;
    const value = pending ?? failed;
    if (value === undefined) return Promise.resolve();
    pending = failed = undefined;
    setState(SAVING);
    inFlight = { value, done: run(value) };
    return inFlight.done;
  }

  async function flush(): Promise<SaveState> {
    if (inFlight) await inFlight.done;
    // The save that was running may have left a newer value waiting, or failed.
    await start();
    return current;
  }

  return {
    schedule(value) {
      pending = value;
      failed = undefined;
      clearTimeout(retryTimer);
      setState(SAVING);
      armTimers();
    },
    flush,
    retry: flush,
    state: () => current,
    unsaved: () => pending ?? inFlight?.value ?? failed,
    saving: () => inFlight?.value,
    dispose: clearTimers,
  };
}
