import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inThreadWorkers } from '../lib/testing/inThreadWorkers';
import { analyse } from '../model/analytics/analyse';
import { analysisOf } from '../model/analytics/analysisCache';
import { generateDocument } from '../model/generate';
import type { SalesDocument } from '../model/types';
import type { AnalysisAnswer, AnalysisRequest } from './analysisRequests';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<AnalysisRequest, AnalysisAnswer>();
const { BACKGROUND_RECORDS, subscribeToAnalyses, viewedAnalysisOf } = await import('./backgroundAnalysis');
await import('./analysisWorker');

// Big enough to be analysed in the worker.
const big = generateDocument({ nodes: 3200, seed: 5, lanes: true });
const arrivals = { count: 0 };
let unsubscribe: () => void = () => undefined;

function withRate(doc: SalesDocument, index: number, conversionRate: number): SalesDocument {
  return { ...doc, edges: doc.edges.map((edge, at) => (at === index ? { ...edge, conversionRate } : edge)) };
}

const arrived = () => new Promise<void>((resolve) => {
  const stop = subscribeToAnalyses(() => {
    stop();
    resolve();
  });
});

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
  arrivals.count = 0;
  unsubscribe = subscribeToAnalyses(() => (arrivals.count += 1));
});

afterEach(() => {
  unsubscribe();
  vi.unstubAllGlobals();
});

describe('viewedAnalysisOf', () => {
  it('analyses a big document in a worker and tells the editor when the figures arrive', async () => {
    expect(big.nodes.length + big.edges.length).toBeGreaterThanOrEqual(BACKGROUND_RECORDS);
    const first = viewedAnalysisOf(big);
    expect(first.funnel.volume.size).toBe(0);
    expect(state.workers).toHaveLength(1);
    await arrived();
    expect(arrivals.count).toBe(1);
    const shown = viewedAnalysisOf(big);
    expect(shown).toEqual(analyse(big));
    // Kept where an export looks: analysisOf does not compute it again.
    expect(analysisOf(big)).toBe(shown);
  });

  // Each test asks about documents of its own: the analyses of earlier ones are kept.
  it('shows the last figures while an edit is analysed, and sends the worker only what the edit changed', async () => {
    const opened = withRate(big, 7, 0.04);
    viewedAnalysisOf(opened);
    await arrived();
    const before = viewedAnalysisOf(opened);
    const edited = withRate(opened, 7, 0.05);
    expect(viewedAnalysisOf(edited)).toBe(before);
    await arrived();
    expect(viewedAnalysisOf(edited)).toEqual(analyse(edited));
    expect(viewedAnalysisOf(edited)).not.toEqual(before);
    const second = state.workers[0]?.received[1];
    expect(second?.patch.lists['edges']?.changed).toEqual([edited.edges[7]]);
    expect(second?.patch.lists['nodes']).toBeUndefined();
  });

  it('asks for the newest document only, however many edits come while the worker works', async () => {
    viewedAnalysisOf(withRate(big, 3, 0.05));
    const edits = [1, 2, 3].map((rate) => withRate(big, 3, rate / 10));
    for (const edit of edits) viewedAnalysisOf(edit);
    await arrived();
    await arrived();
    expect(state.workers[0]?.received).toHaveLength(2);
    expect(viewedAnalysisOf(edits[2]!)).toEqual(analyse(edits[2]!));
  });

  it('analyses a small document on the spot', () => {
    const small = generateDocument({ nodes: 200, seed: 5 });
    expect(viewedAnalysisOf(small)).toEqual(analyse(small));
    expect(state.workers).toHaveLength(0);
  });

  it('lets the worker go once the editor stops listening', () => {
    viewedAnalysisOf(withRate(big, 9, 0.2));
    unsubscribe();
    expect(state.workers[0]?.terminated).toBe(true);
  });
});
