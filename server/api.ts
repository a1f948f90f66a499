// The team server's HTTP answers besides the app itself: health, readiness, the endpoint by which
// the app knows it is served by a team server, and sharing (upload a document, get its links).

import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as Y from 'yjs';
import { APP_VERSION } from '../src/lib/appVersion';
import { parseDocumentFile } from '../src/model/parse';
import { docToYjs } from '../src/sync/binding/docToYjs';
import { tokensFor } from './accessTokens';
import type { DocumentStore } from './documentStore';

/** A document file larger than this is refused before it is read (the model's own caps apply after). */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

export interface ApiState {
  store: DocumentStore;
  secret: string;
  /** False until the server listens, and again once shutdown has begun. */
  ready: () => boolean;
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
  state.store.create(name, Y.encodeStateAsUpdate(ydoc));
  ydoc.destroy();
  answerJson(response, 201, { document: name, tokens: tokensFor(name, 1, state.secret) });
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
  if (path.startsWith('/api/')) {
    answerJson(response, 404, { error: 'not-found' });
    return true;
  }
  return false;
}
