import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SalesDocument } from '../../model/types';
import { templateDocuments } from '../testing/templateDocuments';
import { renderThumbnailSvg, THUMBNAIL_SIZE } from './thumbnail';

// The real worker script runs in this thread; the fake Worker hands it a structured clone of the
// document, as between threads, and routes its answer back.
type Scope = { onmessage: ((event: { data: SalesDocument }) => void) | null; postMessage: (message: string | null) => void };
const scope = globalThis as unknown as Scope;
const state = vi.hoisted(() => ({ workers: [] as { url: string; terminated: boolean; fail: () => void }[], hold: false }));

class FakeWorker {
  onmessage: ((event: { data: string | null }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly record: (typeof state.workers)[number];
  constructor(url: URL) {
    this.record = { url: String(url), terminated: false, fail: () => this.onerror?.() };
    state.workers.push(this.record);
  }
  postMessage(document: SalesDocument): void {
    scope.postMessage = (answer) => {
      setTimeout(() => {
        if (!this.record.terminated) this.onmessage?.({ data: answer });
      }, 0);
    };
    if (!state.hold) scope.onmessage?.({ data: structuredClone(document) });
  }
  terminate(): void {
    this.record.terminated = true;
  }
}

const { drawThumbnailInWorker } = await import('./thumbnailInWorker');
await import('./thumbnailWorker');

beforeEach(() => {
  state.workers.length = 0;
  state.hold = false;
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('drawThumbnailInWorker', () => {
  const document = templateDocuments()[0]!.document;

  it('draws in a worker of its own the very picture the page would draw, and ends the worker', async () => {
    expect(await drawThumbnailInWorker(document)).toBe(renderThumbnailSvg(document, THUMBNAIL_SIZE));
    expect(state.workers[0]?.url).toMatch(/thumbnailWorker\.ts$/);
    expect(state.workers[0]?.terminated).toBe(true);
  });

  it('gives no picture when the worker fails, so the document is saved without one', async () => {
    state.hold = true;
    const drawing = drawThumbnailInWorker(document);
    state.workers[0]?.fail();
    expect(await drawing).toBeNull();
    expect(state.workers[0]?.terminated).toBe(true);
  });
});
