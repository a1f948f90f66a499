// @vitest-environment node
// The handout read by poppler, outside our code (issue 21): fonts embedded, every page rendered with
// no system font to stand in, ink where the labels are, every label found as text, no images, and
// the page count and size chosen. English and Chinese.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeLabelBox, nodeLabelLines } from '../../geometry/labelBox';
import { nodeShape } from '../../model/outcomeLook';
import { parseTemplateFile } from '../../model/templates/parseTemplate';
import { resolveTemplate } from '../../model/templates/resolveTemplate';
import type { SalesDocument } from '../../model/types';
import { walkthroughNodeIds } from '../../model/walkthrough/steps';
import { writeHandout, type HandoutJob } from './handout';
import { pageSize, type PageOptions } from './pageLayout';
import { inkIn, inspectPdf, squeeze, type PdfReport, type PdfWord } from './testing/poppler';

const FONT = readFileSync(new URL('./font/NotoSansCJKsc-Regular-subset.otf', import.meta.url));

function template(language: 'en' | 'zh-CN'): SalesDocument {
  const parsed = parseTemplateFile(readFileSync(new URL('../../../templates/b2b-enterprise-sale.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const resolved = resolveTemplate(parsed.value, language, { id: 'doc', now: 1 });
  if (!resolved.ok) throw new Error(resolved.error.code);
  return resolved.value;
}

function job(document: SalesDocument, page: PageOptions, strings: HandoutJob['strings']): HandoutJob {
  const steps = walkthroughNodeIds(document).map((id) => {
    const node = document.nodes.find((candidate) => candidate.id === id)!;
    return { nodeId: id, title: node.label, notes: node.details?.notes ?? '', facts: node.details?.owner ? [{ label: 'Owner', value: node.details.owner }] : [] };
  });
  return { document, page, steps, strings, unassignedLabel: '' };
}

/** Every line a node or edge label is drawn in, as the renderer wraps it. */
function drawnLines(document: SalesDocument): string[] {
  const nodeLines = document.nodes.flatMap((node) => nodeLabelLines(node.label, nodeShape(node.kind, node.size.width, node.size.height, node.outcome).textBox).lines);
  const edgeLines = document.edges.flatMap((edge) => (edge.label ? edgeLabelBox(edge.label).lines : []));
  return [...nodeLines, ...edgeLines].filter((line) => line.trim() !== '');
}

const CASES = [
  {
    language: 'en' as const,
    page: { size: 'a4', orientation: 'landscape', marginMm: 12 } satisfies PageOptions,
    strings: { overviewPart: 'Part {number} of {count}', step: 'Step {number} of {count}', page: 'Page {number} of {count}' },
  },
  {
    language: 'zh-CN' as const,
    page: { size: 'slide', orientation: 'landscape', marginMm: 8 } satisfies PageOptions,
    strings: { overviewPart: '第 {number} 部分，共 {count} 部分', step: '第 {number} 步，共 {count} 步', page: '第 {number} 页，共 {count} 页' },
  },
];

describe.each(CASES)('the handout of a template in $language, read by poppler', ({ language, page, strings }) => {
  const document = template(language);
  const handout = job(document, page, strings);
  let report: PdfReport;

  beforeAll(async () => {
    report = inspectPdf(await writeHandout(handout, FONT));
  }, 60_000);

  it('embeds every font it uses, and holds no image', () => {
    expect(report.fonts.length).toBeGreaterThan(0);
    expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
    expect(report.images).toEqual([]);
  });

  it('renders every page without errors when no system font can stand in', () => {
    expect(report.renderErrors).toBe('');
    expect(report.renderedPages).toBe(report.pageCount);
  });

  it('has the overview pages, then one page per step, all of the size chosen', () => {
    const pages = report.text.split('\f').slice(0, report.pageCount);
    const stepPages = pages.filter((text) => squeeze(text).includes(squeeze(strings.step.replace('{number}', '1').replace('{count}', String(handout.steps.length)))));
    expect(stepPages).toHaveLength(1);
    const overviewCount = report.pageCount - handout.steps.length;
    expect(overviewCount).toBeGreaterThanOrEqual(1);
    handout.steps.forEach((step, index) => {
      const text = squeeze(pages[overviewCount + index] ?? '');
      expect(text).toContain(squeeze(strings.step.replace('{number}', String(index + 1)).replace('{count}', String(handout.steps.length))));
      expect(text).toContain(squeeze(step.title));
    });
    const { width, height } = pageSize(page);
    for (const size of report.pageSizes) {
      expect(size.width).toBeCloseTo(width, 1);
      expect(size.height).toBeCloseTo(height, 1);
    }
  });

  it('has every label of the diagram as text, and ink where each one is on the overview', () => {
    const overviewCount = report.pageCount - handout.steps.length;
    const overviewText = squeeze(report.text.split('\f').slice(0, overviewCount).join(''));
    const lines = drawnLines(document);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(overviewText).toContain(squeeze(line));
    // Words cut by a tile's edge are drawn only in part; the neighbouring tile shows them whole.
    const margin = (page.marginMm * 72) / 25.4;
    const inside = (word: PdfWord) => word.box.x > margin && word.box.x + word.box.width < pageSize(page).width - margin;
    const words = report.words.filter((word) => word.page <= overviewCount && inside(word) && lines.some((line) => squeeze(line).includes(squeeze(word.text))));
    expect(words.length).toBeGreaterThan(10);
    for (const word of words) expect(inkIn(report, word), `${word.text} on page ${word.page}`).toBeGreaterThan(0.04);
  });

  it('prints no diagram label under 8 pt on the overview', () => {
    const overviewCount = report.pageCount - handout.steps.length;
    const lines = drawnLines(document).map(squeeze);
    const labelWords = report.words.filter((word) => word.page <= overviewCount && lines.includes(squeeze(word.text)));
    expect(labelWords.length).toBeGreaterThan(0);
    // A word's box is about 1.2 to 1.45 times its font size tall in Noto Sans CJK.
    for (const word of labelWords) expect(word.box.height / 1.45).toBeGreaterThanOrEqual(7.9);
  });
});
