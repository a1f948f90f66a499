import { describe, expect, it } from 'vitest';
import { makeChain, makeEdge } from './fixtures/documents';
import { normalizeFile, normalizeFileText, repairLimits } from './normalizeFile';
import { CURRENT_SCHEMA_VERSION, MAX_LABEL_LENGTH } from './schema';
import { toDocumentFile } from './parse';

describe('normalizeFile', () => {
  it('answers a valid file with no repairs', () => {
    expect(normalizeFile(toDocumentFile(makeChain()))).toEqual({ ok: true, value: { document: makeChain(), repairs: [] } });
  });

  it('repairs the document of a file past the limits', () => {
    const result = normalizeFile(toDocumentFile({ ...makeChain(), title: 'x'.repeat(MAX_LABEL_LENGTH + 1) }), repairLimits);
    expect(result.ok && result.value.repairs).toEqual([{ code: 'text-truncated', path: 'title', limit: MAX_LABEL_LENGTH }]);
  });

  it('with the import policy, refuses broken structure with the parser error', () => {
    const doc = makeChain();
    const result = normalizeFile(toDocumentFile({ ...doc, edges: [...doc.edges, makeEdge('x', 'a', 'ghost')] }), repairLimits);
    expect(result).toEqual({ ok: false, error: { code: 'invalid', path: 'edges[3].target', reason: 'missing-node' } });
  });

  it('repairs broken structure under the storage policy', () => {
    const doc = makeChain();
    const result = normalizeFile(toDocumentFile({ ...doc, edges: [...doc.edges, makeEdge('x', 'a', 'ghost')] }));
    expect(result.ok && result.value.repairs).toEqual([{ code: 'dangling-edge-dropped', count: 1 }]);
  });

  it('never repairs what is not ours or too new', () => {
    expect(normalizeFileText('nope')).toEqual({ ok: false, error: { code: 'not-json' } });
    expect(normalizeFile({ format: 'other' })).toEqual({ ok: false, error: { code: 'not-salesflow' } });
    const future = { ...toDocumentFile(makeChain()), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(normalizeFile(future)).toEqual({ ok: false, error: { code: 'too-new', version: CURRENT_SCHEMA_VERSION + 1, supported: CURRENT_SCHEMA_VERSION } });
  });
});
