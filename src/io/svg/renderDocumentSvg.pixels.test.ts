// Renders the SVG with librsvg (rsvg-convert) and looks at the pixels: a renderer outside the
// browser has to draw every node, label and edge where the document says they are. Expected
// positions come from the document here, never from the renderer.

import { describe, expect, it } from 'vitest';
import { kindAppearance, shapeGeometry } from '../../model/shapes';
import type { FlowNode, SalesDocument } from '../../model/types';
import { LANE_HEADER, LANE_PADDING } from '../../model/laneBands';
import { renderDocumentSvg } from './renderDocumentSvg';
import { pixelAt, type DecodedImage } from './testing/decodePng';
import { salesProcess } from './testing/fixtures';
import { rasterizeSvg } from './testing/rasterize';
import { renderThumbnailSvg } from './thumbnail';

const PADDING = 24;
const ZOOM = 2;

type Rgb = readonly [number, number, number];

function hex(color: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as unknown as Rgb;
}

function distance(a: Rgb, b: Rgb): number {
  return Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]);
}

function rgbAt(image: DecodedImage, x: number, y: number): Rgb {
  const [r, g, b] = pixelAt(image, x, y);
  return [r, g, b];
}

/** Pixels in a canvas-unit rectangle (origin = the frame's top-left) matching a test. */
function count(
  image: DecodedImage,
  origin: { x: number; y: number },
  rect: { x: number; y: number; width: number; height: number },
  test: (rgb: Rgb) => boolean,
): { matching: number; total: number } {
  let matching = 0;
  let total = 0;
  const x0 = Math.ceil((rect.x - origin.x) * ZOOM);
  const y0 = Math.ceil((rect.y - origin.y) * ZOOM);
  const x1 = Math.floor((rect.x + rect.width - origin.x) * ZOOM);
  const y1 = Math.floor((rect.y + rect.height - origin.y) * ZOOM);
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      total++;
      if (test(rgbAt(image, x, y))) matching++;
    }
  }
  return { matching, total };
}

function withoutLanes(document: SalesDocument): SalesDocument {
  return {
    ...document,
    lanes: [],
    nodes: document.nodes.map(({ laneId: _laneId, ...node }) => node),
  };
}

/** Frame origin of a document without lanes whose edges run between its nodes. */
function nodeFrameOrigin(nodes: readonly FlowNode[]): { x: number; y: number } {
  return {
    x: Math.min(...nodes.map((n) => n.position.x)) - PADDING,
    y: Math.min(...nodes.map((n) => n.position.y)) - PADDING,
  };
}

function inset(node: FlowNode, by: number): { x: number; y: number; width: number; height: number } {
  return { x: node.position.x + by, y: node.position.y + by, width: node.size.width - 2 * by, height: node.size.height - 2 * by };
}

const WHITE: Rgb = [255, 255, 255];

describe('renderDocumentSvg through librsvg', () => {
  it('draws every node filled, where the document puts it', () => {
    const document = withoutLanes(salesProcess('en'));
    const image = rasterizeSvg(renderDocumentSvg(document, { padding: PADDING }), { zoom: ZOOM });
    const origin = nodeFrameOrigin(document.nodes);
    const right = Math.max(...document.nodes.map((n) => n.position.x + n.size.width)) + PADDING;
    const bottom = Math.max(...document.nodes.map((n) => n.position.y + n.size.height)) + PADDING;
    expect(image.width).toBe(Math.ceil((right - origin.x) * ZOOM));
    expect(image.height).toBe(Math.ceil((bottom - origin.y) * ZOOM));
    for (const node of document.nodes) {
      const { matching, total } = count(image, origin, inset(node, 3), (rgb) => distance(rgb, WHITE) > 30);
      // A diamond covers half of its box; every other symbol nearly all of it.
      expect(matching / total, `${node.kind} ${node.label}`).toBeGreaterThan(node.kind === 'decision' ? 0.5 : 0.9);
      // Just outside the box, only the edges attached at the middle of each side.
      const { x, y } = node.position;
      const { width, height } = node.size;
      for (const strip of [
        { x: x + 4, y: y - 8, width: width - 8, height: 4 },
        { x: x + 4, y: y + height + 4, width: width - 8, height: 4 },
        { x: x - 8, y: y + 4, width: 4, height: height - 8 },
        { x: x + width + 4, y: y + 4, width: 4, height: height - 8 },
      ]) {
        const outside = count(image, origin, strip, (rgb) => distance(rgb, WHITE) > 30);
        expect(outside.matching / outside.total, `around ${node.label}`).toBeLessThan(0.25);
      }
    }
    // And nothing in the empty padding corner.
    expect(distance(rgbAt(image, 2, 2), WHITE)).toBe(0);
  });

  it.each(['en', 'zh'] as const)('writes every %s label in its kind’s text colour', (language) => {
    const document = withoutLanes(salesProcess(language));
    const image = rasterizeSvg(renderDocumentSvg(document, { padding: PADDING }), { zoom: ZOOM });
    const origin = nodeFrameOrigin(document.nodes);
    for (const node of document.nodes) {
      const box = shapeGeometry(node.kind, node.size.width, node.size.height).textBox;
      const text = hex(kindAppearance(node.kind).text);
      const { matching } = count(
        image,
        origin,
        { x: node.position.x + box.x, y: node.position.y + box.y, width: box.width, height: box.height },
        (rgb) => distance(rgb, text) < 90,
      );
      expect(matching, `${node.kind} ${node.label}`).toBeGreaterThan(40);
    }
  });

  it('draws the edge between two nodes', () => {
    const document = withoutLanes(salesProcess('en'));
    const image = rasterizeSvg(renderDocumentSvg(document, { padding: PADDING }), { zoom: ZOOM });
    const origin = nodeFrameOrigin(document.nodes);
    const byId = new Map(document.nodes.map((n) => [n.id, n]));
    const edgeColour = hex('#64748b');
    // Straight, same-height neighbours: the line runs through the middle of the gap.
    for (const [from, to] of [
      ['leads', 'crm'],
      ['design', 'proposal'],
      ['invoice', 'won'],
    ] as const) {
      const a = byId.get(from);
      const b = byId.get(to);
      if (a === undefined || b === undefined) throw new Error('fixture changed');
      const x = (a.position.x + a.size.width + b.position.x) / 2;
      const y = a.position.y + a.size.height / 2;
      const { matching } = count(image, origin, { x: x - 4, y: y - 3, width: 8, height: 6 }, (rgb) => distance(rgb, edgeColour) < 60);
      expect(matching, `${from} -> ${to}`).toBeGreaterThan(4);
    }
  });

  it('draws lanes: a header band before the nodes, in the lane colours', () => {
    const document = salesProcess('en');
    const image = rasterizeSvg(renderDocumentSvg(document, { padding: PADDING }), { zoom: ZOOM });
    const left = Math.min(...document.nodes.map((n) => n.position.x)) - LANE_PADDING - LANE_HEADER;
    const firstLane = document.nodes.filter((n) => n.laneId === document.lanes[0]?.id);
    const top = Math.min(...firstLane.map((n) => n.position.y)) - LANE_PADDING;
    const origin = { x: left - PADDING, y: top - PADDING };
    const headerColour = hex('#e2e8f0');
    const corner = { x: left + 4, y: top + 4, width: 20, height: 20 };
    const { matching, total } = count(image, origin, corner, (rgb) => distance(rgb, headerColour) < 12);
    expect(matching / total).toBeGreaterThan(0.9);
    for (const node of document.nodes) {
      // Lane fills lie within 30 of white, the palest node fill (document, #ede9fe) 41 away.
      const filled = count(image, origin, inset(node, 3), (rgb) => distance(rgb, WHITE) > 35);
      expect(filled.matching / filled.total, node.label).toBeGreaterThan(node.kind === 'decision' ? 0.5 : 0.9);
    }
  });

  it('leaves a transparent background transparent and paints a dark one', () => {
    const document = withoutLanes(salesProcess('en'));
    const clear = rasterizeSvg(renderDocumentSvg(document, { background: 'transparent' }));
    expect(pixelAt(clear, 1, 1)[3]).toBe(0);
    const dark = rasterizeSvg(renderDocumentSvg(document, { background: 'dark' }));
    expect(distance(rgbAt(dark, 1, 1), hex('#0f172a'))).toBeLessThan(4);
    expect(pixelAt(dark, 1, 1)[3]).toBe(255);
  });

  it('fits a thumbnail into its box exactly, drawing something in it', () => {
    const image = rasterizeSvg(renderThumbnailSvg(salesProcess('en'), { width: 320, height: 200, background: 'white' }));
    expect([image.width, image.height]).toEqual([320, 200]);
    let ink = 0;
    for (let y = 0; y < image.height; y++) for (let x = 0; x < image.width; x++) if (distance(rgbAt(image, x, y), WHITE) > 30) ink++;
    expect(ink).toBeGreaterThan(320 * 200 * 0.1);
  });
});
