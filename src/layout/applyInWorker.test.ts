import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateDocument } from '../model/generate';
import type { SalesDocument } from '../model/types';
import { applyElkResult } from './applyElkResult';
import type { ApplyReply, ApplyRequest } from './applyInWorker';
import { createElkNodeEngine } from './elkNodeEngine';
import { toElkGraph } from './elkGraph';
import type { LayoutOptions } from './options';
import { layoutDocument } from './runLayout';
import { inThreadWorkers } from '../lib/testing/inThreadWorkers';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<ApplyRequest, ApplyReply>();

const { applyElkResultInWorker } = await import('./applyInWorker');
await import('./applyWorker');

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const options = { direction: 'LR', spacing: 'normal' } as const;
const engine = createElkNodeEngine();

async function laidOut(doc: SalesDocument): Promise<ElkNode> {
  return engine.layout(toElkGraph(doc, options));
}

describe('applyElkResultInWorker', () => {
  it('writes ELK\'s answer back in a worker of its own, to the very document the page would get', async () => {
    const doc = generateDocument({ nodes: 40, seed: 3, lanes: true });
    const elk = await laidOut(doc);
    expect(await applyElkResultInWorker(doc, elk, options)).toEqual(applyElkResult(doc, elk, options));
    expect(state.workers[0]?.url).toMatch(/applyWorker\.ts$/);
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('rejects with what the writing back threw, which layoutDocument reports as engine-failed', async () => {
    const doc = generateDocument({ nodes: 10, seed: 4, lanes: false });
    const missing: ElkNode = { id: 'root', children: [], edges: [] };
    await expect(applyElkResultInWorker(doc, missing, options)).rejects.toThrow(/./);
    const result = await layoutDocument(doc, options, { layout: () => Promise.resolve(missing), dispose: () => undefined }, { apply: applyElkResultInWorker });
    expect(result).toMatchObject({ ok: false, error: { code: 'engine-failed' } });
  });

  it('rejects when the worker fails, and ends it', async () => {
    state.hold = true;
    const doc = generateDocument({ nodes: 10, seed: 5, lanes: false });
    const writing = applyElkResultInWorker(doc, await laidOut(doc), options);
    state.workers[0]?.fail();
    await expect(writing).rejects.toThrow(/failed/);
    expect(state.workers[0]?.terminated).toBe(true);
  });
});

describe('layoutDocument with a writing back of its own', () => {
  it('uses it, and gives cancelled when Cancel comes while the answer is being written back', async () => {
    const doc = generateDocument({ nodes: 10, seed: 6, lanes: false });
    const pending: { finish?: () => void } = {};
    const finishNow = () => pending.finish?.();
    const apply = (d: SalesDocument, elk: ElkNode, o: LayoutOptions) =>
      new Promise<SalesDocument>((resolve) => {
        pending.finish = () => resolve(applyElkResult(d, elk, o));
      });
    const controller = new AbortController();
    const running = layoutDocument(doc, options, engine, { signal: controller.signal, apply });
    await vi.waitFor(() => expect(pending.finish).toBeDefined());
    controller.abort();
    finishNow();
    expect(await running).toEqual({ ok: false, error: { code: 'cancelled' } });

    delete pending.finish;
    const uncancelled = layoutDocument(doc, options, engine, { apply });
    await vi.waitFor(() => expect(pending.finish).toBeDefined());
    finishNow();
    const result = await uncancelled;
    expect(result.ok && result.value.nodes.map((node) => node.position)).toEqual(applyElkResult(doc, await laidOut(doc), options).nodes.map((node) => node.position));
  });
});
