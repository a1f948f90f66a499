import { err, ok, type Result } from '../../lib/result';
import { fitPngScale, type PngSize } from './pngSize';
import type { FromRasterWorker, SvgJob, ToRasterWorker } from './rasterMessages';
import { planTiles, tileSource, TILE_SIDE } from './tiles';

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

/** The SVG at the size of the PNG's source: its own viewBox drawn into `width × height` CSS pixels. */
function sized(svgText: string, width: number, height: number): string {
  return svgText.replace(/<svg\b[^>]*>/, (tag) =>
    tag.replace(/\swidth="[^"]*"/, ` width="${width}"`).replace(/\sheight="[^"]*"/, ` height="${height}"`),
  );
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
 * shows, and no canvas chrome. A worker writes the SVG; the page decodes it and draws it tile by
 * tile, yielding between tiles; the worker composes the tiles and encodes the PNG (pngWorker.ts).
 * No step holds the page for long, and Cancel works throughout.
 */
export async function renderPng(job: SvgJob, { signal, onProgress }: RenderPngOptions = {}): Promise<Result<PngResult, PngError>> {
  const worker = new Worker(new URL('./pngWorker.ts', import.meta.url), { type: 'module' });
  try {
    const svg = await ask(worker, { type: 'svg', job }, signal);
    if (svg === 'cancelled') return err({ code: 'cancelled' });
    if (svg.type !== 'svg') return err({ code: 'canvas-failed' });
    const size = fitPngScale(svg.width, svg.height, job.options.scale);
    const image = await loadImage(sized(svg.text, svg.width, svg.height));
    if (signal?.aborted) return err({ code: 'cancelled' });
    if (!image) return err({ code: 'canvas-failed' });
    worker.postMessage({ type: 'start', width: size.width, height: size.height } satisfies ToRasterWorker);
    const scratch = new OffscreenCanvas(TILE_SIDE, TILE_SIDE);
    const context = scratch.getContext('2d');
    if (!context) return err({ code: 'canvas-failed' });
    const tiles = planTiles(size.width, size.height);
    for (const [index, tile] of tiles.entries()) {
      await yieldToPage();
      if (signal?.aborted) return err({ code: 'cancelled' });
      scratch.width = tile.width;
      scratch.height = tile.height;
      const source = tileSource(tile, size.scale);
      context.drawImage(image, source.x, source.y, source.width, source.height, 0, 0, tile.width, tile.height);
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
    // Terminating also stops an SVG or an encoding still running after a Cancel.
    worker.terminate();
  }
}
