// A graph read from another tool (no positions) as a new document placed by our auto layout, in
// the direction the file asked for; a graph with a drawing of its own (draw.io) keeps it. Nothing
// is made when the model's door or the layout refuses.

import type { LayoutError, LayoutService } from '../../commands/autoLayout';
import type { ImportedGraph } from '../../io/graph/importedGraph';
import { isDrawn } from '../../io/graph/graphToDocument';
import { graphToDocumentInWorker } from '../../io/graph/graphToDocumentInWorker';
import { nextTurn } from '../../lib/nextTurn';
import { err, ok, type Result } from '../../lib/result';
import type { SalesDocument } from '../../model/types';
import type { DoorError } from './readImportFile';

/** `cause` names why the layout refused (its time limit, the node limit), for the message. */
export type LaidOutError = DoorError | { code: 'layout-failed'; cause: LayoutError | null };

export async function laidOutImport(
  graph: ImportedGraph,
  title: string,
  layoutService: LayoutService,
  signal: AbortSignal = new AbortController().signal,
): Promise<Result<SalesDocument, LaidOutError>> {
  // Making and checking the document of a large diagram takes tens of milliseconds: a worker's.
  const made = await graphToDocumentInWorker(graph, title, Date.now());
  if (!made.ok) return err({ code: 'document', error: made.error });
  if (made.value.nodes.length === 0 || isDrawn(graph)) return ok(made.value);
  // The worker's answer arrives in a task of its own (its copy out of the worker); preparing the
  // layout (the ELK graph, checked, posted to its worker) is another of tens of milliseconds.
  await nextTurn();
  let laid;
  try {
    laid = await layoutService.layout(made.value, { direction: graph.direction, spacing: 'normal' }, signal);
  } catch {
    return err({ code: 'layout-failed', cause: null });
  }
  return laid.ok ? ok(laid.value) : err({ code: 'layout-failed', cause: laid.error });
}

/** The file's name without its extension, as the new document's title. */
export function titleFromFileName(name: string, fallback: string): string {
  const base = name.replace(/\.[^.]*$/, '').trim();
  return base === '' ? fallback : base;
}
