// The team server's HTTP answers besides the app itself: health, readiness, the endpoint by which
// the app knows it is served by a team server, sharing (upload a document, get its links), and a
// shared document's history (historyApi.ts).

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { APP_VERSION } from '../src/lib/appVersion';
import { parseDocumentFile } from '../src/model/parse';
import { docToYjs } from '../src/sync/binding/docToYjs';
import { tokensFor } from './accessTokens';
import { answerHistory, type HistoryState } from './historyApi';
import { isOwnerSecret, ownerSecretFor } from './ownerSecret';

/** A document file larger than this is refused before it is read (the model's own caps apply after). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

export interface ApiState extends HistoryState {
  /** False until the server listens, and again once shutdown has begun. */
  ready: () => boolean;
  /** Ends every connection to the document: links of an old generation are then refused on reconnecting. */
  closeConnections: (document: string) => void;
}

function answerJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

// Share: the document as a Salesflow file, validated by the model like any import, written into a
// new Y.Doc by the binding and stored before the links are given.
async function shareDocument(request: IncomingMessage, response: ServerResponse, state: ApiState): Promise<void> {
  const text = await readBody(request, MAX_UPLOAD_BYTES);
  if (text === null) return answerJson(response, 413, { error: 'too-large' });
  const parsed = parseDocumentFile(text);
  if (!parsed.ok) return answerJson(response, 400, { error: 'invalid-document', detail: parsed.error });
  const ydoc = new Y.Doc();
  docToYjs(parsed.value, ydoc);
  const name = randomBytes(16).toString('base64url');
  await state.store.create(name, Y.encodeStateAsUpdate(ydoc));
  // The first point in the document's history: as it was shared.
  await state.history.keep(name, ydoc, 'shared');
  ydoc.destroy();
  answerJson(response, 201, { document: name, tokens: tokensFor(name, 1, state.secret), ownerSecret: ownerSecretFor(name, state.secret) });
}

// `New links` and `Stop sharing`, for the holder of the document's owner key only: both move the
// links' generation on, so every link given so far stops working, and end the open connections so
// that nobody keeps editing through one. New links answers the next generation's tokens.
const OWNER_ACTION = /^\/api\/documents\/([A-Za-z0-9_-]{1,200})\/(links|stop)$/;

async function ownerAction(request: IncomingMessage, response: ServerResponse, state: ApiState, document: string, action: string): Promise<void> {
  const bearer = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(request.headers.authorization ?? '');
  // One refusal for "no such document" and "wrong key", as for links.
  if (bearer === null || !isOwnerSecret(bearer[1]!, document, state.secret)) return answerJson(response, 403, { error: 'not-owner' });
  const generation = await state.store.moveGeneration(document);
  if (generation === null) return answerJson(response, 403, { error: 'not-owner' });
  state.closeConnections(document);
  if (action === 'links') return answerJson(response, 200, { tokens: tokensFor(document, generation, state.secret) });
  answerJson(response, 200, { stopped: true });
}

/** True when the request was answered here. */
export async function answerApi(request: IncomingMessage, response: ServerResponse, state: ApiState): Promise<boolean> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/healthz') {
    answerJson(response, 200, { status: 'ok' });
    return true;
  }
  if (path === '/readyz') {
    answerJson(response, state.ready() ? 200 : 503, { status: state.ready() ? 'ready' : 'not-ready' });
    return true;
  }
  if (path === '/api/server' && request.method === 'GET') {
    answerJson(response, 200, { app: 'salesflow', version: APP_VERSION });
    return true;
  }
  if (path === '/api/documents' && request.method === 'POST') {
    await shareDocument(request, response, state);
    return true;
  }
  const owned = request.method === 'POST' ? OWNER_ACTION.exec(path) : null;
  if (owned !== null) {
    await ownerAction(request, response, state, owned[1]!, owned[2]!);
    return true;
  }
  if (await answerHistory(request, response, path, state)) return true;
  if (path.startsWith('/api/')) {
    answerJson(response, 404, { error: 'not-found' });
    return true;
  }
  return false;
}
