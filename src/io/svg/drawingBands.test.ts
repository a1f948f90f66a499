// The PNG export writes its picture a band of rows at a time (src/io/export/renderPng.ts). Judged
// by librsvg: the bands, drawn and stacked, must be the whole picture pixel for pixel, lanes,
// labels, chips and badges included, and each band must leave out what lies wholly outside it.

import { describe, expect, it } from 'vitest';
import { salesProcess, chain } from './testing/fixtures';
import { planDocumentSvg } from './renderDocumentSvg';
import { writeDrawing, writeDrawingBand } from './drawDocument';
import { rasterizeSvg } from './testing/rasterize';
import type { DecodedImage } from './testing/decodePng';
import { documentBounds } from './bounds';

function figuresFor(language: 'en' | 'zh') {
  const document = salesProcess(language);
  return {
    nodes: new Map(document.nodes.map((node, index) => [node.id, `${(index + 1) * 37}`])),
    edges: new Map(document.edges.map((edge, index) => [edge.id, `${(index * 7) % 100}%`])),
    conflicts: new Set(['e4']),
    leaks: new Map([['discovery', '12'], ['proposal', '3']]),
    legend: language === 'en' ? 'Forecast for 500 leads a month' : '每月 500 条线索的预测',
  };
}

/** Rows of `image` from `top` on, copied into `into` at the same rows. */
function stack(into: Uint8Array, band: DecodedImage, top: number): void {
  into.set(band.data, top * band.width * 4);
}

function largestDifference(a: Uint8Array, b: Uint8Array): number {
  let largest = 0;
  for (let i = 0; i < a.length; i += 1) largest = Math.max(largest, Math.abs(a[i]! - b[i]!));
  return largest;
}

describe('a drawing written in bands', () => {
  for (const language of ['en', 'zh'] as const) {
    it(`stacks up to the whole picture as librsvg draws it, in ${language}`, () => {
      const document = salesProcess(language);
      const bounds = documentBounds(document);
      // An uneven scale and an uneven band height, so that band edges fall between canvas units.
      const size = { width: Math.floor((bounds.width + 48) * 1.37), height: Math.floor((bounds.height + 48 + 20) * 1.37) };
      const drawing = planDocumentSvg(document, { figures: figuresFor(language), titles: false }, size);
      const whole = rasterizeSvg(writeDrawing(drawing));
      expect([whole.width, whole.height]).toEqual([size.width, size.height]);
      const stacked = new Uint8Array(whole.data.length);
      const bandHeight = 331;
      for (let top = 0; top < size.height; top += bandHeight) {
        const height = Math.min(bandHeight, size.height - top);
        const band = rasterizeSvg(writeDrawingBand(drawing, top, height));
        expect([band.width, band.height]).toEqual([size.width, height]);
        stack(stacked, band, top);
      }
      // Band edges fall between canvas units, so anti-aliasing may differ by a few levels; an element
      // left out of a band would differ by a hundred or more.
      expect(largestDifference(whole.data, stacked)).toBeLessThanOrEqual(32);
    });
  }

  it('leaves out the nodes and edges of other bands', () => {
    const document = chain(400);
    const bounds = documentBounds(document);
    const size = { width: Math.floor(bounds.width + 48), height: Math.floor(bounds.height + 48) };
    const drawing = planDocumentSvg(document, { titles: false }, size);
    const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;
    const nodesInWhole = count(writeDrawing(drawing), /Stage \d+</g);
    const band = writeDrawingBand(drawing, Math.floor(size.height / 2), 120);
    expect(nodesInWhole).toBe(400);
    // Sixteen rows of 25 stages, 120 units apart: a 120-pixel band meets two rows of them at most.
    expect(count(band, /Stage \d+</g)).toBeGreaterThan(0);
    expect(count(band, /Stage \d+</g)).toBeLessThanOrEqual(50);
  });
});
