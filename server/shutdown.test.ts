import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { serializeDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { metaOf } from '../src/sync/binding/shape';
import { openSharedSession } from '../src/sync/sharedSession';
import { DocumentStore } from './documentStore';
import { startTeamServer } from './teamServer';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-shutdown-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('team server shutdown', () => {
  // Hocuspocus stores a document when its last connection closes, and stop() stores every open one
  // itself first; either way, what the server received is on the disk when stop() resolves.
  it('stores every open document before it stops, even a change still inside the store delay', async () => {
    const server = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir, appDir: join(dataDir, 'no-app'), secret: 'shutdown-secret-of-thirty-two-characters' });
    const response = await fetch(`${server.url}api/documents`, { method: 'POST', body: serializeDocumentFile(sampleDocument({ id: 'doc', title: 'Before' })) });
    const { document, tokens } = (await response.json()) as { document: string; tokens: { edit: string } };
    const session = openSharedSession({ url: `ws://127.0.0.1:${server.port}/collab`, name: document, token: tokens.edit, WebSocketPolyfill: WebSocket, localCopy: false });
    expect(await session.ready).toBe(true);
    metaOf(session.ydoc).set('title', 'After');
    // Stop as soon as the server has the change, well before its debounced store (300 ms) would run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(session.status()).toBe('syncing');
    await server.stop();
    session.destroy();

    const store = await DocumentStore.open(dataDir);
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, store.read(document)!.state);
    expect(metaOf(ydoc).get('title')).toBe('After');
    store.close();
  });
});
