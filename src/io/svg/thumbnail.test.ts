// @vitest-environment jsdom

import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../model/generate';
import { renderThumbnailSvg } from './thumbnail';
import { salesProcess } from './testing/fixtures';

function parse(svg: string): Element {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc.documentElement;
}

describe('renderThumbnailSvg', () => {
  it('is exactly the size of its box, with the diagram centred in it', () => {
    const root = parse(renderThumbnailSvg(salesProcess('en'), { width: 320, height: 200 }));
    expect(root.getAttribute('width')).toBe('320');
    expect(root.getAttribute('height')).toBe('200');
    const [, , w, h] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect((w ?? 0) / (h ?? 1)).toBeCloseTo(320 / 200, 6);
  });

  it('keeps labels that are readable at its size and drops the rest', () => {
    const small = parse(renderThumbnailSvg(salesProcess('en'), { width: 240, height: 150 }));
    expect(small.getElementsByTagName('text')).toHaveLength(0);
    const large = parse(renderThumbnailSvg(salesProcess('en'), { width: 2400, height: 1500 }));
    expect(large.getElementsByTagName('text').length).toBeGreaterThan(15);
    expect(large.getElementsByTagName('title')).toHaveLength(0);
  });

  it('draws an edge without its detour around a node in the way when the detour would be under half a pixel', () => {
    const base = generateDocument({ nodes: 0, seed: 1 });
    const box = { width: 120, height: 60 };
    const document = {
      ...base,
      nodes: [
        { id: 'a', kind: 'stage' as const, label: 'A', position: { x: 0, y: 0 }, size: box },
        { id: 'wall', kind: 'stage' as const, label: 'Wall', position: { x: 300, y: -10 }, size: box },
        { id: 'b', kind: 'stage' as const, label: 'B', position: { x: 600, y: 0 }, size: box },
      ],
      edges: [{ id: 'ab', source: 'a', target: 'b' }],
    };
    const bends = (width: number) => {
      const path = parse(renderThumbnailSvg(document, { width, height: width / 2 })).querySelector('g.edges path')?.getAttribute('d') ?? '';
      return (path.match(/L/g) ?? []).length;
    };
    // 720 units wide: 10 units of clearance are 0.4 px at 30 px, 20 px at 1,440 px.
    expect(bends(1440)).toBeGreaterThan(1);
    expect(bends(30)).toBe(1);
  });

  // Its speed is measured by npm run bench, not here: timings are not tests.
  it('stays small for 500 nodes', () => {
    const document = generateDocument({ nodes: 500, seed: 1, lanes: true });
    const svg = renderThumbnailSvg(document, { width: 320, height: 200 });
    expect(svg.length / document.nodes.length).toBeLessThan(600);
    parse(svg);
  });
});
