// Page sizes of the handout and how the whole diagram is spread over its first pages: fitted on one,
// or, when labels would print smaller than 8 pt, cut into overlapping tiles at that size (issue 21).

import type { PageRect } from './paintSvg';

export type PageSizeName = 'a4' | 'letter' | 'slide';
export type Orientation = 'portrait' | 'landscape';

export interface PageOptions {
  size: PageSizeName;
  orientation: Orientation;
  /** Millimetres on every side. */
  marginMm: number;
}

export const PAGE_SIZES: readonly PageSizeName[] = ['a4', 'letter', 'slide'];
export const MAX_MARGIN_MM = 50;

// Points, portrait. The slide is PowerPoint's 16:9 (13.333 × 7.5 in).
const PORTRAIT: Readonly<Record<PageSizeName, { width: number; height: number }>> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
  slide: { width: 540, height: 960 },
};

const POINTS_PER_MM = 72 / 25.4;
export const MIN_LABEL_PT = 8;
/** How much neighbouring tiles share, in points on paper: enough to see where to glue. */
export const TILE_OVERLAP_PT = 36;

export function pageSize(options: PageOptions): { width: number; height: number } {
  const { width, height } = PORTRAIT[options.size];
  return options.orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/** The page inside its margins, in PDF coordinates (origin at the bottom-left). */
export function contentArea(options: PageOptions): PageRect {
  const { width, height } = pageSize(options);
  const margin = Math.min(Math.max(0, options.marginMm), MAX_MARGIN_MM) * POINTS_PER_MM;
  return { x: margin, y: margin, width: width - 2 * margin, height: height - 2 * margin };
}

export interface Tile {
  /** The part of the drawing this tile shows, in its own units. */
  view: PageRect;
  row: number;
  column: number;
}

export interface OverviewPlan {
  /** Points per drawing unit. */
  scale: number;
  rows: number;
  columns: number;
  tiles: Tile[];
}

function starts(from: number, length: number, tile: number, overlap: number): number[] {
  if (length <= tile) return [from];
  const count = Math.ceil((length - overlap) / (tile - overlap));
  const step = (length - tile) / (count - 1);
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/**
 * One tile when the drawing fits with its smallest label at `MIN_LABEL_PT` or more; otherwise tiles
 * at exactly that size, overlapping by at least `TILE_OVERLAP_PT`, spread evenly over the drawing.
 */
export function planOverview(view: PageRect, area: { width: number; height: number }, smallestFont: number): OverviewPlan {
  const fit = Math.min(area.width / view.width, area.height / view.height);
  if (fit * smallestFont >= MIN_LABEL_PT) return { scale: fit, rows: 1, columns: 1, tiles: [{ view, row: 0, column: 0 }] };
  const scale = MIN_LABEL_PT / smallestFont;
  const tileWidth = area.width / scale;
  const tileHeight = area.height / scale;
  const overlap = TILE_OVERLAP_PT / scale;
  const xs = starts(view.x, view.width, tileWidth, overlap);
  const ys = starts(view.y, view.height, tileHeight, overlap);
  const tiles = ys.flatMap((y, row) =>
    xs.map((x, column) => ({ view: { x, y, width: Math.min(tileWidth, view.width), height: Math.min(tileHeight, view.height) }, row, column })),
  );
  return { scale, rows: ys.length, columns: xs.length, tiles };
}
