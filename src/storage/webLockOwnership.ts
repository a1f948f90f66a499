// Ownership of a document through the Web Locks API: the browser grants the lock to one tab at a
// time and releases it when that tab closes or crashes, so no tab can hold it after it is gone.

import type { Ownership, OwnershipListener } from './tabs';

export type LockManagerLike = Pick<LockManager, 'request'>;

export function webLockOwnership(
  locks: LockManagerLike,
  name: string,
  onChange: OwnershipListener,
  handOverGraceMs: number,
): Ownership {
  let release: (() => void) | null = null;
  let waiting: AbortController | null = null;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  /** Resolves once the request is answered: granted, or refused when `ifAvailable`. */
  function request(options: LockOptions): Promise<void> {
    return new Promise((answered) => {
      let held = false;
      locks
        .request(name, options, (lock) => {
          answered();
          if (lock === null) {
            onChange(false);
            queue();
            return undefined;
          }
          held = true;
          onChange(true);
          return new Promise<void>((resolve) => {
            release = resolve;
          });
        })
        .then(
          () => {
            // Released by this tab: after a hand-over nobody took, wait for a turn again.
            if (held && !closed) queue();
          },
          () => {
            // An AbortError: a queued request this tab cancelled, or a held lock another tab stole.
            answered();
            if (!held) return;
            release = null;
            onChange(false);
            if (!closed) queue();
          },
        );
    });
  }

  /** Waits in line, so that this tab becomes the writer when the current one closes. */
  function queue(): void {
    waiting = new AbortController();
    void request({ signal: waiting.signal });
  }

  function stopWaiting(): void {
    waiting?.abort();
    waiting = null;
  }

  void request({ ifAvailable: true });

  return {
    steal() {
      clearTimeout(graceTimer);
      // Still held after handing over: taking it back needs no stealing from itself.
      if (release !== null) {
        onChange(true);
        return Promise.resolve();
      }
      stopWaiting();
      return request({ steal: true });
    },
    handOver() {
      // Held until the requesting tab steals it, so that the lock goes to that tab and not to
      // whichever tab queued first; released anyway if the requester has gone away meanwhile.
      const releaseHeld = release;
      graceTimer = setTimeout(() => {
        if (release === releaseHeld) {
          release = null;
          releaseHeld?.();
        }
      }, handOverGraceMs);
    },
    close() {
      closed = true;
      clearTimeout(graceTimer);
      stopWaiting();
      release?.();
      release = null;
    },
  };
}
