// Draws the document, writes it a band of rows at a time as SVG, composes the page's tiles on an
// OffscreenCanvas and encodes the PNG, so that neither the routing and drawing of a large diagram,
// nor the canvas of the whole image, nor its encoding (each up to seconds) runs on the page's
// thread. The tiles are drawn by the page: an SVG can't be decoded in a worker (no DOM, and
// Chromium's createImageBitmap refuses SVG blobs there).
import type { Drawing } from '../svg/drawDocument';
import { writeDrawingBand } from '../svg/drawDocument';
import { exportBaseSize, planPngDrawing } from './exportDocument';
import { fitPngScale } from './pngSize';
import type { FromRasterWorker, ToRasterWorker } from './rasterMessages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToRasterWorker>) => void) | null;
  postMessage: (message: FromRasterWorker) => void;
}

const scope = globalThis as unknown as WorkerScope;
let drawing: Drawing | null = null;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

function encode(): void {
  if (!canvas || !context) {
    scope.postMessage({ type: 'failed' });
    return;
  }
  canvas.convertToBlob({ type: 'image/png' }).then(
    (blob) => scope.postMessage({ type: 'done', blob }),
    // Past the browser's canvas limits the encoder refuses instead of writing an empty image.
    () => scope.postMessage({ type: 'failed' }),
  );
}

function plan(message: Extract<ToRasterWorker, { type: 'plan' }>): FromRasterWorker {
  const { document, options } = message.job;
  const base = exportBaseSize(document, options);
  const size = fitPngScale(base.width, base.height, options.scale);
  drawing = planPngDrawing(document, options, size);
  canvas = new OffscreenCanvas(size.width, size.height);
  context = canvas.getContext('2d');
  return context ? { type: 'planned', size } : { type: 'failed' };
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'plan') {
    try {
      scope.postMessage(plan(message));
    } catch {
      scope.postMessage({ type: 'failed' });
    }
  } else if (message.type === 'band') {
    scope.postMessage(drawing ? { type: 'band', text: writeDrawingBand(drawing, message.top, message.height) } : { type: 'failed' });
  } else if (message.type === 'tile') {
    context?.drawImage(message.bitmap, message.x, message.y);
    message.bitmap.close();
  } else {
    encode();
  }
};
