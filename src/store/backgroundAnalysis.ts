// The figures the editor shows. A big document's analysis takes the page's thread for tens to
// hundreds of milliseconds (about 500 ms at 5,000 nodes and 20,000 edges, 35 to 70 ms at 1,000
// nodes and 1,200 edges, on opening and on every edit that changes a figure), so from
// BACKGROUND_RECORDS nodes and edges on it is made in a worker (analysisWorker.ts), sent
// only what changed (lib/mirror.ts). Until it answers, each view keeps showing the figures it
// showed last; the answer is kept where analysisOf finds it (an export needs no second one), and
// listeners are told, so that the editor store runs its selectors again.

import { mirrorPatch } from '../lib/mirror';
import type { Analysis } from '../model/analytics/analyse';
import { analyse } from '../model/analytics/analyse';
import { analysisOf, keepAnalysis, keptAnalysisOf } from '../model/analytics/analysisCache';
import type { SalesDocument } from '../model/types';
import { ANALYSIS_LISTS, type AnalysisAnswer, type AnalysisRequest } from './analysisRequests';

export const BACKGROUND_RECORDS = 2000;

/** Who asks: what it showed last stands in while its own document is being analysed. */
export type AnalysisView = 'shown' | 'process' | 'compared';

interface Asked {
  doc: SalesDocument;
  view: AnalysisView;
}

let worker: Worker | null = null;
let sent: SalesDocument | null = null;
let nextId = 0;
let inFlight: (Asked & { id: number }) | null = null;
let waiting: Asked[] = [];
const lastShown = new Map<AnalysisView, { documentId: string; analysis: Analysis }>();
const listeners = new Set<() => void>();
let nothing: Analysis | null = null;

function emptyAnalysis(doc: SalesDocument): Analysis {
  nothing ??= analyse({ ...doc, nodes: [], edges: [], scenarios: [] });
  return nothing;
}

function start(): Worker {
  const made = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
  made.onmessage = (event: MessageEvent<AnalysisAnswer>) => received(event.data);
  // A worker that died answers nothing more: the next question starts another.
  made.onerror = () => {
    made.terminate();
    if (worker === made) worker = null;
    if (inFlight !== null) received({ id: inFlight.id, ok: false });
  };
  return made;
}

function sendNext(): void {
  const next = waiting.shift();
  if (next === undefined) return;
  if (worker === null) {
    worker = start();
    sent = null;
  }
  nextId += 1;
  inFlight = { ...next, id: nextId };
  const request: AnalysisRequest = { id: nextId, patch: mirrorPatch(sent, next.doc, ANALYSIS_LISTS) };
  sent = next.doc;
  worker.postMessage(request);
}

function received(answer: AnalysisAnswer): void {
  const asked = inFlight;
  if (asked === null || asked.id !== answer.id) return;
  inFlight = null;
  sendNext();
  if (!answer.ok) return;
  keepAnalysis(asked.doc, answer.analysis);
  lastShown.set(asked.view, { documentId: asked.doc.id, analysis: answer.analysis });
  for (const listener of listeners) listener();
}

function ask(doc: SalesDocument, view: AnalysisView): void {
  if (inFlight?.doc === doc || waiting.some((asked) => asked.doc === doc)) return;
  // Only the newest document of each view is worth analysing.
  waiting = [...waiting.filter((asked) => asked.view !== view), { doc, view }];
  if (inFlight === null) sendNext();
}

/**
 * The analysis to show for `doc`: its own when it is ready, otherwise (a big document, just
 * edited) the one this view showed last, or none yet, while the worker makes it.
 */
export function viewedAnalysisOf(doc: SalesDocument, view: AnalysisView = 'shown'): Analysis {
  if (doc.nodes.length + doc.edges.length < BACKGROUND_RECORDS || typeof Worker === 'undefined') return analysisOf(doc);
  const kept = keptAnalysisOf(doc);
  if (kept !== undefined) {
    lastShown.set(view, { documentId: doc.id, analysis: kept });
    return kept;
  }
  ask(doc, view);
  const last = lastShown.get(view);
  return last?.documentId === doc.id ? last.analysis : emptyAnalysis(doc);
}

/**
 * Told each time a worker's analysis arrives; returns the unsubscribe. The open editor listens:
 * once nobody does, the worker and everything it was asked are let go.
 */
export function subscribeToAnalyses(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    worker?.terminate();
    worker = null;
    sent = null;
    inFlight = null;
    waiting = [];
    lastShown.clear();
  };
}
