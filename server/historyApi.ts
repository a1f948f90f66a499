// A shared document's history over HTTP, for whoever holds one of its links (the token as a Bearer
// token, checked like a connection's): both links list the snapshots and read one; only the edit
// link asks for one to be kept, which a browser does before it restores a snapshot. Restoring
// itself is an edit like any other, sent over the collaboration socket, where a view link is
// read-only.
//
//   GET  /api/documents/<name>/snapshots        → { snapshots: [{ id, createdAt, reason, nodeCount }] }, newest first
//   GET  /api/documents/<name>/snapshots/<id>   → the snapshot as a Salesflow file
//   POST /api/documents/<name>/snapshots        → the snapshot kept of the document as it is now (edit link)

import type { IncomingMessage, ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type * as Y from 'yjs';
import type { DocumentStorage } from './documentStorage';
import type { SnapshotKeeper } from './snapshots';
import { verifyToken, type Role } from './tokens';

export interface HistoryState {
  store: DocumentStorage;
  secret: string;
  history: SnapshotKeeper;
  /** The document as the server holds it in memory while someone has it open. */
  openDocument: (document: string) => Y.Doc | undefined;
}

const SNAPSHOTS = /^\/api\/documents\/([A-Za-z0-9_-]{1,200})\/snapshots(?:\/([0-9]{1,15}))?$/;

function answerJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

/** The role the request's token gives on `document`; null for no token, a wrong one, or no such document. */
async function roleOf(request: IncomingMessage, document: string, state: HistoryState): Promise<Role | null> {
  const bearer = /^Bearer ([A-Za-z0-9_.-]{1,2000})$/.exec(request.headers.authorization ?? '');
  if (bearer === null) return null;
  const generation = await state.store.generation(document);
  if (generation === null) return null;
  const verified = verifyToken(bearer[1]!, state.secret, { document, generation });
  return verified.ok ? verified.claims.role : null;
}

function answerSnapshot(request: IncomingMessage, response: ServerResponse, content: Uint8Array): void {
  // Stored gzipped: sent as it is to a client that takes gzip (every browser does).
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' });
    response.end(content);
    return;
  }
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(gunzipSync(content));
}

/** True when the request was one of the history's and was answered here. */
export async function answerHistory(request: IncomingMessage, response: ServerResponse, path: string, state: HistoryState): Promise<boolean> {
  const matched = SNAPSHOTS.exec(path);
  if (matched === null) return false;
  const [, document = '', id] = matched;
  const method = request.method ?? 'GET';
  if (method !== 'GET' && !(method === 'POST' && id === undefined)) {
    answerJson(response, 405, { error: 'method-not-allowed' });
    return true;
  }
  const role = await roleOf(request, document, state);
  // One refusal for "no such document" and "bad token", as for the socket.
  if (role === null) {
    answerJson(response, 403, { error: 'permission-denied' });
    return true;
  }
  if (method === 'POST') {
    if (role !== 'edit') {
      answerJson(response, 403, { error: 'view-only' });
      return true;
    }
    const current = state.openDocument(document) ?? (await state.store.read(document))?.state;
    const kept = current === undefined ? null : await state.history.keep(document, current, 'before-restore');
    if (kept === null) answerJson(response, 409, { error: 'not-kept' });
    else answerJson(response, 201, { snapshot: kept });
    return true;
  }
  if (id === undefined) {
    answerJson(response, 200, { snapshots: await state.store.snapshots.listSnapshots(document) });
    return true;
  }
  const content = await state.store.snapshots.readSnapshot(document, Number(id));
  if (content === null) answerJson(response, 404, { error: 'not-found' });
  else answerSnapshot(request, response, content);
  return true;
}
