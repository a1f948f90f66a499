import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaOf } from '../src/sync/binding/shape';
import { yjsToDoc } from '../src/sync/binding/yjsToDoc';
import { type SharedSession, type SharedStatus } from '../src/sync/sharedSession';
import * as Y from 'yjs';
import { DocumentStore } from './documentStore';
import { share, openSession, until, type Shared } from './testHarness';
import { startTeamServer, type TeamServer } from './teamServer';

const SECRET = 'test-secret-of-at-least-thirty-two-characters';
const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-server-'));
let server: TeamServer;
const sessions: SharedSession[] = [];

beforeAll(async () => {
    const appDir = join(dataDir, 'app');
  mkdirSync(appDir);
  writeFileSync(join(appDir, 'index.html'), '<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /></head></html>');
  server = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir: join(dataDir, 'data'), appDir, secret: SECRET });
});
afterAll(async () => {
  for (const session of sessions) session.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function storedTitle(name: string): Promise<unknown> {
  const store = await DocumentStore.open(join(dataDir, 'data'));
  const row = store.read(name);
  store.close();
  if (row === null) return undefined;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, row.state);
  return metaOf(ydoc).get('title');
}

describe('team server', () => {
  it('answers health, readiness and the endpoint by which the app knows its server', async () => {
    expect((await fetch(`${server.url}healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}readyz`)).status).toBe(200);
    expect(await (await fetch(`${server.url}api/server`)).json()).toMatchObject({ app: 'salesflow' });
    // The page itself carries the mark by which the app knows its server.
    const page = await (await fetch(server.url)).text();
    expect(page).toContain('<meta name="salesflow-team-server" content="1" />');
    expect(page).toContain('Content-Security-Policy');
  });

  it('refuses an upload that is not a Salesflow document', async () => {
    const response = await fetch(`${server.url}api/documents`, { method: 'POST', body: '{"nodes":[]}' });
    expect(response.status).toBe(400);
  });

  it('opens a shared document by its edit link and says saved only once the change is stored', async () => {
    const { document, tokens } = await share(server, 'Pipeline');
    const statuses: SharedStatus[] = [];
    const session = openSession(server, sessions, document, tokens.edit, statuses);
    expect(await session.ready).toBe(true);
    const read = yjsToDoc(session.ydoc);
    expect(read.ok && read.value.document.title).toBe('Pipeline');
    expect(session.canEdit()).toBe(true);

    metaOf(session.ydoc).set('title', 'Pipeline 2');
    expect(session.status()).toBe('syncing');
    await until(() => session.status() === 'saved', 'saved');
    // Saved means on the disk: a fresh reader of the database file sees the change.
    expect(await storedTitle(document)).toBe('Pipeline 2');
    expect(statuses).toEqual(expect.arrayContaining(['syncing', 'saved']));
  });

  it('refuses every change from a view link, whatever its client sends', async () => {
    const { document, tokens } = await share(server, 'Readers');
    const editor = openSession(server, sessions, document, tokens.edit);
    const viewer = openSession(server, sessions, document, tokens.view);
    expect(await editor.ready).toBe(true);
    expect(await viewer.ready).toBe(true);
    expect(viewer.canEdit()).toBe(false);

    // A client made to write anyway: the provider sends the update, the server drops it.
    metaOf(viewer.ydoc).set('title', 'Defaced');
    metaOf(editor.ydoc).set('title', 'Readers 2');
    await until(() => editor.status() === 'saved', 'the editor saved');
    await until(() => metaOf(viewer.ydoc).get('title') === 'Readers 2' || metaOf(viewer.ydoc).get('title') === 'Defaced', 'the editor change reaching the viewer');
    expect(metaOf(editor.ydoc).get('title')).toBe('Readers 2');
    expect(await storedTitle(document)).toBe('Readers 2');
    expect(viewer.status()).not.toBe('saved');
  });

  it('refuses a token for document A on document B, and a made-up token', async () => {
    const a = await share(server, 'A');
    const b = await share(server, 'B');
    const crossed = openSession(server, sessions, b.document, a.tokens.edit);
    expect(await crossed.ready).toBe(false);
    expect(crossed.status()).toBe('refused');
    const madeUp = openSession(server, sessions, b.document, 'e30.AAAA');
    expect(await madeUp.ready).toBe(false);
    const unknown = openSession(server, sessions, 'no-such-document', a.tokens.edit);
    expect(await unknown.ready).toBe(false);
  });

  it('makes new links and stops sharing for the owner key only; old links stop working, open ones are cut off', async () => {
    const first = await share(server, 'Owned');
    const other = await share(server, 'Other');
    const editor = openSession(server, sessions, first.document, first.tokens.edit);
    expect(await editor.ready).toBe(true);
    const ownerPost = (action: string, key: string, document = first.document) =>
      fetch(`${server.url}api/documents/${document}/${action}`, { method: 'POST', headers: { Authorization: `Bearer ${key}` } });

    // Nobody else: no key, a link's token, another document's key, or a key for a missing document.
    expect((await fetch(`${server.url}api/documents/${first.document}/links`, { method: 'POST' })).status).toBe(403);
    expect((await ownerPost('links', first.tokens.edit.replace('.', ''))).status).toBe(403);
    expect((await ownerPost('links', other.ownerSecret)).status).toBe(403);
    expect((await ownerPost('stop', first.ownerSecret, 'no-such-document')).status).toBe(403);

    const renewed = await ownerPost('links', first.ownerSecret);
    expect(renewed.status).toBe(200);
    const { tokens } = (await renewed.json()) as Pick<Shared, 'tokens'>;
    // The open connection is cut and its old link refused on reconnecting; the new links open.
    await until(() => editor.status() === 'refused', 'the old link refused');
    expect(await openSession(server, sessions, first.document, first.tokens.edit).ready).toBe(false);
    expect(await openSession(server, sessions, first.document, first.tokens.view).ready).toBe(false);
    expect(await openSession(server, sessions, first.document, tokens.edit).ready).toBe(true);
    // The other document's links are untouched.
    expect(await openSession(server, sessions, other.document, other.tokens.edit).ready).toBe(true);

    expect((await ownerPost('stop', first.ownerSecret)).status).toBe(200);
    expect(await openSession(server, sessions, first.document, tokens.edit).ready).toBe(false);
    expect(await openSession(server, sessions, first.document, tokens.view).ready).toBe(false);
  });
});
