import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { metaOf } from '../src/sync/binding/shape';
import { openSharedSession, type SharedSession } from '../src/sync/sharedSession';
import { share, until, type Shared } from './testHarness';
import { startTeamServer, type TeamServer } from './teamServer';

const SECRET = 'history-secret-of-at-least-thirty-two-characters';
const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-history-'));
let server: TeamServer;
const sessions: SharedSession[] = [];

beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir, appDir: join(dataDir, 'no-app'), secret: SECRET });
});
afterAll(async () => {
  for (const session of sessions) session.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function history(document: string, token: string | null, { id, method = 'GET' }: { id?: number; method?: string } = {}): Promise<Response> {
  const path = `${server.url}api/documents/${document}/snapshots${id === undefined ? '' : `/${id}`}`;
  return fetch(path, { method, headers: token === null ? {} : { Authorization: `Bearer ${token}` } });
}

interface Listed {
  snapshots: { id: number; createdAt: number; reason: string; nodeCount: number }[];
}

async function titleOfSnapshot(document: string, token: string, id: number): Promise<string | undefined> {
  const response = await history(document, token, { id });
  expect(response.status).toBe(200);
  const parsed = parseDocumentFile(await response.text());
  return parsed.ok ? parsed.value.title : undefined;
}

describe('a shared document\'s history over HTTP', () => {
  it('keeps the document as shared, and lists and reads it for both links', async () => {
    const { document, tokens } = await share(server, 'Pipeline');
    for (const token of [tokens.edit, tokens.view]) {
      const response = await history(document, token);
      expect(response.status).toBe(200);
      const { snapshots } = (await response.json()) as Listed;
      expect(snapshots).toEqual([{ id: expect.any(Number) as number, createdAt: expect.any(Number) as number, reason: 'shared', nodeCount: sampleDocument().nodes.length }]);
      expect(await titleOfSnapshot(document, token, snapshots[0]!.id)).toBe('Pipeline');
    }
  });

  it('refuses no token, a made-up one, another document\'s, and an unknown document alike', async () => {
    const a = await share(server, 'A');
    const b = await share(server, 'B');
    const [snapshotOfA] = ((await (await history(a.document, a.tokens.edit)).json()) as Listed).snapshots;
    for (const [document, token] of [
      [a.document, null],
      [a.document, 'e30.AAAA'],
      [a.document, b.tokens.edit],
      ['no-such-document', a.tokens.edit],
    ] as const) {
      expect((await history(document, token)).status).toBe(403);
      expect((await history(document, token, { id: snapshotOfA!.id })).status).toBe(403);
      expect((await history(document, token, { method: 'POST' })).status).toBe(403);
    }
    // B's link does not read A's snapshot by its id.
    expect((await history(b.document, b.tokens.edit, { id: snapshotOfA!.id })).status).toBe(404);
  });

  it('keeps the document as it is now when an edit link asks, never for a view link', async () => {
    const { document, tokens } = await share(server, 'Before');
    const editor = openSharedSession({ url: `ws://127.0.0.1:${server.port}/collab`, name: document, token: tokens.edit, WebSocketPolyfill: WebSocket, localCopy: false });
    sessions.push(editor);
    expect(await editor.ready).toBe(true);
    metaOf(editor.ydoc).set('title', 'Edited live');
    await until(() => editor.status() === 'saved', 'the edit stored');

    expect((await history(document, tokens.view, { method: 'POST' })).status).toBe(403);
    expect(((await (await history(document, tokens.view)).json()) as Listed).snapshots).toHaveLength(1);

    const kept = await history(document, tokens.edit, { method: 'POST' });
    expect(kept.status).toBe(201);
    const { snapshot } = (await kept.json()) as { snapshot: Listed['snapshots'][number] };
    expect(snapshot.reason).toBe('before-restore');
    expect(await titleOfSnapshot(document, tokens.view, snapshot.id)).toBe('Edited live');
    // Asked again with nothing changed: the same snapshot, not a second one.
    const again = (await (await history(document, tokens.edit, { method: 'POST' })).json()) as { snapshot: Listed['snapshots'][number] };
    expect(again.snapshot.id).toBe(snapshot.id);
    expect(((await (await history(document, tokens.edit)).json()) as Listed).snapshots.map((listed) => listed.reason)).toEqual(['before-restore', 'shared']);
  });

  it('stops answering a link its owner replaced', async () => {
    const { document, tokens, ownerSecret } = await share(server, 'Renewed');
    const renewed = await fetch(`${server.url}api/documents/${document}/links`, { method: 'POST', headers: { Authorization: `Bearer ${ownerSecret}` } });
    const fresh = ((await renewed.json()) as Pick<Shared, 'tokens'>).tokens;
    expect((await history(document, tokens.view)).status).toBe(403);
    expect((await history(document, fresh.view)).status).toBe(200);
  });
});
