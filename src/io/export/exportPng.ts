import type { Result } from '../../lib/result';
import type { SalesDocument } from '../../model/types';
import type { ExportOptions } from './exportDocument';
import { renderPng, type PngError, type PngResult, type RenderPngOptions } from './renderPng';

/** The document (or its selection) as a PNG, drawn without holding the page (renderPng.ts). */
export function exportPngBlob(
  document: SalesDocument,
  options: ExportOptions,
  progress: RenderPngOptions = {},
): Promise<Result<PngResult, PngError>> {
  return renderPng({ document, options }, progress);
}
