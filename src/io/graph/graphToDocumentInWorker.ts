import { askOnce } from '../../lib/oneShotWorker';
import type { Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import type { SalesDocument } from '../../model/types';
import { graphToDocument } from './graphToDocument';
import type { ImportedGraph } from './importedGraph';

export interface GraphRequest {
  graph: ImportedGraph;
  title: string;
  now: number;
}

/** Null when the worker failed. */
export type GraphReply = Result<SalesDocument, DocumentError> | null;

/**
 * `graphToDocument` in a module worker of its own (graphWorker.ts): checking a 1,000-node
 * document through the model's schema takes about 90 ms, which held the page in one task after a
 * draw.io import. The worker is our own code, so its document is taken as it comes. A worker that
 * fails, or no `Worker` at all (Vitest, Node), makes it on the spot: slower, never lost.
 */
export async function graphToDocumentInWorker(graph: ImportedGraph, title: string, now: number): Promise<Result<SalesDocument, DocumentError>> {
  const onTheSpot = () => graphToDocument(graph, { title, now });
  if (typeof Worker === 'undefined') return onTheSpot();
  const reply = await askOnce<GraphRequest, GraphReply>(
    () => new Worker(new URL('./graphWorker.ts', import.meta.url), { type: 'module' }),
    { graph, title, now },
    () => null,
  );
  return reply ?? onTheSpot();
}
