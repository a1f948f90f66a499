import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SalesDocument } from '../../model/types';
import { templateDocuments } from '../testing/templateDocuments';
import { renderThumbnailSvg, THUMBNAIL_SIZE } from './thumbnail';
import { inThreadWorkers } from '../../lib/testing/inThreadWorkers';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<SalesDocument, string | null>();

const { drawThumbnailInWorker } = await import('./thumbnailInWorker');
await import('./thumbnailWorker');

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
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
