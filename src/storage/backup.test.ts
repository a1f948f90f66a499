import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import type { SalesDocument } from '../model/types';
import { BACKUP_FORMAT } from './backup';
import { createRepository } from './repository';
import { testDatabase } from './testing/database';

function setup() {
  const { db, faults } = testDatabase();
  const clock = { now: 1_700_000_000_000 };
  return { db, faults, clock, repo: createRepository(db, { now: () => clock.now }) };
}

function doc(id: string, title = id): SalesDocument {
  return { ...makeChain(), id, title };
}

const thumbnail = (document: SalesDocument): string => `<svg>${document.title}</svg>`;

/** What a backup file holds once written and read back. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('backup and restore', () => {
  it('round-trips documents and revisions through JSON into an empty database', async () => {
    const source = setup();
    await source.repo.save(doc('a', 'Inbound'), '');
    await source.repo.save(doc('b', 'Outbound'), '');
    await source.repo.snapshot(doc('a', 'Inbound v1'), 'interval');
    source.clock.now += 1000;
    await source.repo.snapshot(doc('a', 'Inbound v2'), 'before-layout');

    const exported = await source.repo.exportBackup({ includeRevisions: true });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.value.damaged).toEqual([]);
    expect(exported.value.backup).toMatchObject({ format: BACKUP_FORMAT, version: 1, createdAt: source.clock.now });
    expect(exported.value.backup.documents).toHaveLength(2);
    expect(exported.value.backup.revisions).toHaveLength(2);

    const target = setup();
    const imported = await target.repo.importBackup(throughJson(exported.value.backup), { overwrite: false, thumbnail });
    expect(imported).toEqual({
      ok: true,
      value: { added: ['a', 'b'], replaced: [], skipped: [], untrashed: [], repaired: [], invalid: [], revisionsAdded: 2, invalidRevisions: 0 },
    });
    expect(await target.repo.load('a')).toEqual({ ok: true, value: doc('a', 'Inbound') });
    expect(await target.repo.load('b')).toEqual({ ok: true, value: doc('b', 'Outbound') });
    expect((await target.db.meta.get('a'))?.thumbnail).toBe('<svg>Inbound</svg>');
    const revisions = await target.repo.listRevisions('a');
    expect(revisions.ok && revisions.value.map((revision) => revision.reason)).toEqual(['before-layout', 'interval']);
  });

  it('leaves out revisions unless asked, and the trash always', async () => {
    const { repo } = setup();
    await repo.save(doc('a'), '');
    await repo.save(doc('trashed'), '');
    await repo.moveToTrash('trashed');
    await repo.snapshot(doc('a'), 'interval');
    const exported = await repo.exportBackup({ includeRevisions: false });
    expect(exported.ok && exported.value.backup.revisions).toBeUndefined();
    expect(exported.ok && exported.value.backup.documents.map((file) => file.document.id)).toEqual(['a']);
  });

  it('reports damaged rows instead of writing them into the backup', async () => {
    const { db, repo } = setup();
    await repo.save(doc('good'), '');
    await repo.save(doc('bad'), '');
    await db.bodies.put({ id: 'bad', file: { format: 'salesflow' } });
    const exported = await repo.exportBackup({ includeRevisions: false });
    expect(exported.ok && exported.value.backup.documents.map((file) => file.document.id)).toEqual(['good']);
    expect(exported.ok && exported.value.damaged).toMatchObject([{ code: 'damaged', id: 'bad' }]);
  });

  it('keeps existing documents when overwrite is off, and replaces them when it is on', async () => {
    const source = setup();
    await source.repo.save(doc('a', 'From backup'), '');
    const exported = await source.repo.exportBackup({ includeRevisions: false });
    const backup = throughJson(exported.ok && exported.value.backup);

    const target = setup();
    await target.repo.save(doc('a', 'Edited since'), '');
    await target.repo.moveToTrash('a');

    const kept = await target.repo.importBackup(backup, { overwrite: false, thumbnail });
    expect(kept.ok && kept.value).toMatchObject({ added: [], replaced: [], skipped: [], untrashed: ['a'] });
    const stillThere = await target.repo.load('a');
    expect(stillThere.ok && stillThere.value.title).toBe('Edited since');

    const replaced = await target.repo.importBackup(backup, { overwrite: true, thumbnail });
    expect(replaced.ok && replaced.value).toMatchObject({ added: [], replaced: ['a'], skipped: [] });
    const restored = await target.repo.load('a');
    expect(restored.ok && restored.value.title).toBe('From backup');
    // Restoring brings it out of the trash.
    const list = await target.repo.list();
    expect(list.ok && list.value.map((meta) => meta.id)).toEqual(['a']);
  });

  it('adds the valid documents, repairs what it can saying so, and names the ones it refuses', async () => {
    const { repo } = setup();
    const backup: unknown = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: 0,
      documents: [
        { format: 'salesflow', schemaVersion: 1, writtenBy: { app: 'salesflow', version: '1' }, document: doc('ok') },
        { format: 'salesflow', schemaVersion: 1, document: { ...doc('no-writer') } },
        { format: 'salesflow', schemaVersion: 1, writtenBy: { app: 'x', version: '1' }, document: { ...doc('nan', 'Not a number'), createdAt: Number.NaN } },
        'not even an object',
        { format: 'salesflow', schemaVersion: 1, writtenBy: { app: 'x', version: '1' }, document: { ...doc('gone'), title: 'Pipeline 2019', nodes: 'lost' } },
      ],
      revisions: [{ documentId: 'ok', createdAt: 5, reason: 'made-up', file: {} }],
    };
    const imported = await repo.importBackup(backup, { overwrite: false, thumbnail });
    expect(imported.ok && imported.value).toMatchObject({
      added: ['ok', 'no-writer', 'nan'],
      repaired: [{ id: 'nan', title: 'Not a number', repairs: [{ code: 'non-finite-number', path: 'createdAt' }] }],
      invalid: [
        { index: 3, title: null, error: { code: 'not-salesflow' } },
        { index: 4, title: 'Pipeline 2019', error: { code: 'invalid', path: 'nodes', reason: 'type' } },
      ],
      revisionsAdded: 0,
      invalidRevisions: 1,
    });
  });

  it('takes a document that is in the trash out of it, and says so, instead of reporting it kept', async () => {
    const { repo } = setup();
    await repo.save(doc('a', 'Inbound'), '');
    const exported = await repo.exportBackup({ includeRevisions: false });
    await repo.moveToTrash('a');
    const imported = await repo.importBackup(throughJson(exported.ok && exported.value.backup), { overwrite: false, thumbnail });
    expect(imported.ok && imported.value).toMatchObject({ added: [], skipped: [], untrashed: ['a'] });
    const list = await repo.list();
    expect(list.ok && list.value.map((meta) => meta.id)).toEqual(['a']);
  });

  it('does not double the history when the same backup is restored twice', async () => {
    const source = setup();
    await source.repo.save(doc('a'), '');
    await source.repo.snapshot(doc('a'), 'interval');
    const exported = await source.repo.exportBackup({ includeRevisions: true });
    const backup = throughJson(exported.ok && exported.value.backup);

    const target = setup();
    await target.repo.importBackup(backup, { overwrite: true, thumbnail });
    const again = await target.repo.importBackup(backup, { overwrite: true, thumbnail });
    expect(again.ok && again.value.revisionsAdded).toBe(0);
    expect(await target.db.revisions.count()).toBe(1);
  });

  it('refuses what is not a backup, and a backup from a newer version', async () => {
    const { repo } = setup();
    const options = { overwrite: false, thumbnail };
    expect(await repo.importBackup([], options)).toEqual({ ok: false, error: { code: 'not-backup' } });
    expect(await repo.importBackup({ format: 'salesflow', schemaVersion: 1 }, options)).toEqual({ ok: false, error: { code: 'not-backup' } });
    expect(await repo.importBackup({ format: BACKUP_FORMAT, version: 1, documents: {} }, options)).toEqual({
      ok: false,
      error: { code: 'not-backup' },
    });
    const newer = { format: BACKUP_FORMAT, version: 2, documents: [] };
    expect(await repo.importBackup(newer, options)).toEqual({
      ok: false,
      error: { code: 'backup-too-new', version: 2, supported: 1 },
    });
  });

  it('writes nothing when the disk fills up half-way', async () => {
    const source = setup();
    await source.repo.save(doc('a'), '');
    await source.repo.save(doc('b'), '');
    const exported = await source.repo.exportBackup({ includeRevisions: false });

    const target = setup();
    target.faults.failWrite('bodies', new DOMException('full', 'QuotaExceededError'), 2);
    const imported = await target.repo.importBackup(throughJson(exported.ok && exported.value.backup), {
      overwrite: false,
      thumbnail,
    });
    expect(imported).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
    expect(await target.db.meta.count()).toBe(0);
    expect(await target.db.bodies.count()).toBe(0);
  });
});
