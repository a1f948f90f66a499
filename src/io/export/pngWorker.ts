// Writes the SVG, composes the page's tiles on an OffscreenCanvas and encodes the PNG, so that
// neither the SVG of a large diagram, nor the canvas of the whole image, nor its encoding (each
// up to seconds) runs on the page's thread. The tiles are drawn by the page: an SVG can't be
// decoded in a worker (no DOM, and Chromium's createImageBitmap refuses SVG blobs there).
import { exportBaseSize, exportSvgText } from './exportDocument';
import type { FromRasterWorker, ToRasterWorker } from './rasterMessages';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToRasterWorker>) => void) | null;
  postMessage: (message: FromRasterWorker) => void;
}

const scope = globalThis as unknown as WorkerScope;
let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let failed = false;

function encode(): void {
  if (failed || !canvas) {
    scope.postMessage({ type: 'failed' });
    return;
  }
  canvas.convertToBlob({ type: 'image/png' }).then(
    (blob) => scope.postMessage({ type: 'done', blob }),
    // Past the browser's canvas limits the encoder refuses instead of writing an empty image.
    () => scope.postMessage({ type: 'failed' }),
  );
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'svg') {
    try {
      const { document, options } = message.job;
      scope.postMessage({ type: 'svg', text: exportSvgText(document, options, true), ...exportBaseSize(document, options) });
    } catch {
      scope.postMessage({ type: 'failed' });
    }
  } else if (message.type === 'start') {
    try {
      canvas = new OffscreenCanvas(message.width, message.height);
      context = canvas.getContext('2d');
      failed = context === null;
    } catch {
      failed = true;
    }
  } else if (message.type === 'tile') {
    if (context) context.drawImage(message.bitmap, message.x, message.y);
    message.bitmap.close();
  } else {
    encode();
  }
};
