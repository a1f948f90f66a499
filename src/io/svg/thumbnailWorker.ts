// Draws a document's library picture off the page's thread (thumbnailInWorker.ts). The renderer
// is pure: no DOM, text measured by our own metrics.
import { answerEach } from '../../lib/oneShotWorker';
import type { SalesDocument } from '../../model/types';
import { renderThumbnailSvg, THUMBNAIL_SIZE } from './thumbnail';

answerEach<SalesDocument, string | null>((document) => renderThumbnailSvg(document, THUMBNAIL_SIZE), () => null);
