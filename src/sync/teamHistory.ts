// A shared document's history as the team server keeps it (server/historyApi.ts): the snapshots,
// one snapshot's document, and asking the server to keep the document as it is now before a
// restore. Every request carries this browser's link token; a view link may list and read.

import { err, ok, type Result } from '../lib/result';
import { isPlainObject } from '../lib/isPlainObject';
import { parseDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';
import type { ShareError } from './teamServer';

const REASONS = ['shared', 'interval', 'before-restore'] as const;

export interface TeamSnapshot {
  id: number;
  createdAt: number;
  /** `unknown` for a reason a newer server gives. */
  reason: (typeof REASONS)[number] | 'unknown';
  nodeCount: number;
}

/** A snapshot the server answered that is not a document this version can read. */
export type TeamHistoryError = ShareError | { code: 'unreadable' };

function snapshotsPath(name: string, id?: number): string {
  return `/api/documents/${encodeURIComponent(name)}/snapshots${id === undefined ? '' : `/${id}`}`;
}

async function ask(path: string, token: string, fetchImpl: typeof fetch, method: 'GET' | 'POST' = 'GET'): Promise<Result<Response, ShareError>> {
  try {
    const response = await fetchImpl(path, { method, headers: { Authorization: `Bearer ${token}` } });
    return response.ok ? ok(response) : err({ code: 'refused', status: response.status });
  } catch {
    return err({ code: 'unreachable' });
  }
}

function readSnapshot(value: unknown): TeamSnapshot | null {
  if (!isPlainObject(value)) return null;
  const { id, createdAt, reason, nodeCount } = value;
  if (typeof id !== 'number' || typeof createdAt !== 'number' || typeof nodeCount !== 'number') return null;
  const known = (REASONS as readonly unknown[]).includes(reason) ? (reason as TeamSnapshot['reason']) : 'unknown';
  return { id, createdAt, reason: known, nodeCount };
}

async function jsonOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/** The document's snapshots on the team server, newest first. */
export async function listTeamSnapshots(name: string, token: string, fetchImpl: typeof fetch = fetch): Promise<Result<TeamSnapshot[], TeamHistoryError>> {
  const answered = await ask(snapshotsPath(name), token, fetchImpl);
  if (!answered.ok) return answered;
  const body = await jsonOf(answered.value);
  const listed = isPlainObject(body) && Array.isArray(body['snapshots']) ? (body['snapshots'] as unknown[]) : null;
  if (listed === null) return err({ code: 'unreadable' });
  return ok(listed.map(readSnapshot).filter((snapshot) => snapshot !== null));
}

/** One snapshot's document, read and checked like any Salesflow file. */
export async function loadTeamSnapshot(name: string, token: string, id: number, fetchImpl: typeof fetch = fetch): Promise<Result<SalesDocument, TeamHistoryError>> {
  const answered = await ask(snapshotsPath(name, id), token, fetchImpl);
  if (!answered.ok) return answered;
  const parsed = parseDocumentFile(await answered.value.text());
  return parsed.ok ? ok(parsed.value) : err({ code: 'unreadable' });
}

/** Asks the server to keep the document as it is now (an edit link only): the restore point of a restore. */
export async function keepTeamSnapshot(name: string, token: string, fetchImpl: typeof fetch = fetch): Promise<Result<TeamSnapshot, TeamHistoryError>> {
  const answered = await ask(snapshotsPath(name), token, fetchImpl, 'POST');
  if (!answered.ok) return answered;
  const body = await jsonOf(answered.value);
  const snapshot = isPlainObject(body) ? readSnapshot(body['snapshot']) : null;
  return snapshot === null ? err({ code: 'unreadable' }) : ok(snapshot);
}
