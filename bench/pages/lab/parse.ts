// Reading a document file: what the app does with a file's text (JSON.parse, migrations, zod
// validation, invariants), against JSON.parse alone. Timed here rather than through the app's test
// hook, which since the library landed also stores the document and navigates to it.
import { parseDocumentFile } from '../../../src/model/parse';
import { labDocument } from './documents';

export const parse = {
  /** Milliseconds for the app's parse of the N-node file text. */
  app(nodes: number): number {
    const { text } = labDocument(nodes, true);
    const start = performance.now();
    const result = parseDocumentFile(text);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`parse failed: ${result.error.code}`);
    return ms;
  },
  /** The floor: JSON.parse of the same text. */
  bare(nodes: number): number {
    const { text } = labDocument(nodes, true);
    const start = performance.now();
    const value: unknown = JSON.parse(text);
    const ms = performance.now() - start;
    if (value === null) throw new Error('empty file');
    return ms;
  },
};
