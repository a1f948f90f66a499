import { describe, expect, it } from 'vitest';
import { makeChain } from '../../model/fixtures/documents';
import { serializeTemplateFile, templateFromDocument } from '../../model/templates/templateFile';
import { readTemplateFile } from './readTemplateFile';

const template = templateFromDocument(makeChain(), {
  id: 'team',
  name: { en: 'Channel sale', 'zh-CN': '渠道销售' },
  description: { en: 'Deal registration first', 'zh-CN': '先报备' },
  category: 'channel',
});

describe('readTemplateFile', () => {
  it('reads a template file through the template door', async () => {
    const read = await readTemplateFile(new Blob([serializeTemplateFile(template)]));
    expect(read).toEqual({ ok: true, value: template });
  });

  it('refuses a document file, broken JSON and an oversized file, each with its reason', async () => {
    const documentOnly = JSON.stringify({ format: 'salesflow', schemaVersion: 1, writtenBy: { app: 'salesflow', version: '1' }, document: makeChain() });
    const asDocument = await readTemplateFile(new Blob([documentOnly]));
    expect(asDocument).toEqual({ ok: false, error: { code: 'document', error: { code: 'invalid', path: 'template', reason: 'required' } } });
    expect(await readTemplateFile(new Blob(['{"format":']))).toEqual({ ok: false, error: { code: 'document', error: { code: 'not-json' } } });
    // The size is checked before the file is read: a Blob claiming 21 MB is never parsed.
    const huge = { size: 21 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readTemplateFile(huge)).toEqual({ ok: false, error: { code: 'too-large' } });
  });
});
