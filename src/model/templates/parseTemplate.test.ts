import { describe, expect, it } from 'vitest';
import type { DocumentError } from '../errors';
import { CURRENT_SCHEMA_VERSION, MAX_SHORT_TEXT_LENGTH } from '../schema';
import { makeTemplateFile } from './fixtures/templateFile';
import { parseTemplateFile, parseTemplateValue } from './parseTemplate';
import { serializeTemplateFile, type TemplateFile } from './templateFile';
import type { TemplateCategory } from './categories';
import type { LocalizedText } from './types';

function errorAfter(edit: (file: TemplateFile) => void): DocumentError | undefined {
  const file = makeTemplateFile();
  edit(file);
  const result = parseTemplateValue(file);
  expect(result).not.toHaveProperty('value');
  return result.ok ? undefined : result.error;
}

describe('parseTemplateValue', () => {
  it('reads a valid file into metadata and a document with every text in both languages', () => {
    const result = parseTemplateValue(makeTemplateFile());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const { meta, document } = result.value;
    expect(meta).toEqual(makeTemplateFile().template);
    expect(document.title).toEqual({ en: 'Tiny', 'zh-CN': '微型' });
    expect(document.lanes[0]?.label).toEqual({ en: 'Sales', 'zh-CN': '销售' });
    expect(document.nodes[1]).toStrictEqual(makeTemplateFile().document.nodes[1]);
    expect(document.edges[2]?.label).toEqual({ en: 'Yes', 'zh-CN': '是' });
    expect(document).not.toHaveProperty('id');
    expect(document).not.toHaveProperty('createdAt');
  });

  it('writes back what it read', () => {
    const result = parseTemplateValue(makeTemplateFile());
    if (!result.ok) throw new Error(result.error.code);
    expect(JSON.parse(serializeTemplateFile(result.value, '0.1.0'))).toEqual(makeTemplateFile());
    expect(parseTemplateFile(serializeTemplateFile(result.value))).toEqual(result);
  });

  it('reads an example scenario with its name in both languages, and names a name missing in one', () => {
    const scenario = { id: 'better', name: { en: 'Better fit', 'zh-CN': '更匹配' }, overrides: { edgeRates: [{ edgeId: 'e2', rate: 0.9 }], startVolumes: [], durations: [] } };
    const file = makeTemplateFile();
    file.document.scenarios = [scenario];
    const result = parseTemplateValue(file);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.document.scenarios).toEqual([scenario]);
    expect(JSON.parse(serializeTemplateFile(result.value, '0.1.0'))).toEqual(file);
    expect(
      errorAfter((broken) => {
        broken.document.scenarios = [{ ...scenario, name: { en: 'Better fit' } as LocalizedText }];
      }),
    ).toEqual({ code: 'invalid', path: 'scenarios[0].name.zh-CN', reason: 'required' });
  });

  it('shares no objects with its input', () => {
    const file = makeTemplateFile();
    const result = parseTemplateValue(file);
    if (!result.ok) throw new Error(result.error.code);
    const node = file.document.nodes[1];
    if (node?.details?.owner === undefined) throw new Error('fixture changed');
    node.label.en = 'changed';
    node.details.owner['zh-CN'] = 'changed';
    node.position.x = 999;
    file.template.name.en = 'changed';
    expect(result.value.document.nodes[1]?.label.en).toBe('First call');
    expect(result.value.document.nodes[1]?.details?.owner?.['zh-CN']).toBe('销售代表');
    expect(result.value.document.nodes[1]?.position.x).toBe(200);
    expect(result.value.meta.name.en).toBe('Tiny process');
  });

  it('drops keys it does not know, like the document door', () => {
    const file = makeTemplateFile() as TemplateFile & { extra?: unknown };
    file.extra = 1;
    Object.assign(file.template, { author: 'someone' });
    Object.assign(file.document.nodes[0] ?? {}, { colour: 'red' });
    const result = parseTemplateValue(file);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.meta).not.toHaveProperty('author');
    expect(result.value.document.nodes[0]).not.toHaveProperty('colour');
  });

  it('refuses what is not a Salesflow file, and files from a newer version', () => {
    for (const value of [null, 42, 'salesflow', [], {}, { format: 'tldraw' }]) {
      expect(parseTemplateValue(value)).toEqual({ ok: false, error: { code: 'not-salesflow' } });
    }
    expect(errorAfter((file) => Object.assign(file, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }))).toEqual({
      code: 'too-new',
      version: CURRENT_SCHEMA_VERSION + 1,
      supported: CURRENT_SCHEMA_VERSION,
    });
    expect(errorAfter((file) => Object.assign(file, { schemaVersion: '1' }))).toEqual({ code: 'invalid', path: 'schemaVersion', reason: 'type' });
    expect(parseTemplateFile('{"format":')).toEqual({ ok: false, error: { code: 'not-json' } });
  });

  it('names the text missing in one language', () => {
    expect(
      errorAfter((file) => {
        const node = file.document.nodes[1];
        if (node !== undefined) node.label = { en: 'First call' } as LocalizedText;
      }),
    ).toEqual({ code: 'invalid', path: 'nodes[1].label.zh-CN', reason: 'required' });
    expect(
      errorAfter((file) => {
        const edge = file.document.edges[3];
        if (edge !== undefined) edge.label = 'No' as unknown as LocalizedText;
      }),
    ).toEqual({ code: 'invalid', path: 'edges[3].label', reason: 'type' });
    expect(errorAfter((file) => (file.document.title = { en: 'Tiny', 'zh-CN': 7 } as unknown as LocalizedText))).toEqual({
      code: 'invalid',
      path: 'title.zh-CN',
      reason: 'type',
    });
  });

  it('checks the metadata', () => {
    expect(errorAfter((file) => (file.template.name['zh-CN'] = '  '))).toEqual({ code: 'invalid', path: 'template.name.zh-CN', reason: 'required' });
    expect(errorAfter((file) => (file.template.name.en = 'x'.repeat(MAX_SHORT_TEXT_LENGTH + 1)))).toEqual({
      code: 'invalid',
      path: 'template.name.en',
      reason: 'too-long',
    });
    expect(errorAfter((file) => (file.template.category = 'gardening' as TemplateCategory))).toEqual({
      code: 'invalid',
      path: 'template.category',
      reason: 'type',
    });
    expect(errorAfter((file) => (file.template.id = 'has space'))).toEqual({ code: 'invalid', path: 'template.id', reason: 'type' });
    expect(errorAfter((file) => (file.template.order = 0))).toEqual({ code: 'invalid', path: 'template.order', reason: 'out-of-range' });
    expect(errorAfter((file) => (file.template.order = 1.5))).toEqual({ code: 'invalid', path: 'template.order', reason: 'type' });
  });

  it('sends every language through the document door', () => {
    expect(
      errorAfter((file) => {
        const owner = file.document.nodes[1]?.details?.owner;
        if (owner !== undefined) owner['zh-CN'] = '长'.repeat(MAX_SHORT_TEXT_LENGTH + 1);
      }),
    ).toEqual({ code: 'invalid', path: 'nodes[1].details.owner', reason: 'too-long' });
    expect(
      errorAfter((file) => {
        const edge = file.document.edges[0];
        if (edge !== undefined) edge.target = 'nowhere';
      }),
    ).toEqual({ code: 'invalid', path: 'edges[0].target', reason: 'missing-node' });
    expect(
      errorAfter((file) => {
        const node = file.document.nodes[0];
        if (node !== undefined) node.position.x = Number.NaN;
      }),
    ).toEqual({ code: 'invalid', path: 'nodes[0].position.x', reason: 'not-finite' });
    expect(errorAfter((file) => Object.assign(file.document.nodes[0] ?? {}, { size: undefined }))).toEqual({
      code: 'invalid',
      path: 'nodes[0].size',
      reason: 'required',
    });
    expect(errorAfter((file) => (file.document.settings.currency = 'dollars'))).toEqual({
      code: 'invalid',
      path: 'settings.currency',
      reason: 'type',
    });
  });

  it('never throws, even on a value that throws when read', () => {
    const hostile = new Proxy(makeTemplateFile(), {
      get(target, key, receiver) {
        if (key === 'document') throw new Error('boom');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    expect(parseTemplateValue(hostile)).toEqual({ ok: false, error: { code: 'invalid', path: '', reason: 'type' } });
  });
});
