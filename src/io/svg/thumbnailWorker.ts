// Draws a document's library picture off the page's thread (thumbnailInWorker.ts). The renderer
// is pure: no DOM, text measured by our own metrics.
import type { SalesDocument } from '../../model/types';
import { renderThumbnailSvg, THUMBNAIL_SIZE } from './thumbnail';

interface WorkerScope {
  onmessage: ((event: MessageEvent<SalesDocument>) => void) | null;
  postMessage: (message: string | null) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  let svg: string | null;
  try {
    svg = renderThumbnailSvg(event.data, THUMBNAIL_SIZE);
  } catch {
    svg = null;
  }
  scope.postMessage(svg);
};
