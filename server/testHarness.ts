// What the team server's tests do the same way: share a document over the API, open a session on
// it as a browser of its own would, and wait for what the sessions see.

import WebSocket from 'ws';
import { serializeDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { openSharedSession, type SharedSession, type SharedStatus } from '../src/sync/sharedSession';
import type { TeamServer } from './teamServer';

export interface Shared {
  document: string;
  tokens: { edit: string; view: string };
  ownerSecret: string;
}

/** Shares a sample document titled `title` (its id `doc-<title>`); throws unless the server made it. */
export async function share(server: TeamServer, title: string): Promise<Shared> {
  const response = await fetch(`${server.url}api/documents`, { method: 'POST', body: serializeDocumentFile(sampleDocument({ id: `doc-${title}`, title })) });
  if (response.status !== 201) throw new Error(`sharing ${title} answered ${response.status}`);
  return (await response.json()) as Shared;
}

/**
 * Opens a session with no local copy, so each stands for a browser of its own, and adds it to
 * `sessions` for the test file to destroy.
 */
export function openSession(server: TeamServer, sessions: SharedSession[], name: string, token: string, statuses: SharedStatus[] = []): SharedSession {
  const session = openSharedSession({
    url: `ws://127.0.0.1:${server.port}/collab`,
    name,
    token,
    WebSocketPolyfill: WebSocket,
    localCopy: false,
    onStatus: (status) => statuses.push(status),
  });
  sessions.push(session);
  return session;
}

/** Waits for `condition`, polling every 20 ms, or throws naming `what` after `limitMs`. */
export async function until(condition: () => boolean, what: string, limitMs = 5000): Promise<void> {
  for (let waited = 0; waited < limitMs; waited += 20) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}
