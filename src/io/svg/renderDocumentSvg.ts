// A standalone SVG file of a document, for the SVG export and as the source of other renderings.

import type { Theme } from '../../model/shapes';
import type { SalesDocument } from '../../model/types';
import { planDrawing, writeDrawing, type Background, type Drawing, type DrawSettings } from './drawDocument';
import { positiveOr } from './format';
import { subdocument } from './subdocument';
import type { DiagramFigures } from './drawFigures';

export type { Background };

export interface RenderSvgOptions {
  /** Canvas units around the diagram's bounds; 24 when absent. */
  padding?: number;
  /** Output pixels per canvas unit for `width` and `height`; 1 when absent. */
  scale?: number;
  /** White when absent. */
  background?: Background;
  /** Node and edge colours; dark when the background is dark, light otherwise, when absent. */
  theme?: Theme;
  /** Only these nodes, and the edges between them. */
  selection?: readonly string[];
  /** Header of the band holding nodes without a lane, in the user's language; none when absent. */
  unassignedLabel?: string;
  /** Prefix of ids inside the file, for SVGs inlined together in one page; `sf` when absent. */
  idPrefix?: string;
  /** The forecast's volume badges, rate chips and legend, formatted by the caller. */
  figures?: DiagramFigures;
  /** `<title>` tooltips on the document, nodes and edges; on when absent. A raster has no use for them. */
  titles?: boolean;
  /** Width over height of the picture (a slide's 16:9), the diagram centred in it; its own when absent. */
  aspect?: number;
}

export const DEFAULT_PADDING = 24;

function drawSettings(options: RenderSvgOptions, size: DrawSettings['size']): DrawSettings {
  const background = options.background ?? 'white';
  return {
    padding: options.padding === 0 ? 0 : positiveOr(options.padding, DEFAULT_PADDING),
    size,
    scale: positiveOr(options.scale, 1),
    background,
    theme: options.theme ?? (background === 'dark' ? 'dark' : 'light'),
    idPrefix: options.idPrefix ?? 'sf',
    minStrokePx: 0,
    minReadableFontPx: 0,
    titles: options.titles ?? true,
    unassignedLabel: options.unassignedLabel ?? '',
    ...(options.figures ? { figures: options.figures } : {}),
    ...(options.aspect ? { aspect: options.aspect } : {}),
  };
}

function scoped(doc: SalesDocument, options: RenderSvgOptions): SalesDocument {
  return options.selection === undefined ? doc : subdocument(doc, options.selection);
}

export function renderDocumentSvg(doc: SalesDocument, options: RenderSvgOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeDrawing(planDrawing(scoped(doc, options), drawSettings(options, null)))}\n`;
}

/** The same picture, fitted into `size` output pixels and not yet written, for rasterising a band at a time. */
export function planDocumentSvg(doc: SalesDocument, options: RenderSvgOptions, size: { width: number; height: number }): Drawing {
  return planDrawing(scoped(doc, options), drawSettings(options, size));
}
