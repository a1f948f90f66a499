import { describe, expect, it } from 'vitest';
import { templateDocuments } from '../testing/templateDocuments';
import { stepView, walkthroughNodeIds } from '../../model/walkthrough/steps';
import { exportBaseSize, exportSvgText, type ExportOptions } from './exportDocument';

const BASE: ExportOptions = { scale: 1, background: 'white', padding: 24, unassignedLabel: '', appVersion: 'test' };

function svgBox(svg: string) {
  const width = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]*\sheight="([\d.]+)"/.exec(svg)?.[1]);
  const view = /viewBox="([-\d. ]+)"/.exec(svg)![1]!.split(' ').map(Number);
  return { width, height, view };
}

describe('slide-ready images', () => {
  const { document } = templateDocuments().find((t) => t.name === 'b2b-enterprise-sale' && t.language === 'en')!;
  const step = walkthroughNodeIds(document)[1]!;

  for (const [scope, selection] of [
    ['the diagram', undefined],
    ['one step', stepView(document, step).nodeIds],
  ] as const) {
    it(`${scope}: a 16:9 picture holding the diagram's own frame, centred`, () => {
      const fit = svgBox(exportSvgText(document, { ...BASE, ...(selection ? { selection } : {}) }));
      const slide = svgBox(exportSvgText(document, { ...BASE, slide: true, ...(selection ? { selection } : {}) }));
      expect(slide.width / slide.height).toBeCloseTo(16 / 9, 3);
      expect(slide.view[2]! / slide.view[3]!).toBeCloseTo(16 / 9, 3);
      // The fitted frame lies inside the slide's, centred on it.
      const [fx, fy, fw, fh] = fit.view as [number, number, number, number];
      const [sx, sy, sw, sh] = slide.view as [number, number, number, number];
      expect(sx).toBeLessThanOrEqual(fx + 0.01);
      expect(sy).toBeLessThanOrEqual(fy + 0.01);
      expect(sx + sw).toBeGreaterThanOrEqual(fx + fw - 0.01);
      expect(sy + sh).toBeGreaterThanOrEqual(fy + fh - 0.01);
      expect(sx + sw / 2).toBeCloseTo(fx + fw / 2, 1);
      expect(sy + sh / 2).toBeCloseTo(fy + fh / 2, 1);
      // The PNG is sized the same way.
      const png = exportBaseSize(document, { ...BASE, slide: true, ...(selection ? { selection } : {}) });
      expect(Math.abs(png.width / png.height - 16 / 9)).toBeLessThan(0.01);
    });
  }
});
