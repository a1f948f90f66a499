// One auto layout, from document to document: checked before ELK sees it, refused above what ELK
// can take, bounded in time, cancellable, and all or nothing: on any error the caller keeps the
// document it has.

import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { err, ok, type Result } from '../lib/result';
import type { SalesDocument } from '../model/types';
import { applyElkResult } from './applyElkResult';
import { checkLayoutInput, type LayoutInputReason } from './checkLayoutInput';
import { toElkGraph } from './elkGraph';
import type { LayoutEngine } from './layoutEngine';
import type { LayoutOptions } from './options';

/**
 * ELK's layered algorithm recurses along paths: a chain of nodes is its worst case. Measured with
 * elkjs 0.12.1 and our options, a chain of 3,050 nodes lays out in a Chromium worker and one of
 * 3,100 overflows its stack (Node's main thread copes up to about 5,000). 2,500 leaves a fifth in
 * reserve for other browsers' smaller stacks; a 2,500-node sales document takes about 4 s here, well
 * inside the time limit.
 */
export const NODE_LIMIT = 2500;

export const DEFAULT_TIMEOUT_MS = 10_000;

export type LayoutError =
  | { code: 'too-large'; limit: number; nodes: number }
  | { code: 'timeout'; ms: number }
  | { code: 'cancelled' }
  /** `detail` is ELK's own message, for the console; the user sees a sentence for the code. */
  | { code: 'engine-failed'; detail: string }
  | { code: 'invalid-graph'; reason: LayoutInputReason; id: string };

export type LayoutErrorCode = LayoutError['code'];

export interface RunLayoutOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Writes ELK's answer back: `applyElkResult` unless given (the app's runs it in a worker, applyInWorker.ts). */
  apply?: (doc: SalesDocument, elk: ElkNode, options: LayoutOptions) => SalesDocument | Promise<SalesDocument>;
}

export async function layoutDocument(
  doc: SalesDocument,
  options: LayoutOptions,
  engine: LayoutEngine,
  { timeoutMs = DEFAULT_TIMEOUT_MS, signal, apply = applyElkResult }: RunLayoutOptions = {},
): Promise<Result<SalesDocument, LayoutError>> {
  if (signal?.aborted === true) return err({ code: 'cancelled' });
  const problem = checkLayoutInput(doc);
  if (problem !== null) return err({ code: 'invalid-graph', ...problem });

  const graph = toElkGraph(doc, options);
  const nodes = graph.children?.length ?? 0;
  if (nodes > NODE_LIMIT) return err({ code: 'too-large', limit: NODE_LIMIT, nodes });

  let laidOut: ElkNode;
  if (nodes === 0) {
    laidOut = { id: graph.id, children: [], edges: [] };
  } else {
    const loaded = await untilReady(engine, signal);
    if (!loaded.ok) return loaded;
    const outcome = await raceEngine(engine, graph, timeoutMs, signal);
    if (!outcome.ok) return outcome;
    laidOut = outcome.value;
  }
  let applied: SalesDocument;
  try {
    applied = await apply(doc, laidOut, options);
  } catch (error) {
    return err({ code: 'engine-failed', detail: describe(error) });
  }
  // Writing back may take a moment of its own, off the page: a Cancel meanwhile still wins.
  return cancelled(signal) ? err({ code: 'cancelled' }) : ok(applied);
}

// A function, so the check above (before any await) does not narrow what the signal says now.
function cancelled(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true;
}

/** Waits for the engine's code (not bounded in time: loading it is not the layout), or a Cancel. */
function untilReady(engine: LayoutEngine, signal: AbortSignal | undefined): Promise<Result<void, LayoutError>> {
  if (engine.ready === undefined) return Promise.resolve(ok(undefined));
  const loading = engine.ready();
  return new Promise((resolve) => {
    const onAbort = (): void => {
      engine.dispose();
      resolve(err({ code: 'cancelled' }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    loading.then(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve(ok(undefined));
      },
      (error: unknown) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(err({ code: 'engine-failed', detail: describe(error) }));
      },
    );
  });
}

function raceEngine(
  engine: LayoutEngine,
  graph: ElkNode,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Result<ElkNode, LayoutError>> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Result<ElkNode, LayoutError>, stopEngine: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (stopEngine) engine.dispose();
      resolve(result);
    };
    const onAbort = (): void => finish(err({ code: 'cancelled' }), true);
    const timer = setTimeout(() => finish(err({ code: 'timeout', ms: timeoutMs }), true), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    let started: Promise<ElkNode>;
    try {
      started = engine.layout(graph);
    } catch (error) {
      finish(err({ code: 'engine-failed', detail: describe(error) }), false);
      return;
    }
    started.then(
      (result) => finish(ok(result), false),
      (error: unknown) => finish(err({ code: 'engine-failed', detail: describe(error) }), false),
    );
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}
