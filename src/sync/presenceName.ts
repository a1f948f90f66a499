// The name this browser shows to the others in a shared document: chosen once, kept for every
// shared document, changed from the top bar. A window event tells an open document to send it.

import { MAX_NAME_LENGTH } from './presence';

const NAME_KEY = 'salesflow:presence-name';
export const PRESENCE_NAME_EVENT = 'salesflow:presence-name';

// When storage refuses the name (private mode, full), it holds for this page.
let pageName: string | null = null;

/** The chosen name; null until one is chosen (the guest name is shown then). */
export function presenceName(): string | null {
  try {
    const stored = localStorage.getItem(NAME_KEY)?.trim();
    if (stored) return stored.slice(0, MAX_NAME_LENGTH);
  } catch {
    // As refused: the page's own.
  }
  return pageName;
}

/** An empty name goes back to the guest name. */
export function writePresenceName(name: string): void {
  const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
  pageName = trimmed || null;
  try {
    if (trimmed) localStorage.setItem(NAME_KEY, trimmed);
    else localStorage.removeItem(NAME_KEY);
  } catch {
    // Kept in pageName.
  }
  window.dispatchEvent(new Event(PRESENCE_NAME_EVENT));
}
