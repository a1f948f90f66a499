// What the page and the PNG worker (pngWorker.ts) say to each other.
import type { SalesDocument } from '../../model/types';
import type { ExportOptions } from './exportDocument';
import type { PngSize } from './pngSize';

export interface SvgJob {
  document: SalesDocument;
  options: ExportOptions;
}

export type ToRasterWorker =
  /** Route and draw the document at the PNG's size (our renderer needs no DOM), and make a transparent canvas that size. */
  | { type: 'plan'; job: SvgJob }
  /** The SVG of rows `top` to `top + height` of the PNG, and nothing wholly outside them. */
  | { type: 'band'; top: number; height: number }
  /** One tile, drawn by the page, placed at its spot. */
  | { type: 'tile'; bitmap: ImageBitmap; x: number; y: number }
  /** Encode what was drawn. */
  | { type: 'finish' };

export type FromRasterWorker =
  /** The PNG's size: the scale asked for, lowered to the browser's canvas limits. */
  | { type: 'planned'; size: PngSize }
  | { type: 'band'; text: string }
  | { type: 'done'; blob: Blob }
  | { type: 'failed' };
