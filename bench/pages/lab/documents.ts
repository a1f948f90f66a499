// The documents the lab measures, made here by the model's own generator and read back through
// the app's own door (parseDocumentFile), so they are exactly what the app would hold.
import { generateDocument } from '../../../src/model/generate';
import { parseDocumentFile, serializeDocumentFile } from '../../../src/model/parse';
import type { SalesDocument } from '../../../src/model/types';

/** The seed of bench/lib/documents.mjs, so the lab and the pages measure the same diagrams. */
export const SEED = 9;

const byKey = new Map<string, { doc: SalesDocument; text: string }>();

export function documentKey(nodes: number, lanes: boolean): string {
  return `${nodes}${lanes ? '' : '-nolanes'}`;
}

/** Generated once per size and lanes, then reused by every figure of the lab. */
export function labDocument(nodes: number, lanes: boolean): { doc: SalesDocument; text: string } {
  const key = documentKey(nodes, lanes);
  let entry = byKey.get(key);
  if (entry === undefined) {
    const text = serializeDocumentFile(generateDocument({ nodes, seed: SEED, lanes }));
    const parsed = parseDocumentFile(text);
    if (!parsed.ok) throw new Error(`the generated ${key} document does not parse: ${parsed.error.code}`);
    entry = { doc: parsed.value, text };
    byKey.set(key, entry);
  }
  return entry;
}
