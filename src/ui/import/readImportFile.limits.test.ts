import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../model/sample';
import { serializeDocumentFile } from '../../model/parse';
import { MAX_LABEL_LENGTH } from '../../model/schema';
import { MAX_IMPORT_BYTES } from './readFileThrough';
import { readImportFile } from './readImportFile';
import { MAX_TABLE_BYTES } from '../../io/tables/readTable';

/** The door's answer for a Salesflow document: the normalized document, or the typed error. */
async function readDocumentFile(blob: Blob) {
  const result = await readImportFile(blob);
  if (!result.ok) return result;
  if (result.value.kind !== 'salesflow-json') throw new Error(`read as ${result.value.kind}`);
  return { ok: true as const, value: result.value.normalized };
}

describe('the file door', () => {
  it('reads a Salesflow file', async () => {
    const result = await readDocumentFile(new Blob([serializeDocumentFile(sampleDocument())]));
    expect(result.ok && result.value.document.nodes.length).toBe(sampleDocument().nodes.length);
  });

  /** A file of `size` bytes whose head is `head`, which fails if anything past the head is read. */
  const sizedFile = (head: string, size: number, name: string) =>
    Object.assign(
      {
        size,
        name,
        slice: (start: number, end: number) => new Blob([head.slice(start, end)]),
        arrayBuffer: () => Promise.reject(new Error('must not be read')),
        text: () => Promise.reject(new Error('must not be read')),
      },
    ) as unknown as Blob & { name: string };

  it('refuses a document over 20 MB, reading no more than its head', async () => {
    const huge = sizedFile('{"format":"salesflow","schemaVersion":2,', MAX_IMPORT_BYTES + 1, 'big.json');
    expect(await readDocumentFile(huge)).toEqual({ ok: false, error: { code: 'too-large' } });
  });

  it('hands a deal table over 20 MB to Import deal data unread, whose reader has a cap of its own', async () => {
    const log = sizedFile('Deal ID,Stage,Entered at\r\nD-1,Qualify,2024-03-04\r\n', MAX_TABLE_BYTES - 1, 'deals.csv');
    const result = await readImportFile(log);
    expect(result.ok && result.value.kind).toBe('deal-table');
    expect(result.ok && result.value.kind === 'deal-table' && result.value.file).toBe(log);
  });

  it('passes on the typed error of a bad file', async () => {
    const result = await readDocumentFile(new Blob(['{"format":"salesflow"']));
    expect(result).toEqual({ ok: false, error: { code: 'document', error: { code: 'not-json' } } });
  });
});

describe('the file door, past the limits', () => {
  it('repairs a file whose texts are over their cap, and says what it changed', async () => {
    const doc = sampleDocument();
    const long = { ...doc, nodes: doc.nodes.map((node, index) => (index === 0 ? { ...node, label: 'x'.repeat(MAX_LABEL_LENGTH + 10) } : node)) };
    const result = await readDocumentFile(new Blob([serializeDocumentFile(long)]));
    expect(result.ok && result.value.document.nodes[0]?.label).toHaveLength(MAX_LABEL_LENGTH);
    expect(result.ok && result.value.repairs).toEqual([{ code: 'text-truncated', path: 'nodes[0].label', limit: MAX_LABEL_LENGTH }]);
  });

  it('still refuses broken structure, naming the path', async () => {
    const doc = sampleDocument();
    const broken = { ...doc, edges: [...doc.edges, { id: 'ghost-edge', source: doc.nodes[0]?.id ?? '', target: 'ghost' }] };
    const result = await readDocumentFile(new Blob([serializeDocumentFile(broken)]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code === 'document' && result.error.error).toMatchObject({ code: 'invalid', reason: 'missing-node' });
  });
});
