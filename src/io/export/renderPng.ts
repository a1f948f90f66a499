import { err, ok, type Result } from '../../lib/result';
import type { PngSize } from './pngSize';
import type { FromRasterWorker, SvgJob, ToRasterWorker } from './rasterMessages';
import { planTiles, TILE_SIDE } from './tiles';

export type PngError = { code: 'canvas-failed' } | { code: 'cancelled' };

export interface PngResult {
  blob: Blob;
  size: PngSize;
}

export interface RenderPngOptions {
  signal?: AbortSignal;
  /** Called with the share done (0 to 1) after each tile. */
  onProgress?: (done: number) => void;
}

async function loadImage(svgText: string): Promise<HTMLImageElement | null> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  const image = new Image();
  image.src = url;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A new task, so that input, painting and the Cancel button get their turn between two tiles. A
 * message rather than a timer: chained timers are held back 4 ms each, seconds over a large image.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Sends a message and waits for the worker's answer, or for a Cancel. */
function ask(worker: Worker, message: ToRasterWorker, signal: AbortSignal | undefined): Promise<FromRasterWorker | 'cancelled'> {
  return new Promise((resolve) => {
    const onAbort = () => resolve('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<FromRasterWorker>) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(event.data);
    };
    worker.onerror = () => resolve({ type: 'failed' });
    worker.postMessage(message);
  });
}

/**
 * Rasterises our own SVG rendering of the document: every node at full detail whatever the canvas
 * shows, and no canvas chrome. A worker routes and draws the document and writes it one band of
 * tile rows at a time; the page decodes each band's small SVG and draws its tiles, yielding between
 * them; the worker composes the tiles and encodes the PNG (pngWorker.ts). One SVG of the whole
 * picture was parsed and laid out by the browser in one task (220 ms for 1,000 nodes): a band is a
 * twentieth of that. No step holds the page for long, and Cancel works throughout.
 */
export async function renderPng(job: SvgJob, { signal, onProgress }: RenderPngOptions = {}): Promise<Result<PngResult, PngError>> {
  const worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module' });
  try {
    const planned = await ask(worker, { type: 'plan', job }, signal);
    if (planned === 'cancelled') return err({ code: 'cancelled' });
    if (planned.type !== 'planned') return err({ code: 'canvas-failed' });
    const { size } = planned;
    const scratch = new OffscreenCanvas(TILE_SIDE, TILE_SIDE);
    const context = scratch.getContext('2d');
    if (!context) return err({ code: 'canvas-failed' });
    const tiles = planTiles(size.width, size.height);
    let bandTop = -1;
    let bandImage: HTMLImageElement | null = null;
    for (const [index, tile] of tiles.entries()) {
      if (bandImage === null || bandTop !== tile.y) {
        const written = await ask(worker, { type: 'band', top: tile.y, height: tile.height }, signal);
        if (written === 'cancelled') return err({ code: 'cancelled' });
        if (written.type !== 'band') return err({ code: 'canvas-failed' });
        bandImage = await loadImage(written.text);
        if (!bandImage) return err({ code: 'canvas-failed' });
        bandTop = tile.y;
      }
      await yieldToPage();
      if (signal?.aborted) return err({ code: 'cancelled' });
      scratch.width = tile.width;
      scratch.height = tile.height;
      context.drawImage(bandImage, tile.x, 0, tile.width, tile.height, 0, 0, tile.width, tile.height);
      const bitmap = scratch.transferToImageBitmap();
      worker.postMessage({ type: 'tile', bitmap, x: tile.x, y: tile.y } satisfies ToRasterWorker, [bitmap]);
      onProgress?.((index + 1) / tiles.length);
    }
    const encoded = await ask(worker, { type: 'finish' }, signal);
    if (encoded === 'cancelled') return err({ code: 'cancelled' });
    return encoded.type === 'done' ? ok({ blob: encoded.blob, size }) : err({ code: 'canvas-failed' });
  } catch {
    return err({ code: 'canvas-failed' });
  } finally {
    // Terminating also stops a drawing or an encoding still running after a Cancel.
    worker.terminate();
  }
}
