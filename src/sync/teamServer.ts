// The team server as the browser sees it: whether this page was served by one (the server marks
// the page with a meta element; the stand-alone app has none and nothing changes), sharing a document with it, and the
// links that open a shared document (`#/join/<name>/<token>` on the server's own origin).

import { err, ok, type Result } from '../lib/result';
import { serializeDocumentFile } from '../model/parse';
import type { SalesDocument } from '../model/types';

export const JOIN_PREFIX = '#/join/';

export type Role = 'edit' | 'view';

export interface ShareLinks {
  /** The document's name on the server. */
  name: string;
  edit: string;
  view: string;
  /** The edit token, which this browser keeps to open the document as its sharer. */
  editToken: string;
}

export interface SharedDocumentLinks extends ShareLinks {
  /** The sharer's key: New links and Stop sharing. */
  ownerSecret: string;
}

export type ShareError = { code: 'unreachable' } | { code: 'refused'; status: number };

/** Whether the team server served this page (server/staticFiles.ts adds the mark). */
export function servedByTeamServer(page: Pick<Document, 'querySelector'> = document): boolean {
  return page.querySelector('meta[name="salesflow-team-server"]') !== null;
}

export function joinLink(origin: string, name: string, token: string): string {
  return `${origin}/${JOIN_PREFIX}${encodeURIComponent(name)}/${encodeURIComponent(token)}`;
}

/** A join address's document name and token, or null when the hash is not one. */
export function parseJoinHash(hash: string): { name: string; token: string } | null {
  if (!hash.startsWith(JOIN_PREFIX)) return null;
  const parts = hash.slice(JOIN_PREFIX.length).split('/');
  if (parts.length !== 2) return null;
  // Names and tokens are base64url and dots: anything else is not one of ours.
  const valid = /^[A-Za-z0-9_.-]{1,2000}$/;
  const [name = '', token = ''] = parts;
  return valid.test(name) && valid.test(token) ? { name, token } : null;
}

/** The role a token carries, read without checking it: the server checks; this only labels. */
export function roleOfToken(token: string): Role {
  try {
    const body = JSON.parse(atob(token.split('.')[0]!.replaceAll('-', '+').replaceAll('_', '/'))) as unknown;
    return typeof body === 'object' && body !== null && (body as Record<string, unknown>)['r'] === 'view' ? 'view' : 'edit';
  } catch {
    return 'view';
  }
}

function linksOf(origin: string, name: string, tokens: { edit: string; view: string }): ShareLinks {
  return { name, edit: joinLink(origin, name, tokens.edit), view: joinLink(origin, name, tokens.view), editToken: tokens.edit };
}

/** Uploads `document` as a new shared document and answers its two links and its owner key. */
export async function shareDocument(document: SalesDocument, origin: string, fetchImpl: typeof fetch = fetch): Promise<Result<SharedDocumentLinks, ShareError>> {
  let response: Response;
  try {
    response = await fetchImpl('/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: serializeDocumentFile(document) });
  } catch {
    return err({ code: 'unreachable' });
  }
  if (response.status !== 201) return err({ code: 'refused', status: response.status });
  const body = (await response.json()) as { document: string; tokens: { edit: string; view: string }; ownerSecret: string };
  return ok({ ...linksOf(origin, body.document, body.tokens), ownerSecret: body.ownerSecret });
}

async function ownerPost(name: string, action: 'links' | 'stop', ownerSecret: string, fetchImpl: typeof fetch): Promise<Result<Response, ShareError>> {
  try {
    const response = await fetchImpl(`/api/documents/${encodeURIComponent(name)}/${action}`, { method: 'POST', headers: { Authorization: `Bearer ${ownerSecret}` } });
    return response.status === 200 ? ok(response) : err({ code: 'refused', status: response.status });
  } catch {
    return err({ code: 'unreachable' });
  }
}

/** New links for a shared document: the old ones stop working, and whoever uses them is cut off. */
export async function renewLinks(name: string, ownerSecret: string, origin: string, fetchImpl: typeof fetch = fetch): Promise<Result<ShareLinks, ShareError>> {
  const answered = await ownerPost(name, 'links', ownerSecret, fetchImpl);
  if (!answered.ok) return answered;
  const body = (await answered.value.json()) as { tokens: { edit: string; view: string } };
  return ok(linksOf(origin, name, body.tokens));
}

/** Ends sharing: no link opens the document any more; the sharer's copy stays in their library. */
export async function stopSharing(name: string, ownerSecret: string, fetchImpl: typeof fetch = fetch): Promise<Result<void, ShareError>> {
  const answered = await ownerPost(name, 'stop', ownerSecret, fetchImpl);
  return answered.ok ? ok(undefined) : answered;
}
