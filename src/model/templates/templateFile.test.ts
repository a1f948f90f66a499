import { describe, expect, it } from 'vitest';
import { makeChain } from '../fixtures/documents';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { makeTemplateFile } from './fixtures/templateFile';
import { parseTemplateValue } from './parseTemplate';
import { resolveTemplate } from './resolveTemplate';
import { serializeTemplateFile, templateFromDocument, toTemplateFile } from './templateFile';
import type { TemplateMeta } from './types';

const META: TemplateMeta = {
  id: 'team-process',
  name: { en: 'Our process', 'zh-CN': 'Our process' },
  description: { en: 'How we sell.', 'zh-CN': 'How we sell.' },
  category: 'b2b',
};

describe('toTemplateFile', () => {
  it('wraps a template in the current envelope with its metadata', () => {
    const parsed = parseTemplateValue(makeTemplateFile());
    if (!parsed.ok) throw new Error(parsed.error.code);
    const file = toTemplateFile(parsed.value, '9.9.9');
    expect(file).toMatchObject({
      format: 'salesflow',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      writtenBy: { app: 'salesflow', version: '9.9.9' },
      template: parsed.value.meta,
    });
    expect(serializeTemplateFile(parsed.value, '9.9.9')).toBe(`${JSON.stringify(file, null, 2)}\n`);
  });
});

describe('templateFromDocument', () => {
  it('reads every text the same in every language', () => {
    const doc = makeChain();
    doc.nodes[1] = { ...(doc.nodes[1] ?? doc.nodes[0]!), details: { owner: 'Sales rep', kpi: 'Calls a day', durationDays: 2 } };
    doc.edges[0] = { ...doc.edges[0]!, label: 'Go' };
    const template = templateFromDocument(doc, META);
    expect(template.meta).toEqual(META);
    expect(template.document.title).toEqual({ en: 'Test', 'zh-CN': 'Test' });
    expect(template.document.lanes[0]?.label).toEqual({ en: 'Sales', 'zh-CN': 'Sales' });
    expect(template.document.nodes[1]?.details).toEqual({
      owner: { en: 'Sales rep', 'zh-CN': 'Sales rep' },
      kpi: { en: 'Calls a day', 'zh-CN': 'Calls a day' },
      durationDays: 2,
    });
    expect(template.document.edges[0]?.label).toEqual({ en: 'Go', 'zh-CN': 'Go' });
    expect(template.document.edges[1]).not.toHaveProperty('label');
    expect(template.document).not.toHaveProperty('id');
  });

  it('round-trips: saved as a template, written, read and used, it gives the document back', () => {
    const doc = makeChain();
    const template = templateFromDocument(doc, META);
    const parsed = parseTemplateValue(JSON.parse(serializeTemplateFile(template)));
    expect(parsed).toEqual({ ok: true, value: template });
    for (const language of ['en', 'zh-CN'] as const) {
      expect(resolveTemplate(template, language, { id: doc.id, now: doc.createdAt })).toEqual({ ok: true, value: doc });
    }
  });

  it('keeps the document’s scenarios, named the same in every language, and gives them back on use', () => {
    const doc = {
      ...makeChain(),
      scenarios: [{ id: 's1', name: 'Faster', overrides: { edgeRates: [{ edgeId: 'e2', rate: 0.9 }], startVolumes: [], durations: [{ nodeId: 'a', days: 2 }] } }],
    };
    const template = templateFromDocument(doc, META);
    expect(template.document.scenarios).toEqual([{ ...doc.scenarios[0], name: { en: 'Faster', 'zh-CN': 'Faster' } }]);
    expect(template.document.scenarios?.[0]?.overrides).not.toBe(doc.scenarios[0]!.overrides);
    const parsed = parseTemplateValue(JSON.parse(serializeTemplateFile(template)));
    expect(parsed).toEqual({ ok: true, value: template });
    expect(resolveTemplate(template, 'zh-CN', { id: doc.id, now: doc.createdAt })).toEqual({ ok: true, value: doc });
    // A document without scenarios makes a template without the key, as files were before.
    expect(templateFromDocument(makeChain(), META).document).not.toHaveProperty('scenarios');
  });

  it('shares no objects with the document', () => {
    const doc = makeChain();
    const template = templateFromDocument(doc, META);
    const node = doc.nodes[0];
    if (node !== undefined) node.position.x = 777;
    doc.settings.gridSize = 5;
    expect(template.document.nodes[0]?.position.x).toBe(0);
    expect(template.document.settings.gridSize).toBe(20);
  });
});
