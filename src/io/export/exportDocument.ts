import { serializeDocumentFile } from '../../model/parse';
import type { SalesDocument } from '../../model/types';
import { documentBounds } from '../svg/bounds';
import { planDocumentSvg, renderDocumentSvg, type Background, type RenderSvgOptions } from '../svg/renderDocumentSvg';
import type { Drawing } from '../svg/drawDocument';
import { subdocument } from '../svg/subdocument';
import { growToAspect, SLIDE_ASPECT } from '../svg/aspect';
import { LEGEND_HEIGHT, legendFrameWidth, type DiagramFigures } from '../svg/drawFigures';
import { exportMermaid } from '../mermaid/exportMermaid';
import { exportDrawio } from '../drawio/exportDrawio';

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'pptx' | 'json' | 'mermaid' | 'drawio';

/** The file name extension of each format. */
export const FORMAT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { png: 'png', svg: 'svg', pdf: 'pdf', pptx: 'pptx', json: 'json', mermaid: 'mmd', drawio: 'drawio' };

export interface ExportOptions {
  /** Only these nodes and the edges between them; everything when absent or empty. */
  selection?: readonly string[];
  scale: number;
  background: Background;
  padding: number;
  unassignedLabel: string;
  appVersion: string;
  /** The forecast drawn on the image (badges, chips, legend); none when absent. */
  figures?: DiagramFigures;
  /** A 16:9 slide-ready picture, the diagram centred in it; the diagram's own proportions when absent. */
  slide?: boolean;
}

function scoped(document: SalesDocument, selection: readonly string[] | undefined): SalesDocument {
  return selection && selection.length > 0 ? subdocument(document, selection) : document;
}

function svgOptions(options: ExportOptions, titles: boolean): RenderSvgOptions {
  return {
    padding: options.padding,
    background: options.background,
    unassignedLabel: options.unassignedLabel,
    titles,
    ...(options.figures ? { figures: options.figures } : {}),
    ...(options.slide ? { aspect: SLIDE_ASPECT } : {}),
  };
}

/** The SVG file. */
export function exportSvgText(document: SalesDocument, options: ExportOptions): string {
  return renderDocumentSvg(scoped(document, options.selection), svgOptions(options, true));
}

/**
 * The PNG's picture at its pixel size, to be written a band at a time (pngWorker.ts). Tooltips are
 * left out: a PNG cannot show them, and the page would still have to parse them.
 */
export function planPngDrawing(document: SalesDocument, options: ExportOptions, size: { width: number; height: number }): Drawing {
  return planDocumentSvg(scoped(document, options.selection), svgOptions(options, false), size);
}

export function exportJsonText(document: SalesDocument, options: Pick<ExportOptions, 'selection' | 'appVersion'>): string {
  return serializeDocumentFile(scoped(document, options.selection), options.appVersion);
}

/** Mermaid flowchart text; `rates` writes each edge's conversion rate into its label. */
export function exportMermaidText(document: SalesDocument, options: Pick<ExportOptions, 'selection'> & { rates: boolean }): string {
  return exportMermaid(scoped(document, options.selection), { rates: options.rates });
}

/** A draw.io file (uncompressed mxfile); `rates` writes each edge's conversion rate into its label. */
export function exportDrawioText(document: SalesDocument, options: Pick<ExportOptions, 'selection' | 'appVersion'> & { rates: boolean }): string {
  return exportDrawio(scoped(document, options.selection), { rates: options.rates, appVersion: options.appVersion });
}

/** The pixel size of the PNG before any scale: the diagram's bounds plus padding on each side. */
export function exportBaseSize(document: SalesDocument, options: Pick<ExportOptions, 'selection' | 'padding' | 'figures' | 'slide'>) {
  const bounds = documentBounds(scoped(document, options.selection));
  const legend = options.figures ? LEGEND_HEIGHT : 0;
  const framed = {
    width: Math.max(bounds.width + 2 * options.padding, legendFrameWidth(options.figures, options.padding)),
    height: bounds.height + 2 * options.padding + legend,
  };
  const size = options.slide ? growToAspect(framed, SLIDE_ASPECT) : framed;
  return { width: Math.ceil(size.width), height: Math.ceil(size.height) };
}
