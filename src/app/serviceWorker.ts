import type { Workbox } from 'workbox-window';
import { afterFirstScreen } from '../lib/firstScreen';

// The service worker (vite.config.ts builds it) keeps the app working with no network. A new
// version never takes over by itself: it waits, the page offers `Reload`, and only the user's click
// lets it activate and reloads, so nobody loses an edit in progress to an update.

const HOUR = 60 * 60 * 1000;
// A page that never draws a screen of its own (a message instead) still registers, later.
const SCREEN_WAIT_MS = 5000;

let waitingUpdate: Workbox | undefined;
const listeners = new Set<() => void>();

function announce(workbox: Workbox | undefined): void {
  waitingUpdate = workbox;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: whether a new version is waiting for the user's Reload. */
export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function updateWaiting(): boolean {
  return waitingUpdate !== undefined;
}

/** Lets the waiting version take over; the page reloads once it controls the page. */
export function applyUpdate(): void {
  const workbox = waitingUpdate;
  if (workbox === undefined) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

function watch(workbox: Workbox): void {
  workbox.addEventListener('waiting', () => announce(workbox));
  // Offline, the browser cannot fetch the worker script to compare it: the installed one keeps
  // serving, and that is the point, so the failure is not worth a message.
  workbox.register({ immediate: true }).catch(() => undefined);
  // A tab left open for days would otherwise only learn of a new version on its next navigation.
  const check = () => void workbox.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, HOUR);
}

/**
 * Registers after `load` and once the first screen is painted (firstScreen.ts), so that it never
 * competes with that paint; Workbox's window library is loaded then too, which keeps it out of
 * the start screen's JavaScript.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('workbox-window')
      .then(({ Workbox }) => watch(new Workbox(`${import.meta.env.BASE_URL}sw.js`)))
      // Only without a network and without a cache: the page then runs as it always did.
      .catch(() => undefined);
  };
  const afterLoad = () => afterFirstScreen(start, SCREEN_WAIT_MS);
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}
