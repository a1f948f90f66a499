import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { EDGE_LABEL, RATE_CHIP } from '../src/geometry/labelBox';
import { renderDocumentSvg } from '../src/io/svg/renderDocumentSvg';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import type { Template } from '../src/model/templates/types';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openLibrary, pane, settledView, viewportTransform } from './support/editor';

// Issue 16: labels are wrapped and boxed from an estimate of the text's width (src/geometry/text.ts),
// never from the browser's fonts. Here Chromium draws every template from the gallery in both
// languages at zoom 1, and the text it really lays out must fit the box the estimate gave it.

const TEMPLATE_DIR = new URL('../templates/', import.meta.url);
const LANGUAGES = ['en', 'zh-CN'] as const;
const UI = {
  en: { gallery: 'Start from a template', use: 'Use template', back: 'Back to library', layout: 'Auto layout', fit: 'Fit view' },
  'zh-CN': { gallery: '从模板开始', use: '使用模板', back: '返回文档库', layout: '自动布局', fit: '适应视图' },
};
const SCREENSHOTS = 'test-results/screenshots';
/** What the real text may stick out of its box, in pixels at zoom 1. */
const TOLERANCE = 2;

const templates: Template[] = readdirSync(TEMPLATE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const parsed = parseTemplateFile(readFileSync(new URL(name, TEMPLATE_DIR), 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
    return parsed.value;
  });

interface Overflow {
  what: string;
  text: string;
  /** How far the rendered text passes its box, in pixels (negative: room to spare). */
  by: number;
}

/**
 * Zooms to exactly 1 around the middle of the pane. React Flow zooms by 2^(-deltaY × 0.002) per
 * wheel event (d3-zoom's default, xyflow's `wheelDelta`), so one event of the right size lands on 1.
 * The fit a newly opened document gets may come a little later and undo it: then zoom again.
 */
async function zoomToOne(page: Page): Promise<void> {
  const box = (await pane(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(async () => {
    const { zoom } = await viewportTransform(page);
    if (Math.abs(zoom - 1) > 1e-5) await page.mouse.wheel(0, 500 * Math.log2(zoom));
    await settledView(page);
    expect((await viewportTransform(page)).zoom).toBeCloseTo(1, 4);
  }).toPass({ intervals: [100] });
}

/**
 * How far every label's rendered text passes its box on its worse side. Node lines are measured as
 * laid out (each line is an unwrapped block as wide as its text and its CSS ellipsis) against the
 * shape's text box; edge labels and rate chips by the bounding box of their drawn text, against the
 * box less its horizontal padding.
 */
async function overflows(page: Page): Promise<Overflow[]> {
  return page.evaluate(
    ({ edgePadding, chipPadding }) => {
      const found: { what: string; text: string; by: number }[] = [];
      for (const label of document.querySelectorAll<HTMLElement>('.react-flow__node .sf-node__label')) {
        const node = label.closest('.react-flow__node')?.getAttribute('data-id') ?? '?';
        const box = label.getBoundingClientRect();
        const lines = [...label.querySelectorAll<HTMLElement>('.sf-node__line')];
        for (const line of lines) {
          const rect = line.getBoundingClientRect();
          found.push({ what: `node ${node} width`, text: line.textContent ?? '', by: Math.max(box.left - rect.left, rect.right - box.right) });
        }
        const first = lines[0]?.getBoundingClientRect();
        const last = lines[lines.length - 1]?.getBoundingClientRect();
        if (first !== undefined && last !== undefined) {
          found.push({ what: `node ${node} height`, text: label.textContent ?? '', by: Math.max(box.top - first.top, last.bottom - box.bottom) });
        }
      }
      const drawn = (selector: string, padding: number, what: string) => {
        document.querySelectorAll<SVGGElement>(selector).forEach((group, index) => {
          const rect = group.querySelector('rect')!.getBBox();
          const text = group.querySelector('text')!;
          const glyphs = text.getBBox();
          found.push({
            what: `${what} ${index} width`,
            text: text.textContent ?? '',
            by: Math.max(rect.x + padding - glyphs.x, glyphs.x + glyphs.width - (rect.x + rect.width - padding)),
          });
          found.push({
            what: `${what} ${index} height`,
            text: text.textContent ?? '',
            by: Math.max(rect.y - glyphs.y, glyphs.y + glyphs.height - (rect.y + rect.height)),
          });
        });
      };
      drawn('.sf-edge-label', edgePadding, 'edge label');
      drawn('.sf-rate-chip', chipPadding, 'rate chip');
      return found;
    },
    { edgePadding: EDGE_LABEL.paddingX, chipPadding: RATE_CHIP.paddingX },
  );
}

function worst(found: readonly Overflow[], kind: string): Overflow | undefined {
  return found.filter((overflow) => overflow.what.includes(kind)).reduce<Overflow | undefined>((a, b) => (a === undefined || b.by > a.by ? b : a), undefined);
}

for (const language of LANGUAGES) {
  test(`every template's labels fit their boxes in ${language} at zoom 1`, async ({ page }) => {
    test.setTimeout(240_000);
    // Wide enough for the widest template at zoom 1, so that every label is drawn at once.
    await page.setViewportSize({ width: 4600, height: 1400 });
    await openLibrary(page, language);
    const gallery = page.getByRole('region', { name: UI[language].gallery });
    const all: Overflow[] = [];
    for (const template of templates) {
      const name = template.meta.name[language];
      await gallery.getByRole('article', { name, exact: true }).getByRole('button', { name: UI[language].use }).click();
      await expect(page.locator('.react-flow__node')).toHaveCount(template.document.nodes.length);
      await settledView(page);
      await zoomToOne(page);
      const labelled = template.document.edges.filter((edge) => edge.label !== undefined).length;
      await expect(page.locator('.sf-edge-label')).toHaveCount(labelled);
      await expect(page.locator('.react-flow__node')).toHaveCount(template.document.nodes.length);
      const found = (await overflows(page)).map((overflow) => ({ ...overflow, what: `${template.meta.id}: ${overflow.what}` }));
      all.push(...found);
      await page.getByRole('button', { name: UI[language].back }).click();
      await expect(gallery).toBeVisible();
    }
    const summary = ['node', 'edge label', 'rate chip'].map((kind) => {
      const most = worst(all, kind);
      return most === undefined ? `${kind}: none` : `${kind}: worst ${most.by.toFixed(2)} px (${most.what}, "${most.text}")`;
    });
    test.info().annotations.push({ type: 'worst overflow', description: summary.join('; ') });
    console.log(`[${language}] ${all.length} measurements; ${summary.join('; ')}`);
    expect(all.length).toBeGreaterThan(templates.length * 10);
    expect(all.filter((overflow) => overflow.by > TOLERANCE)).toEqual([]);
  });
}

// The templates' edge labels are short enough for one line, so the lines a label wraps into are
// checked on a template whose labels a user lengthened (a third one runs past three lines and is
// cut short) and then laid out again.
const LONG_LABELS: Record<string, Record<(typeof LANGUAGES)[number], string>> = {
  'leads--acquisition': { en: 'Inbound and outbound leads, qualified by marketing first', 'zh-CN': '市场部先行筛选的呼入与外呼线索，再交给销售跟进' },
  'communication--needs': { en: 'Discovery call held and the budget owner confirmed (BANT)', 'zh-CN': '已完成需求沟通，预算负责人已确认（BANT）' },
  'contract--after-sales': {
    en: 'Signed contract handed over to the customer success team for onboarding, training and a kickoff meeting with every stakeholder',
    'zh-CN': '合同签订后移交客户成功团队，安排上线培训、启动会议，并与每一位相关负责人确认交付计划、验收标准与后续服务安排',
  },
};

function lengthened(language: (typeof LANGUAGES)[number]): SalesDocument {
  const standard = templates.find((template) => template.meta.id === 'standard-sales-process')!;
  const resolved = resolveTemplate(standard, language, { id: `wrapped-${language}`, now: Date.UTC(2026, 0, 1) });
  if (!resolved.ok) throw new Error(resolved.error.code);
  const edges = resolved.value.edges.map((edge) => {
    const label = LONG_LABELS[edge.id]?.[language];
    return label === undefined ? edge : { ...edge, label };
  });
  return { ...resolved.value, edges };
}

for (const language of LANGUAGES) {
  test(`wrapped and cut edge labels fit their boxes in ${language} at zoom 1, on screen as in the SVG export`, async ({ page }) => {
    await page.setViewportSize({ width: 4600, height: 1400 });
    const doc = lengthened(language);
    await openEditor(page, doc, language);
    await page.getByRole('button', { name: UI[language].layout }).click();
    await expect.poll(async () => (await currentDocument(page)).edges.every((edge) => edge.points !== undefined)).toBe(true);
    await page.getByRole('button', { name: UI[language].fit }).click();
    await settledView(page);
    await zoomToOne(page);
    await expect(page.locator('.sf-edge-label')).toHaveCount(doc.edges.filter((edge) => edge.label !== undefined).length);
    await expect(page.locator('.react-flow__node')).toHaveCount(doc.nodes.length);
    const found = await overflows(page);
    console.log(`[${language}, lengthened] worst: ${['node', 'edge label', 'rate chip'].map((kind) => `${kind} ${worst(found, kind)?.by.toFixed(2)} px`).join(', ')}`);
    expect(found.filter((overflow) => overflow.by > TOLERANCE)).toEqual([]);

    // The canvas wraps where the renderer wraps: the same lines, label by label.
    const screenLines = await page.locator('.sf-edge-label text').evaluateAll((texts) =>
      texts.map((text) => [...text.querySelectorAll('tspan:not([display="none"])')].map((span) => span.textContent)).sort(),
    );
    const svg = renderDocumentSvg(await currentDocument(page));
    const exported = [...svg.matchAll(/<g><rect[^>]*\/><text[^>]*>(.*?)<\/text><\/g>/gu)].map((match) =>
      [...(match[1] ?? '').matchAll(/<tspan[^>]*>(.*?)<\/tspan>/gu)].map((span) => span[1]),
    );
    expect(screenLines.some((lines) => lines.length > 1)).toBe(true);
    expect(screenLines.some((lines) => lines.at(-1)?.endsWith('…'))).toBe(true);
    for (const lines of screenLines) expect(exported).toContainEqual(lines);

    // For a person to compare: each lengthened label on screen, and the file the renderer writes.
    mkdirSync(SCREENSHOTS, { recursive: true });
    const clips = await page.locator('.sf-edge-label').evaluateAll((labels) =>
      labels
        .filter((label) => (label.textContent ?? '').length >= 20)
        .map((label) => {
          const box = label.getBoundingClientRect();
          return { x: box.x - 200, y: box.y - 100, width: box.width + 400, height: box.height + 200 };
        }),
    );
    for (const [index, clip] of clips.entries()) {
      await page.screenshot({ path: `${SCREENSHOTS}/label-fit-wrapped-${language}-${index}.png`, clip });
    }
    writeFileSync(`${SCREENSHOTS}/label-fit-wrapped-${language}.svg`, svg);
  });
}
