// The PDF handout from the export dialog (issue 21), the downloaded file read by poppler: fonts
// embedded, pages rendered with no system font to stand in, every label as text, no images, page
// count and size as chosen; in English and Chinese. An empty document exports nothing; Cancel
// midway downloads nothing.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { edgeLabelBox, nodeLabelLines } from '../src/geometry/labelBox';
import { inspectPdf, squeeze, type PdfReport } from '../src/io/pdf/testing/poppler';
import { nodeShape } from '../src/model/outcomeLook';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import type { SalesDocument } from '../src/model/types';
import { walkthroughNodeIds } from '../src/model/walkthrough/steps';
import { test, expect } from './fixtures';
import { emptyDocument, openEditor, openInPlace } from './support/editor';

const SCREENSHOTS = 'test-results/screenshots';
const POINTS = { a4: [595.28, 841.89], letter: [612, 792], slide: [540, 960] } as const;

function template(language: 'en' | 'zh-CN'): SalesDocument {
  const parsed = parseTemplateFile(readFileSync(new URL('../templates/b2b-enterprise-sale.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.code);
  const resolved = resolveTemplate(parsed.value, language, { id: 'e2e-doc', now: Date.UTC(2026, 0, 1) });
  if (!resolved.ok) throw new Error(resolved.error.code);
  return resolved.value;
}

function drawnLines(document: SalesDocument): string[] {
  const nodeLines = document.nodes.flatMap((node) => nodeLabelLines(node.label, nodeShape(node.kind, node.size.width, node.size.height, node.outcome).textBox).lines);
  const edgeLines = document.edges.flatMap((edge) => (edge.label ? edgeLabelBox(edge.label).lines : []));
  return [...nodeLines, ...edgeLines].filter((line) => line.trim() !== '');
}

const WORDS = {
  en: { export: 'Export', format: 'PDF handout', size: 'Page size', orientation: 'Orientation', margins: 'Margins (mm)', download: 'Download' },
  'zh-CN': { export: '导出', format: 'PDF 讲义', size: '纸张大小', orientation: '方向', margins: '页边距（毫米）', download: '下载' },
};

async function exportHandout(page: Page, language: 'en' | 'zh-CN', choose: { size: string; orientation?: string; margins?: string }, screenshot?: string): Promise<Uint8Array> {
  const words = WORDS[language];
  await page.getByRole('button', { name: words.export, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: words.export });
  await dialog.getByRole('radio', { name: words.format }).check();
  await dialog.getByLabel(words.size).selectOption({ label: choose.size });
  if (choose.orientation) await dialog.getByLabel(words.orientation).selectOption({ label: choose.orientation });
  if (choose.margins) await dialog.getByLabel(words.margins).fill(choose.margins);
  if (screenshot) await page.screenshot({ path: `${SCREENSHOTS}/${screenshot}` });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: words.download }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
  const bytes = readFileSync(await file.path());
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  return bytes;
}

function checkHandout(report: PdfReport, document: SalesDocument, size: readonly [number, number]): void {
  const steps = walkthroughNodeIds(document).length;
  expect(report.fonts.length).toBeGreaterThan(0);
  expect(report.fonts.filter((font) => !font.embedded)).toEqual([]);
  expect(report.renderErrors).toBe('');
  expect(report.images).toEqual([]);
  expect(report.pageCount).toBeGreaterThan(steps);
  for (const pageSize of report.pageSizes) {
    expect(pageSize.width).toBeCloseTo(size[0], 1);
    expect(pageSize.height).toBeCloseTo(size[1], 1);
  }
  const text = squeeze(report.text);
  for (const line of drawnLines(document)) expect(text).toContain(squeeze(line));
}

// Writing the PDF in the browser and reading it with poppler take seconds each on a busy machine.
test.describe.configure({ timeout: 120_000 });

test('a trainer downloads the handout of a template in English, on A4', async ({ page }) => {
  const document = template('en');
  await openEditor(page, document);
  const a4 = inspectPdf(await exportHandout(page, 'en', { size: 'A4', orientation: 'Landscape' }, 'handout-dialog-en.png'), { folder: SCREENSHOTS, prefix: 'handout-a4-landscape' });
  checkHandout(a4, document, [POINTS.a4[1], POINTS.a4[0]]);
  expect(squeeze(a4.text)).toContain(squeeze(`Step 1 of ${walkthroughNodeIds(document).length}`));
});

test('a trainer downloads the handout of a template in English, on Letter, upright with wide margins', async ({ page }) => {
  const document = template('en');
  await openEditor(page, document);
  const letter = inspectPdf(await exportHandout(page, 'en', { size: 'Letter', orientation: 'Portrait', margins: '20' }), { folder: SCREENSHOTS, prefix: 'handout-letter-portrait' });
  checkHandout(letter, document, POINTS.letter);
});

test('a trainer downloads the handout of a template in Chinese, on 16:9 slides', async ({ page }) => {
  const document = template('zh-CN');
  await openEditor(page, document, 'zh-CN');
  const report = inspectPdf(await exportHandout(page, 'zh-CN', { size: '16:9 幻灯片' }, 'handout-dialog-zh.png'), { folder: SCREENSHOTS, prefix: 'handout-slide' });
  checkHandout(report, document, [POINTS.slide[1], POINTS.slide[0]]);
  expect(squeeze(report.text)).toContain(squeeze(`第 1 步，共 ${walkthroughNodeIds(document).length} 步`));
  expect(squeeze(report.text)).toContain('需求调研');
});

test('an empty document gives a message and no file; Cancel midway gives no file', async ({ page }) => {
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await openEditor(page, emptyDocument('Nothing yet'));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'PDF handout' }).check();
  await dialog.getByRole('button', { name: 'Download' }).click();
  await expect(dialog.getByRole('status')).toHaveText('There is nothing to put in a handout yet: add a shape first.');
  await page.keyboard.press('Escape');

  // Read when an export starts, so the next document opens in place, with no page load.
  await page.evaluate(() => localStorage.setItem('salesflow:test-handout-slow', '1'));
  await openInPlace(page, template('en'));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('radio', { name: 'PDF handout' }).check();
  await dialog.getByRole('button', { name: 'Download' }).click();
  // The progress moves past the first page before Cancel, so the worker is midway.
  await expect(dialog.getByRole('progressbar')).not.toHaveAttribute('value', '0');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Export cancelled.');
  await page.waitForTimeout(1500);
  expect(downloads).toEqual([]);
});
