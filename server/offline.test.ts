import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { serializeDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { metaOf } from '../src/sync/binding/shape';
import { openSharedSession, type SharedSession } from '../src/sync/sharedSession';
import { startTeamServer, type TeamServer } from './teamServer';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-offline-'));
const config = { host: '127.0.0.1', dataDir, appDir: join(dataDir, 'no-app'), secret: 'offline-secret-of-thirty-two-characters' };
const cleanup: (() => unknown)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until(session: SharedSession, status: string): Promise<void> {
  for (let waited = 0; waited < 8000; waited += 25) {
    if (session.status() === status) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the session stayed ${session.status()}, never ${status}`);
}

describe('a shared document while its server is away', () => {
  it('says offline, keeps the edits made meanwhile, and says saved once the returning server stored them', async () => {
    let server: TeamServer = await startTeamServer({ ...config, port: 0 });
    const port = server.port;
    const response = await fetch(`${server.url}api/documents`, { method: 'POST', body: serializeDocumentFile(sampleDocument({ id: 'doc', title: 'Before' })) });
    const { document, tokens } = (await response.json()) as { document: string; tokens: { edit: string } };
    const session = openSharedSession({ url: `ws://127.0.0.1:${port}/collab`, name: document, token: tokens.edit, WebSocketPolyfill: WebSocket, localCopy: false });
    cleanup.push(() => session.destroy());
    expect(await session.ready).toBe(true);

    await server.stop();
    await until(session, 'offline');
    metaOf(session.ydoc).set('title', 'Typed offline');
    expect(session.status()).toBe('offline');

    server = await startTeamServer({ ...config, port });
    cleanup.push(() => server.stop());
    await until(session, 'saved');
    // A second client sees the edit made offline: it reached the server, not only this replica.
    const reader = openSharedSession({ url: `ws://127.0.0.1:${port}/collab`, name: document, token: tokens.edit, WebSocketPolyfill: WebSocket, localCopy: false });
    cleanup.push(() => reader.destroy());
    expect(await reader.ready).toBe(true);
    expect(metaOf(reader.ydoc).get('title')).toBe('Typed offline');
  });
});
