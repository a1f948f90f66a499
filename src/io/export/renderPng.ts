import { err, ok, type Result } from '../../lib/result';
import { fitPngScale, type PngSize } from './pngSize';

export type PngError = { code: 'canvas-failed' } | { code: 'cancelled' };

export interface PngResult {
  blob: Blob;
  size: PngSize;
}

// html-to-image is loaded on first use: it is not needed until someone exports.
async function loadRenderer() {
  return import('html-to-image');
}

/**
 * Rasterises our own SVG rendering of the document with html-to-image: every node at full
 * detail whatever the canvas shows, and no canvas chrome (minimap, handles, selection).
 */
export async function renderPng(
  svgText: string,
  width: number,
  height: number,
  requestedScale: number,
  signal?: AbortSignal,
): Promise<Result<PngResult, PngError>> {
  const size = fitPngScale(width, height, requestedScale);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;pointer-events:none;`;
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = document.importNode(parsed.documentElement, true);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  host.append(svg);
  document.body.append(host);
  try {
    const { toBlob } = await loadRenderer();
    if (signal?.aborted) return err({ code: 'cancelled' });
    // The host sits off-screen; its clone must not, or the picture is drawn outside the image.
    const blob = await toBlob(host, {
      width,
      height,
      pixelRatio: size.scale,
      skipFonts: true,
      style: { position: 'static', left: '0', top: '0' },
    });
    if (signal?.aborted) return err({ code: 'cancelled' });
    // Chromium hands back null instead of throwing when the canvas was too large to encode.
    if (blob === null) return err({ code: 'canvas-failed' });
    return ok({ blob, size });
  } catch {
    return err({ code: 'canvas-failed' });
  } finally {
    host.remove();
  }
}
