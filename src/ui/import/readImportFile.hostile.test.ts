import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { serializeDocumentFile } from '../../model/parse';
import { MAX_TABLE_BYTES } from '../../io/tables/readTable';
import { MAX_IMPORT_BYTES } from './readFileThrough';
import { readImportFile } from './readImportFile';

/** The door's answer for a Salesflow document: the normalized document, or the typed error. */
async function readDocumentFile(blob: Blob) {
  const result = await readImportFile(blob);
  if (!result.ok) return result;
  if (result.value.kind !== 'salesflow-json') throw new Error(`read as ${result.value.kind}`);
  return { ok: true as const, value: result.value.normalized };
}

// Issue 10, case 1, at the file door: the size is checked before a byte is read, and whatever the
// bytes are, the answer is a typed error rather than an exception.

/** A real Blob of `size` bytes that records every attempt to read it. */
function watchedBlob(size: number): { blob: Blob; reads: string[] } {
  const reads: string[] = [];
  const blob = new Blob([new Uint8Array(size)]);
  for (const method of ['text', 'arrayBuffer', 'bytes', 'stream', 'slice'] as const) {
    Object.defineProperty(blob, method, {
      value: () => {
        reads.push(method);
        throw new Error(`${method} must not be called`);
      },
    });
  }
  return { blob, reads };
}

describe('the file door with hostile files', () => {
  it('refuses a file over the largest cap, a deal table\'s, without reading any of it', async () => {
    const { blob, reads } = watchedBlob(MAX_TABLE_BYTES + 1);
    expect(await readDocumentFile(blob)).toEqual({ ok: false, error: { code: 'too-large' } });
    expect(reads).toEqual([]);
  });

  it('reads a file of exactly the limit (the check is on size, not on the name or type)', async () => {
    const text = serializeDocumentFile(sampleDocument());
    const padded = text + ' '.repeat(MAX_IMPORT_BYTES - new TextEncoder().encode(text).length);
    const blob = new Blob([padded], { type: 'application/octet-stream' });
    expect(blob.size).toBe(MAX_IMPORT_BYTES);
    const result = await readDocumentFile(blob);
    expect(result.ok).toBe(true);
  });

  it('answers binary (or empty) for such files renamed .json', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])]);
    const random = new Blob([Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)]);
    for (const blob of [png, random, new Blob([])]) {
      expect(await readDocumentFile(blob)).toEqual({ ok: false, error: { code: 'kind', error: { code: blob.size === 0 ? 'empty' : 'binary' } } });
    }
  });

  it('reads a file saved with a UTF-8 byte order mark, as Windows editors write it', async () => {
    const text = serializeDocumentFile(sampleDocument());
    const result = await readDocumentFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), text]));
    expect(result.ok && result.value.document.title).toBe(sampleDocument().title);
  });

  it('answers read-failed when the browser cannot read the file (deleted or moved meanwhile)', async () => {
    const vanished = { size: 10, arrayBuffer: () => Promise.reject(new DOMException('The file was moved.', 'NotReadableError')) } as unknown as Blob;
    expect(await readDocumentFile(vanished)).toEqual({ ok: false, error: { code: 'read-failed' } });
  });
});
