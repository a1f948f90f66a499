// Which documents of this browser's library are shared, and how to reach them: the document's
// name on the team server and this browser's token (edit or view). Kept in localStorage beside
// the preferences: a few entries, read before the editor opens a document.

import type { Role } from './teamServer';

const STORAGE_KEY = 'salesflow.shared';

export interface SharedEntry {
  name: string;
  token: string;
  role: Role;
  /** The sharer's browser keeps both links to show them again. */
  links?: { edit: string; view: string };
  /** The sharer's browser keeps the owner key: New links and Stop sharing. */
  ownerSecret?: string;
  /** What the team server last said of this browser's copy, for the library to show. */
  lastState?: SharedCopyState;
}

/** `unsynced`: changes made here that the server had not stored when the document was last open. */
export type SharedCopyState = 'saved' | 'unsynced' | 'revoked';

/** Dispatched on `window` when a document becomes shared here, so an open editor starts syncing. */
export const SHARED_EVENT = 'salesflow:shared';

function readAll(storage: Storage): Record<string, SharedEntry> {
  try {
    const value = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as unknown;
    return typeof value === 'object' && value !== null ? (value as Record<string, SharedEntry>) : {};
  } catch {
    return {};
  }
}

function isEntry(value: unknown): value is SharedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { name, token, role } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof token === 'string' && (role === 'edit' || role === 'view');
}

export function sharedEntry(documentId: string, storage: Storage = localStorage): SharedEntry | null {
  const entries = readAll(storage);
  const entry = Object.hasOwn(entries, documentId) ? entries[documentId] : undefined;
  return isEntry(entry) ? entry : null;
}

export function rememberShared(documentId: string, entry: SharedEntry, storage: Storage = localStorage): void {
  const entries = readAll(storage);
  // An edit link never gives way to a view link of the same document opened later.
  const known = Object.hasOwn(entries, documentId) ? entries[documentId] : undefined;
  if (isEntry(known) && known.name === entry.name && known.role === 'edit' && entry.role === 'view') return;
  storage.setItem(STORAGE_KEY, JSON.stringify({ ...entries, [documentId]: entry }));
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(SHARED_EVENT, { detail: documentId }));
}

/** The document is no longer shared here (sharing stopped): it stays in the library as a local one. */
export function forgetShared(documentId: string, storage: Storage = localStorage): void {
  const entries = readAll(storage);
  if (!Object.hasOwn(entries, documentId)) return;
  const rest = { ...entries };
  delete rest[documentId];
  storage.setItem(STORAGE_KEY, JSON.stringify(rest));
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(SHARED_EVENT, { detail: documentId }));
}

/**
 * Notes what the server last said of the document, for its library card. Tells no open editor:
 * the entry's link is unchanged, and SHARED_EVENT would start its session again.
 */
export function noteSharedState(documentId: string, state: SharedCopyState, storage: Storage = localStorage): void {
  const entries = readAll(storage);
  const known = Object.hasOwn(entries, documentId) ? entries[documentId] : undefined;
  if (!isEntry(known) || known.lastState === state) return;
  storage.setItem(STORAGE_KEY, JSON.stringify({ ...entries, [documentId]: { ...known, lastState: state } }));
}
