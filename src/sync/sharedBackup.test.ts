// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeChain } from '../model/fixtures/documents';
import { createRepository } from '../storage/repository';
import { testDatabase } from '../storage/testing/database';
import { clearLocalCopy, mergeIntoLocalCopy, readLocalCopy } from './localCopy';
import { rejoinFromBackup, readSharedSection, sharedSection, SHARED_SECTION } from './sharedBackup';
import { noteSharedState, rememberShared, sharedEntry, type SharedEntry } from './sharedRegistry';

afterEach(() => localStorage.clear());

const owned: SharedEntry = {
  name: 'team-pipeline',
  token: 'edit.token',
  role: 'edit',
  ownerSecret: 'owner-key',
  links: { edit: 'http://team.example/#/join/team-pipeline/edit.token', view: 'http://team.example/#/join/team-pipeline/view.token' },
};

function titleOf(state: Uint8Array | null): unknown {
  if (state === null) return undefined;
  const ydoc = new Y.Doc();
  Y.applyUpdate(ydoc, state);
  return ydoc.getMap('document').get('title');
}

const thumbnail = () => '<svg/>';

describe('shared flowcharts in a backup', () => {
  it('carries their links and local copies, and a restore in another browser joins them again with what the server had not stored', async () => {
    // This browser: one shared flowchart, with an edit made offline in its local copy, and one of its own.
    const here = createRepository(testDatabase().db);
    const shared = { ...makeChain(), id: 'shared-doc', title: 'Shared' };
    const own = { ...makeChain(), id: 'own-doc', title: 'Own' };
    expect((await here.save(shared)).ok && (await here.save(own)).ok).toBe(true);
    rememberShared(shared.id, owned);
    noteSharedState(shared.id, 'unsynced');
    const offline = new Y.Doc();
    offline.getMap('document').set('title', 'Renamed offline');
    expect(await mergeIntoLocalCopy(owned.name, Y.encodeStateAsUpdate(offline))).toBe(true);

    const exported = await here.exportBackup({ includeRevisions: false });
    if (!exported.ok) throw new Error('no backup');
    const section = await sharedSection(exported.value.backup.documents.map((file) => file.document.id));
    expect(section.map((entry) => [entry.documentId, entry.entry])).toEqual([[shared.id, owned]]);
    const file = JSON.parse(JSON.stringify({ ...exported.value.backup, [SHARED_SECTION]: section })) as unknown;

    // Another browser: nothing stored, nothing shared.
    localStorage.clear();
    await clearLocalCopy(owned.name);
    expect(await readLocalCopy(owned.name)).toBeNull();
    const there = createRepository(testDatabase().db);
    const report = await there.importBackup(file, { overwrite: false, thumbnail });
    if (!report.ok) throw new Error('not restored');
    const rejoined = await rejoinFromBackup(readSharedSection(file), new Set([...report.value.added, ...report.value.untrashed]));
    expect(rejoined).toEqual([shared.id]);
    expect(sharedEntry(shared.id)).toEqual(owned);
    expect(sharedEntry(own.id)).toBeNull();
    expect(titleOf(await readLocalCopy(owned.name))).toBe('Renamed offline');
  });

  it('leaves a document the restore did not bring back as it was', async () => {
    const section = [{ documentId: 'kept', entry: owned }];
    expect(await rejoinFromBackup(section, new Set(['other']))).toEqual([]);
    expect(sharedEntry('kept')).toBeNull();
  });

  it('reads only entries that could be ours from a backup file', () => {
    const entry = { name: 'n', token: 't.s', role: 'view' };
    const file = {
      [SHARED_SECTION]: [
        { documentId: 'a', entry },
        { documentId: 'b', entry: { ...entry, role: 'owner' } },
        { documentId: 'c', entry: { ...entry, token: 'has space' } },
        { documentId: 'd', entry: { ...entry, links: { edit: 'javascript:alert(1)', view: 'http://x/' }, ownerSecret: '<script>' } },
        { entry },
        'not an entry',
      ],
    };
    expect(readSharedSection(file)).toEqual([
      { documentId: 'a', entry },
      { documentId: 'd', entry },
    ]);
    expect(readSharedSection({})).toEqual([]);
    expect(readSharedSection(null)).toEqual([]);
  });

  it('joins again without a local copy that is not a Yjs state', async () => {
    await clearLocalCopy(owned.name);
    const rejoined = await rejoinFromBackup([{ documentId: 'doc', entry: owned, localCopy: btoa('not yjs at all') }], new Set(['doc']));
    expect(rejoined).toEqual(['doc']);
    expect(sharedEntry('doc')).toEqual(owned);
    expect(await readLocalCopy(owned.name)).toBeNull();
  });
});
