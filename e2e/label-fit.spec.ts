import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { EDGE_LABEL, RATE_CHIP } from '../src/geometry/labelBox';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import type { Template } from '../src/model/templates/types';
import { test, expect } from './fixtures';
import { openLibrary, pane, settledView, viewportTransform } from './support/editor';

// Issue 16: labels are wrapped and boxed from an estimate of the text's width (src/geometry/text.ts),
// never from the browser's fonts. Here Chromium draws every template from the gallery in both
// languages at zoom 1, and the text it really lays out must fit the box the estimate gave it.

const TEMPLATE_DIR = new URL('../templates/', import.meta.url);
const LANGUAGES = ['en', 'zh-CN'] as const;
const UI = {
  en: { gallery: 'Start from a template', use: 'Use template', back: 'Back to library' },
  'zh-CN': { gallery: '从模板开始', use: '使用模板', back: '返回文档库' },
};
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
 */
async function zoomToOne(page: Page): Promise<void> {
  const box = (await pane(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const { zoom } = await viewportTransform(page);
  await page.mouse.wheel(0, 500 * Math.log2(zoom));
  await expect.poll(async () => (await viewportTransform(page)).zoom).toBeCloseTo(1, 4);
  await settledView(page);
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
