import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { serializeDocumentFile } from '../../model/parse';
import { MAX_IMPORT_BYTES, readDocumentFile } from './readDocumentFile';

describe('readDocumentFile', () => {
  it('reads a Salesflow file', async () => {
    const result = await readDocumentFile(new Blob([serializeDocumentFile(sampleDocument())]));
    expect(result.ok && result.value.nodes.length).toBe(sampleDocument().nodes.length);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readDocumentFile(huge)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('passes on the typed error of a bad file', async () => {
    const result = await readDocumentFile(new Blob(['{"format":"salesflow"']));
    expect(result).toEqual({ ok: false, error: { code: 'document', error: { code: 'not-json' } } });
  });
});
