// Export: our PNG path (exportPngBlob: our SVG renderer in a worker, drawn tile by tile on the page,
// composed and encoded in the worker) against html-to-image's toBlob on a host element holding the
// same SVG (how the app drew PNGs before the tiles), built before the clock starts; our SVG (exportSvgText, real SVG elements from the document) against
// html-to-image's toSvg of that same host (the DOM wrapped in a foreignObject with every computed
// style inlined, which is what toSvg gives for any DOM).
import { exportBaseSize, exportSvgText, type ExportOptions } from '../../../src/io/export/exportDocument';
import { exportPngBlob } from '../../../src/io/export/exportPng';
import { fitPngScale } from '../../../src/io/export/pngSize';
import { labDocument } from './documents';

// The export dialog's defaults (src/ui/export/ExportDialog.tsx) except the scale: 1x, not 2x.
// Generated documents are wide (a 100-node one is about 6,000 px square), and at 2x a 500-node PNG
// reaches the canvas limit (1 GB of pixels) and takes 15 s a call, too long for the run; the pixel
// work is the same on both sides, so 1x also makes our own share of the time count for more.
const OPTIONS: ExportOptions = { scale: 1, background: 'white', padding: 24, unassignedLabel: 'Unassigned', appVersion: 'bench' };

// Loaded the way the app loads it (dynamically), so the bundler keeps the app's lazy chunk intact.
const htmlToImage = () => import('html-to-image');

// The host sits off-screen; its clone must not.
const HOST_STYLE = { position: 'static', left: '0', top: '0' };

const utf8Bytes = (text: string): number => new TextEncoder().encode(text).length;

function dataUrlBytes(url: string): number {
  const base64 = url.slice(url.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return (base64.length * 3) / 4 - padding;
}

/** The element html-to-image rasterises, built the way the app built it before the tiled export. */
function buildHost(nodes: number): { host: HTMLDivElement; width: number; height: number; scale: number } {
  const { doc } = labDocument(nodes, true);
  const { width, height } = exportBaseSize(doc, OPTIONS);
  const host = document.createElement('div');
  host.style.cssText = `position:fixed;left:-100000px;top:0;width:${width}px;height:${height}px;pointer-events:none;`;
  const parsed = new DOMParser().parseFromString(exportSvgText(doc, OPTIONS), 'image/svg+xml');
  const svg = document.importNode(parsed.documentElement, true);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  host.append(svg);
  document.body.append(host);
  return { host, width, height, scale: fitPngScale(width, height, OPTIONS.scale).scale };
}

export interface ExportSample {
  ms: number;
  bytes: number;
}

export const exporting = {
  async pngApp(nodes: number): Promise<ExportSample & { width: number; height: number }> {
    const { doc } = labDocument(nodes, true);
    const start = performance.now();
    const result = await exportPngBlob(doc, OPTIONS);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`exportPngBlob failed: ${result.error.code}`);
    return { ms, bytes: result.value.blob.size, width: result.value.size.width, height: result.value.size.height };
  },

  /**
   * html-to-image's toBlob, with the options the app passed it before the tiled export: the
   * baseline that the tiled export is measured against.
   */
  async pngBare(nodes: number): Promise<ExportSample> {
    const { toBlob } = await htmlToImage();
    const { host, width, height, scale } = buildHost(nodes);
    try {
      const start = performance.now();
      const blob = await toBlob(host, { width, height, pixelRatio: scale, skipFonts: true, style: HOST_STYLE });
      const ms = performance.now() - start;
      if (blob === null) throw new Error('toBlob gave no blob');
      return { ms, bytes: blob.size };
    } finally {
      host.remove();
    }
  },

  /**
   * html-to-image's toPng, as the issue names it: the same rendering, but encoded with
   * canvas.toDataURL on the main thread and handed back as base64 text, which costs more than
   * toBlob on big images; so a ratio against it flatters our path, and is kept for information.
   */
  async pngBareToPng(nodes: number): Promise<ExportSample> {
    const { toPng } = await htmlToImage();
    const { host, width, height, scale } = buildHost(nodes);
    try {
      const start = performance.now();
      const url = await toPng(host, { width, height, pixelRatio: scale, skipFonts: true, style: HOST_STYLE });
      return { ms: performance.now() - start, bytes: dataUrlBytes(url) };
    } finally {
      host.remove();
    }
  },

  svgApp(nodes: number): ExportSample {
    const { doc } = labDocument(nodes, true);
    const start = performance.now();
    const text = exportSvgText(doc, OPTIONS);
    const ms = performance.now() - start;
    return { ms, bytes: utf8Bytes(text) };
  },

  async svgBare(nodes: number): Promise<ExportSample> {
    const { toSvg } = await htmlToImage();
    const { host, width, height } = buildHost(nodes);
    try {
      const start = performance.now();
      const url = await toSvg(host, { width, height, skipFonts: true, style: HOST_STYLE });
      const ms = performance.now() - start;
      // toSvg answers a data: URL of URI-encoded SVG text; the file is the decoded text.
      return { ms, bytes: utf8Bytes(decodeURIComponent(url.slice(url.indexOf(',') + 1))) };
    } finally {
      host.remove();
    }
  },
};
