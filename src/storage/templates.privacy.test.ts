// Actuals never go into a template (issue 19, "Privacy in outputs"): not through Save as template,
// not through a hand-edited template file, read back from the database as the gallery reads it.

import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { SOURCE_NAME, withSampleDealData } from '../model/fixtures/dealData';
import { parseTemplateValue } from '../model/templates/parseTemplate';
import { resolveTemplate } from '../model/templates/resolveTemplate';
import { templateFromDocument, toTemplateFile } from '../model/templates/templateFile';
import type { TemplateMeta } from '../model/templates/types';
import { testDatabase } from './testing/database';
import { createTemplateRepository } from './templates';

const META: TemplateMeta = { id: 'new', name: { en: 'Ours', 'zh-CN': 'Ours' }, description: { en: '', 'zh-CN': '' }, category: 'b2b' };

describe('a template saved from a document with actuals', () => {
  it('holds none in the stored row, in what the repository reads back, or in a document made from it', async () => {
    const { db } = testDatabase();
    const repo = createTemplateRepository(db, { newId: () => 'tpl_1' });
    const doc = withSampleDealData(makeChain());
    expect(doc.dealData).toBeDefined();

    const added = await repo.add(templateFromDocument(doc, META));
    expect(added.ok).toBe(true);
    const row = await db.templates.get('tpl_1');
    const stored = JSON.stringify(row);
    expect(stored).not.toContain('dealData');
    expect(stored).not.toContain(SOURCE_NAME);
    // The rest of the process is kept: rates and leads are the template's worth.
    expect(stored).toContain('conversionRate');

    const read = await repo.get('tpl_1');
    if (!read.ok) throw new Error(read.error.code);
    expect('dealData' in read.value.template.document).toBe(false);
    const used = resolveTemplate(read.value.template, 'en', { id: 'doc-2', now: 2 });
    if (!used.ok) throw new Error(used.error.code);
    expect(used.value.dealData).toBeUndefined();
    expect(used.value.edges.map((edge) => edge.conversionRate)).toEqual(doc.edges.map((edge) => edge.conversionRate));
  });

  it('a template file edited to carry deal data is read without it', () => {
    const doc = withSampleDealData(makeChain());
    const file = toTemplateFile(templateFromDocument(doc, META));
    const edited = { ...file, document: { ...file.document, dealData: doc.dealData } };
    const parsed = parseTemplateValue(edited);
    if (!parsed.ok) throw new Error(parsed.error.code);
    expect(JSON.stringify(parsed.value)).not.toContain(SOURCE_NAME);
    const used = resolveTemplate(parsed.value, 'zh-CN', { id: 'doc-3', now: 3 });
    expect(used.ok && used.value.dealData).toBeUndefined();
  });
});
