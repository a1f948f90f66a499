// Shared flowcharts in `Back up all` and `Restore from backup`. A backup's documents already hold
// each shared flowchart's content as this browser last saved it; this adds, in a `shared` section
// beside them, what makes it shared here: its registry entry (the server's name for it, this
// browser's link token, the owner key if this browser keeps one) and its local Yjs copy, which
// holds edits the server has not stored yet. Restoring re-joins each shared flowchart the restore
// brought back: the entry is remembered and the copy merged into this browser's, so opening it
// syncs with the server and sends what the server lacks.

import { fromBase64, toBase64 } from '../lib/base64';
import { isPlainObject } from '../lib/isPlainObject';
import { rememberShared, sharedEntry, type SharedEntry } from './sharedRegistry';

export const SHARED_SECTION = 'shared';

/** A backup's local copy is at most what the server accepts in one upload. */
const MAX_LOCAL_COPY_BYTES = 16 * 1024 * 1024;
// Names, tokens and owner keys are base64url and dots (server/tokens.ts, ownerSecret.ts).
const TOKEN_TEXT = /^[A-Za-z0-9_.-]{1,2000}$/;

export interface SharedBackupEntry {
  documentId: string;
  entry: SharedEntry;
  /** The local copy's Yjs state in base64; absent when this browser held none. */
  localCopy?: string;
}

export interface LocalCopies {
  read: (name: string) => Promise<Uint8Array | null>;
  merge: (name: string, state: Uint8Array) => Promise<boolean>;
}

// Yjs and y-indexeddb load only when the library backs up or restores a shared flowchart.
const lazyCopies: LocalCopies = {
  read: async (name) => (await import('./localCopy')).readLocalCopy(name),
  merge: async (name, state) => (await import('./localCopy')).mergeIntoLocalCopy(name, state),
};

/** The `shared` section for the backed-up documents that are shared here. */
export async function sharedSection(documentIds: readonly string[], storage: Storage = localStorage, copies: LocalCopies = lazyCopies): Promise<SharedBackupEntry[]> {
  const section: SharedBackupEntry[] = [];
  for (const documentId of documentIds) {
    const known = sharedEntry(documentId, storage);
    if (known === null) continue;
    // What the server last said is of the moment, not of the document.
    const entry: SharedEntry = { ...known };
    delete entry.lastState;
    const state = await copies.read(entry.name).catch(() => null);
    section.push(state === null ? { documentId, entry } : { documentId, entry, localCopy: toBase64(state) });
  }
  return section;
}

function readLinks(value: unknown): SharedEntry['links'] | undefined {
  if (!isPlainObject(value)) return undefined;
  const { edit, view } = value;
  const isLink = (link: unknown): link is string => typeof link === 'string' && /^https?:\/\//.test(link) && link.length <= 4000;
  return isLink(edit) && isLink(view) ? { edit, view } : undefined;
}

function readEntry(value: unknown): SharedBackupEntry | null {
  if (!isPlainObject(value) || typeof value['documentId'] !== 'string' || !isPlainObject(value['entry'])) return null;
  const { name, token, role, ownerSecret, links } = value['entry'];
  if (typeof name !== 'string' || typeof token !== 'string' || !TOKEN_TEXT.test(name) || !TOKEN_TEXT.test(token)) return null;
  if (role !== 'edit' && role !== 'view') return null;
  const entry: SharedEntry = { name, token, role };
  if (typeof ownerSecret === 'string' && TOKEN_TEXT.test(ownerSecret)) entry.ownerSecret = ownerSecret;
  const readableLinks = readLinks(links);
  if (readableLinks) entry.links = readableLinks;
  const localCopy = value['localCopy'];
  const copy = typeof localCopy === 'string' && localCopy.length <= (MAX_LOCAL_COPY_BYTES * 4) / 3 + 4 ? { localCopy } : {};
  return { documentId: value['documentId'], entry, ...copy };
}

/** The backup's `shared` section, each entry checked (a backup is a file: anything may be in it); invalid ones are left out. */
export function readSharedSection(backup: unknown): SharedBackupEntry[] {
  const section = isPlainObject(backup) ? backup[SHARED_SECTION] : undefined;
  return Array.isArray(section) ? section.map(readEntry).filter((entry) => entry !== null) : [];
}

/**
 * Re-joins the shared flowcharts among `restoredIds` (the documents the restore added or took out
 * of the trash): their local copies first, so that a session never opens without them, then their
 * entries. Answers the documents re-joined. A document kept as it was is left as it was.
 */
export async function rejoinFromBackup(
  section: readonly SharedBackupEntry[],
  restoredIds: ReadonlySet<string>,
  storage: Storage = localStorage,
  copies: LocalCopies = lazyCopies,
): Promise<string[]> {
  const rejoined: string[] = [];
  for (const { documentId, entry, localCopy } of section) {
    if (!restoredIds.has(documentId)) continue;
    const state = localCopy === undefined ? null : fromBase64(localCopy);
    // A copy that cannot be read is left out: the server's version opens instead.
    if (state !== null) await copies.merge(entry.name, state).catch(() => false);
    rememberShared(documentId, entry, storage);
    rejoined.push(documentId);
  }
  return rejoined;
}
