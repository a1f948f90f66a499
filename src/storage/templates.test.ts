import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { resolveTemplate } from '../model/templates/resolveTemplate';
import { templateFromDocument, toTemplateFile } from '../model/templates/templateFile';
import type { Template, TemplateMeta } from '../model/templates/types';
import { testDatabase } from './testing/database';
import { createTemplateRepository } from './templates';

function setup() {
  const { db, faults } = testDatabase();
  const clock = { now: 1_700_000_000_000 };
  let ids = 0;
  const repo = createTemplateRepository(db, { now: () => clock.now, newId: () => `tpl_${++ids}` });
  return { db, faults, clock, repo };
}

function meta(name: string, extra: Partial<TemplateMeta> = {}): TemplateMeta {
  return { id: 'ignored', name: { en: name, 'zh-CN': name }, description: { en: 'Ours', 'zh-CN': 'Ours' }, category: 'b2b', ...extra };
}

function template(name = 'Team process', extra: Partial<TemplateMeta> = {}): Template {
  return templateFromDocument({ ...makeChain(), title: 'Q3 pipeline' }, meta(name, extra));
}

describe('user templates', () => {
  it('stores a template under a fresh id and reads it back through the template door', async () => {
    const { db, repo } = setup();
    const added = await repo.add(template());
    expect(added.ok && added.value.template.meta.id).toBe('tpl_1');
    expect(await repo.get('tpl_1')).toEqual(added);
    const row = await db.templates.get('tpl_1');
    expect(row).toMatchObject({ id: 'tpl_1', name: 'Team process', description: 'Ours', category: 'b2b', createdAt: 1_700_000_000_000 });
    expect(row?.file).toMatchObject({ format: 'salesflow', template: { id: 'tpl_1' }, document: { title: { en: 'Q3 pipeline' } } });
  });

  it('never replaces a stored template when the same file is added twice, and drops a bundled gallery place', async () => {
    const { repo } = setup();
    await repo.add(template('Same', { order: 1 }));
    await repo.add(template('Same', { order: 1 }));
    const list = await repo.list();
    expect(list.ok && list.value.templates.map((entry) => entry.template.meta.id).sort()).toEqual(['tpl_1', 'tpl_2']);
    expect(list.ok && list.value.templates.map((entry) => entry.template.meta.order)).toEqual([undefined, undefined]);
  });

  it('lists newest first', async () => {
    const { clock, repo } = setup();
    await repo.add(template('Older'));
    clock.now += 1000;
    await repo.add(template('Newer'));
    const list = await repo.list();
    expect(list.ok && list.value.templates.map((entry) => entry.template.meta.name.en)).toEqual(['Newer', 'Older']);
  });

  it('refuses a template that could not be read back, and stores nothing', async () => {
    const { db, repo } = setup();
    const blank = await repo.add(template('   '));
    expect(blank).toEqual({ ok: false, error: { code: 'invalid-template', error: { code: 'invalid', path: 'template.name.en', reason: 'required' } } });
    const broken = template();
    broken.document.edges[0] = { ...broken.document.edges[0]!, target: 'nowhere' };
    const missing = await repo.add(broken);
    expect(missing.ok ? null : missing.error.code).toBe('invalid-template');
    expect(await db.templates.count()).toBe(0);
  });

  it('leaves a damaged row out of the list and reports it with what was read', async () => {
    const { db, repo } = setup();
    await repo.add(template('Good'));
    const raw = { ...toTemplateFile(template('Bad')), format: 'something else' };
    await db.templates.put({ id: 'tpl_bad', name: 'Bad', description: '', category: 'b2b', createdAt: 0, file: raw });
    const list = await repo.list();
    expect(list.ok && list.value.templates.map((entry) => entry.template.meta.name.en)).toEqual(['Good']);
    expect(list.ok && list.value.damaged).toEqual([{ code: 'damaged', id: 'tpl_bad', error: { code: 'not-salesflow' }, raw }]);
    expect(await repo.get('tpl_bad')).toMatchObject({ ok: false, error: { code: 'damaged', id: 'tpl_bad' } });
  });

  it('files a row under its key, whatever id the file inside claims', async () => {
    const { db, repo } = setup();
    const file = toTemplateFile({ ...template(), meta: meta('Moved', { id: 'elsewhere' }) });
    await db.templates.put({ id: 'tpl_key', name: 'Moved', description: '', category: 'b2b', createdAt: 5, file });
    const got = await repo.get('tpl_key');
    expect(got.ok && got.value.template.meta.id).toBe('tpl_key');
  });

  it('renames in one language, and the other follows only where it read the same', async () => {
    const { repo } = setup();
    await repo.add(template('Team process'));
    const once = await repo.rename('tpl_1', 'Enterprise process', 'en');
    expect(once.ok && once.value.template.meta.name).toEqual({ en: 'Enterprise process', 'zh-CN': 'Enterprise process' });

    await repo.add({ ...template(), meta: { ...meta('x'), name: { en: 'Channel', 'zh-CN': '渠道' } } });
    const translated = await repo.rename('tpl_2', '渠道销售', 'zh-CN');
    expect(translated.ok && translated.value.template.meta.name).toEqual({ en: 'Channel', 'zh-CN': '渠道销售' });
    expect(await repo.get('tpl_2')).toEqual(translated);
  });

  it('refuses a blank or unknown rename without touching the template', async () => {
    const { repo } = setup();
    await repo.add(template('Team process'));
    const blank = await repo.rename('tpl_1', ' ', 'en');
    expect(blank.ok ? null : blank.error.code).toBe('invalid-template');
    const stored = await repo.get('tpl_1');
    expect(stored.ok && stored.value.template.meta.name.en).toBe('Team process');
    expect(await repo.rename('nope', 'X', 'en')).toEqual({ ok: false, error: { code: 'not-found', id: 'nope' } });
  });

  it('deletes, answering the template so that putting it back restores it exactly', async () => {
    const { repo } = setup();
    await repo.add(template('Keep me'));
    const before = await repo.get('tpl_1');
    const removed = await repo.remove('tpl_1');
    expect(removed.ok && removed.value).toEqual(before.ok && before.value);
    expect(await repo.get('tpl_1')).toEqual({ ok: false, error: { code: 'not-found', id: 'tpl_1' } });
    if (!removed.ok || removed.value === null) throw new Error('nothing removed');
    expect(await repo.put(removed.value)).toEqual({ ok: true, value: undefined });
    expect(await repo.get('tpl_1')).toEqual(before);
    expect(await repo.remove('missing')).toEqual({ ok: false, error: { code: 'not-found', id: 'missing' } });
  });

  it('deletes a damaged row, with nothing to restore', async () => {
    const { db, repo } = setup();
    await db.templates.put({ id: 'tpl_bad', name: '', description: '', category: '', createdAt: 0, file: 42 });
    expect(await repo.remove('tpl_bad')).toEqual({ ok: true, value: null });
    expect(await db.templates.count()).toBe(0);
  });

  it('answers a write that IndexedDB refuses as a storage error', async () => {
    const { faults, repo } = setup();
    faults.failWrite('templates', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await repo.add(template())).toEqual({ ok: false, error: { code: 'quota-exceeded' } });
    faults.failWrite('templates', new Error('disk error'));
    expect(await repo.add(template())).toEqual({ ok: false, error: { code: 'write-failed' } });
  });

  it('makes documents that open like the one it was saved from', async () => {
    const { repo } = setup();
    const source = { ...makeChain(), title: 'Q3 pipeline' };
    await repo.add(templateFromDocument(source, meta('Team process')));
    const stored = await repo.get('tpl_1');
    if (!stored.ok) throw new Error('not stored');
    const opened = resolveTemplate(stored.value.template, 'zh-CN', { id: 'fresh', now: 7 });
    expect(opened).toEqual({ ok: true, value: { ...source, id: 'fresh', createdAt: 7, updatedAt: 7 } });
  });
});
