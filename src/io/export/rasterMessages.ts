// What the page and the PNG worker (pngWorker.ts) say to each other.
import type { SalesDocument } from '../../model/types';
import type { ExportOptions } from './exportDocument';

export interface SvgJob {
  document: SalesDocument;
  options: ExportOptions;
}

export type ToRasterWorker =
  /** Write the SVG to rasterise (our renderer needs no DOM), and keep the page free meanwhile. */
  | { type: 'svg'; job: SvgJob }
  /** A transparent canvas of the PNG's size. */
  | { type: 'start'; width: number; height: number }
  /** One tile, drawn by the page, placed at its spot. */
  | { type: 'tile'; bitmap: ImageBitmap; x: number; y: number }
  /** Encode what was drawn. */
  | { type: 'finish' };

export type FromRasterWorker =
  /** The SVG, and the size in CSS pixels it is drawn at before any scale (routing every edge to find it). */
  | { type: 'svg'; text: string; width: number; height: number }
  | { type: 'done'; blob: Blob }
  | { type: 'failed' };
