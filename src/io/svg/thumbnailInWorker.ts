import { askOnce } from '../../lib/oneShotWorker';
import type { SalesDocument } from '../../model/types';
import { renderThumbnailSvg, THUMBNAIL_SIZE } from './thumbnail';

function drawnHere(document: SalesDocument): string | null {
  try {
    return renderThumbnailSvg(document, THUMBNAIL_SIZE);
  } catch {
    return null;
  }
}

/**
 * The library's picture of a document, drawn in a module worker of its own (thumbnailWorker.ts):
 * a 1,000-node diagram's routes and labels take tens of milliseconds to place, which an import
 * already busy with its reading and layout should not add to the page's thread. Null when it
 * cannot be drawn (the document is then saved without it). Without `Worker` (jsdom) it draws on
 * the spot.
 */
export function drawThumbnailInWorker(document: SalesDocument): Promise<string | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(drawnHere(document));
  return askOnce<SalesDocument, string | null>(() => new Worker(new URL('./thumbnailWorker.ts', import.meta.url), { type: 'module' }), document, () => null);
}
