// Library cards and template previews: the export renderer, fitted into a small box. Labels too
// small to read are left out, which also keeps a 500-node document cheap to draw.

import type { Theme } from '../../model/shapes';
import type { SalesDocument } from '../../model/types';
import { drawDocument, type Background } from './drawDocument';
import { positiveOr } from './format';

export interface ThumbnailOptions {
  width: number;
  height: number;
  /** Transparent when absent, so the card's own background shows. */
  background?: Background;
  theme?: Theme;
  padding?: number;
  idPrefix?: string;
}

/** Below this on screen a label is a grey smudge. */
const MIN_READABLE_FONT_PX = 6;

const DEFAULT_PADDING = 16;

/** One size for every picture of a document: library cards, template previews, history previews. */
export const THUMBNAIL_SIZE: ThumbnailOptions = { width: 320, height: 200 };

export function renderThumbnailSvg(doc: SalesDocument, options: ThumbnailOptions): string {
  const background = options.background ?? 'transparent';
  return drawDocument(doc, {
    padding: options.padding === 0 ? 0 : positiveOr(options.padding, DEFAULT_PADDING),
    size: { width: positiveOr(options.width, 1), height: positiveOr(options.height, 1) },
    scale: 1,
    background,
    theme: options.theme ?? (background === 'dark' ? 'dark' : 'light'),
    idPrefix: options.idPrefix ?? 'sf-thumb',
    minStrokePx: 0.75,
    minReadableFontPx: MIN_READABLE_FONT_PX,
    titles: false,
    unassignedLabel: '',
  });
}
