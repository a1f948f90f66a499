import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_LABEL_LENGTH } from '../src/model/limits';
import { serializeDocumentFile } from '../src/model/parse';
import { sampleDocument } from '../src/model/sample';
import { collectionMap, metaOf } from '../src/sync/binding/shape';
import { type SharedSession } from '../src/sync/sharedSession';
import { DocumentStore } from './documentStore';
import { openSession, until } from './testHarness';
import { startTeamServer, type TeamServer } from './teamServer';

const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-caps-'));
let server: TeamServer;
const sessions: SharedSession[] = [];

beforeAll(async () => {
  server = await startTeamServer({ port: 0, host: '127.0.0.1', dataDir, appDir: join(dataDir, 'no-app'), secret: 'caps-secret-of-at-least-thirty-two-characters' });
});
afterAll(async () => {
  for (const session of sessions) session.destroy();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function stored(name: string): Promise<Y.Doc> {
  const store = await DocumentStore.open(dataDir);
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, store.read(name)!.state);
  store.close();
  return ydoc;
}

describe('a client sending an update over the model\'s caps', () => {
  it('is refused: nobody else receives it, the stored document keeps its value, the others go on editing', async () => {
    const response = await fetch(`${server.url}api/documents`, { method: 'POST', body: serializeDocumentFile(sampleDocument({ id: 'doc', title: 'Caps' })) });
    const { document, tokens } = (await response.json()) as { document: string; tokens: { edit: string } };
    const editor = openSession(server, sessions, document, tokens.edit);
    const hostile = openSession(server, sessions, document, tokens.edit);
    expect(await editor.ready).toBe(true);
    expect(await hostile.ready).toBe(true);
    const node = [...collectionMap(editor.ydoc, 'nodes').keys()][0]!;
    const labelOn = (ydoc: Y.Doc) => collectionMap(ydoc, 'nodes').get(node)?.get('label');

    // A label within the caps travels as usual...
    collectionMap(hostile.ydoc, 'nodes').get(node)!.set('label', 'Within the caps');
    await until(() => labelOn(editor.ydoc) === 'Within the caps', 'the edit within the caps reaching the editor');
    // ...one over them is refused, and the same client's connection with it.
    collectionMap(hostile.ydoc, 'nodes').get(node)!.set('label', 'x'.repeat(MAX_LABEL_LENGTH + 1));
    metaOf(hostile.ydoc).set('title', 'After the refusal');

    metaOf(editor.ydoc).set('title', 'Caps 2');
    await until(() => editor.status() === 'saved', 'the editor saved');
    expect(labelOn(editor.ydoc)).toBe('Within the caps');
    expect(metaOf(editor.ydoc).get('title')).toBe('Caps 2');
    const kept = await stored(document);
    expect(labelOn(kept)).toBe('Within the caps');
    expect(metaOf(kept).get('title')).toBe('Caps 2');
    expect(hostile.status()).not.toBe('saved');
  });
});
