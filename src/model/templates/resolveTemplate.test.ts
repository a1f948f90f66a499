import { describe, expect, it } from 'vitest';
import { parseDocumentFile, serializeDocumentFile } from '../parse';
import { makeTemplateFile } from './fixtures/templateFile';
import { parseTemplateValue } from './parseTemplate';
import { resolveTemplate } from './resolveTemplate';
import type { Template } from './types';

function tiny(): Template {
  const result = parseTemplateValue(makeTemplateFile());
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const NOW = 1_700_000_000_000;

describe('resolveTemplate', () => {
  it('labels the new document in the chosen language and gives it its own identity', () => {
    const template = tiny();
    const en = resolveTemplate(template, 'en', { id: 'doc-1', now: NOW });
    const zh = resolveTemplate(template, 'zh-CN', { id: 'doc-2', now: NOW });
    if (!en.ok || !zh.ok) throw new Error('did not resolve');

    expect(en.value).toMatchObject({ id: 'doc-1', title: 'Tiny', createdAt: NOW, updatedAt: NOW });
    expect(zh.value).toMatchObject({ id: 'doc-2', title: '微型', createdAt: NOW, updatedAt: NOW });
    expect(en.value.lanes).toEqual([{ id: 'sales', label: 'Sales', order: 'i' }]);
    expect(zh.value.lanes).toEqual([{ id: 'sales', label: '销售', order: 'i' }]);
    expect(en.value.nodes.map((node) => node.label)).toEqual(['Leads', 'First call', 'Good fit?', 'Won', 'Lost']);
    expect(zh.value.nodes.map((node) => node.label)).toEqual(['线索', '首次电话', '是否匹配？', '赢单', '丢单']);
    expect(zh.value.nodes[1]?.details).toEqual({ owner: '销售代表', durationDays: 3 });
    expect(zh.value.edges.map((edge) => edge.label)).toEqual([undefined, undefined, '是', '否']);
    expect(zh.value.edges[0]).not.toHaveProperty('label');
  });

  it('keeps everything but the texts as the template has it', () => {
    const template = tiny();
    const zh = resolveTemplate(template, 'zh-CN', { id: 'doc', now: NOW });
    if (!zh.ok) throw new Error(zh.error.code);
    expect(zh.value.settings).toEqual(template.document.settings);
    zh.value.nodes.forEach((node, i) => {
      const source = template.document.nodes[i];
      expect(node).toMatchObject({ id: source?.id, kind: source?.kind, position: source?.position, size: source?.size });
    });
    expect(zh.value.edges.map(({ label: _label, ...edge }) => edge)).toEqual(template.document.edges.map(({ label: _label, ...edge }) => edge));
  });

  it('gives a document that survives export and import unchanged', () => {
    const doc = resolveTemplate(tiny(), 'zh-CN', { id: 'doc', now: NOW });
    if (!doc.ok) throw new Error(doc.error.code);
    expect(parseDocumentFile(serializeDocumentFile(doc.value))).toEqual(doc);
  });

  it('never shares objects with the template, so using it cannot change it', () => {
    const template = tiny();
    const before = structuredClone(template);
    const doc = resolveTemplate(template, 'en', { id: 'doc', now: NOW });
    if (!doc.ok) throw new Error(doc.error.code);
    const node = doc.value.nodes[0];
    if (node !== undefined) node.position.x = 12345;
    doc.value.settings.currency = 'EUR';
    expect(template).toEqual(before);
  });

  it('refuses a template built in code that breaks the document rules', () => {
    const template = tiny();
    template.document.edges.push({ id: 'loop', source: 'call', target: 'call' });
    expect(resolveTemplate(template, 'en', { id: 'doc', now: NOW })).toEqual({
      ok: false,
      error: { code: 'invalid', path: 'edges[4].target', reason: 'self-loop' },
    });
    expect(resolveTemplate(tiny(), 'en', { id: 'bad"id', now: NOW }).ok).toBe(false);
  });
});
