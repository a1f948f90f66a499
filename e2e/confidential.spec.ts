// What leaves the app (issues 19 and 21), driven as a person does: the Confidential switch of the
// export dialog on a template with rates and actuals, the SVG read by librsvg and its text nodes,
// the PDF handout by pdftotext, the JSON by our door; the switch remembered after a reload; actuals
// in a JSON export asked for and left out by default; Save as template keeping none, read back
// from the stored template through its exported file; and a library card's export leaving them out.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfText } from '../src/io/pdf/testing/poppler';
import { parseDocumentFile } from '../src/model/parse';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { SOURCE_NAME } from '../src/model/fixtures/dealData';
import { confidentialCase, telltaleFigures } from '../src/ui/export/testing/confidentialCase';
import { test, expect } from './fixtures';
import { currentDocument, openEditor } from './support/editor';
import { renderPngWithRsvg } from './support/rsvg';

const SCREENSHOTS = 'test-results/screenshots';
const CONFIDENTIAL = { en: 'Confidential: leave out figures and actuals', 'zh-CN': '保密：不含预测数据与实际数据' };

const source = confidentialCase();
const figures = telltaleFigures(source);

test.describe.configure({ timeout: 90_000 });

async function openExport(page: Page, language: 'en' | 'zh-CN' = 'en') {
  await page.getByRole('button', { name: language === 'en' ? 'Export' : '导出', exact: true }).click();
  return page.getByRole('dialog', { name: language === 'en' ? 'Export' : '导出' });
}

async function download(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<Buffer> {
  const file = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  return readFileSync(await (await file).path());
}

test('Confidential leaves every figure out of the SVG, the PDF handout and the JSON, and is remembered', async ({ page }) => {
  await openEditor(page, source);
  let dialog = await openExport(page);
  await dialog.getByRole('radio', { name: 'SVG' }).check();
  // Asked for first, so that only the switch keeps the figures out.
  const forecast = dialog.getByRole('checkbox', { name: 'Include the forecast (volumes and conversion rates)' });
  await forecast.check();
  await dialog.getByRole('checkbox', { name: CONFIDENTIAL.en }).check();
  await expect(forecast).toBeDisabled();
  await expect(forecast).not.toBeChecked();
  await expect(dialog.getByText('Confidential is on: no figures are included.')).toBeVisible();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/confidential-export-en.png` });

  const svg = (await download(page, dialog)).toString('utf8');
  // librsvg reads it, and draws ink.
  expect(renderPngWithRsvg(svg).length).toBeGreaterThan(1000);
  const texts = await page.evaluate((text) => [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text, title')].map((node) => (node.textContent ?? '').trim()), svg);
  for (const figure of figures) expect(texts).not.toContain(figure);
  for (const node of source.nodes) expect(texts.join(' ')).toContain(node.label.split(' ')[0]);

  await dialog.getByRole('radio', { name: 'PDF handout' }).check();
  const pdf = pdfText(await download(page, dialog));
  const words = new Set(pdf.split(/\s+/));
  for (const figure of figures.filter((text) => !/\s/.test(text))) expect(words).not.toContain(figure);
  expect(pdf).toContain(source.nodes[0]!.label);

  await dialog.getByRole('radio', { name: 'JSON' }).check();
  const actuals = dialog.getByRole('checkbox', { name: 'Leave out actuals (imported deal data)' });
  await expect(actuals).toBeChecked();
  await expect(actuals).toBeDisabled();
  const json = (await download(page, dialog)).toString('utf8');
  for (const field of ['conversionRate', 'dealData', 'dealValue', SOURCE_NAME]) expect(json).not.toContain(field);
  expect(parseDocumentFile(json).ok).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Remembered in this browser: a reload finds it on, and turning it off lets a JSON file carry the rates.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeVisible();
  dialog = await openExport(page);
  await expect(dialog.getByRole('checkbox', { name: CONFIDENTIAL.en })).toBeChecked();
  await dialog.getByRole('checkbox', { name: CONFIDENTIAL.en }).uncheck();
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  // Actuals are asked for, left out by default, and kept when the user says so.
  await expect(actuals).toBeEnabled();
  await expect(actuals).toBeChecked();
  await expect(dialog.getByText(`Left out: the measured deal counts and the stage mapping of “${SOURCE_NAME}”.`, { exact: false })).toBeVisible();
  const without = parseDocumentFile((await download(page, dialog)).toString('utf8'));
  expect(without.ok && without.value.dealData).toBeUndefined();
  expect(without.ok && without.value.edges.some((edge) => edge.conversionRate !== undefined)).toBe(true);
  await actuals.uncheck();
  const withActuals = parseDocumentFile((await download(page, dialog)).toString('utf8'));
  expect(withActuals.ok && withActuals.value.dealData?.source.name).toBe(SOURCE_NAME);
});

test('the switch in Chinese; a template saved from a document with actuals, and the library card’s export, hold none', async ({ page }) => {
  await openEditor(page, source, 'zh-CN');
  const dialog = await openExport(page, 'zh-CN');
  await dialog.getByRole('radio', { name: 'JSON' }).check();
  await dialog.getByRole('checkbox', { name: CONFIDENTIAL['zh-CN'] }).check();
  await expect(dialog.getByRole('checkbox', { name: '不含实际数据（导入的商机数据）' })).toBeChecked();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/confidential-export-zh.png` });
  await dialog.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('button', { name: '另存为模板' }).click();
  const save = page.getByRole('dialog', { name: '另存为模板' });
  await expect(save.getByText('此流程图含有实际数据：实际数据不会保存到模板中。', { exact: false })).toBeVisible();
  await save.getByRole('textbox', { name: '名称' }).fill('团队流程');
  await page.screenshot({ path: `${SCREENSHOTS}/confidential-save-template-zh.png` });
  await save.getByRole('button', { name: '保存模板' }).click();
  await expect(save).toBeHidden();

  // Read back from storage: the template's own file, exported from the library, and a document made from it.
  await page.getByRole('button', { name: '返回文档库' }).click();
  await page.getByRole('button', { name: '模板“团队流程”的操作' }).click();
  const file = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出模板文件' }).click();
  const text = readFileSync(await (await file).path(), 'utf8');
  expect(text).not.toContain('dealData');
  expect(text).not.toContain(SOURCE_NAME);
  expect(parseTemplateFile(text).ok).toBe(true);
  // A library card's quick export has no dialog to ask in: it leaves actuals out and says so.
  await page.getByRole('button', { name: `“${source.title}”的操作` }).click();
  const card = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: '导出 JSON' }).click();
  const cardFile = parseDocumentFile(readFileSync(await (await card).path(), 'utf8'));
  expect(cardFile.ok && cardFile.value.dealData).toBeUndefined();
  expect(cardFile.ok && cardFile.value.edges.some((edge) => edge.conversionRate !== undefined)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: '已导出，不含实际数据' })).toBeVisible();

  const mine = page.getByRole('region', { name: '我的模板' }).getByRole('article', { name: '团队流程', exact: true });
  await mine.getByRole('button', { name: '使用模板' }).click();
  await expect(page.getByRole('button', { name: '返回文档库' })).toBeVisible();
  const made = await currentDocument(page);
  expect(made.dealData).toBeUndefined();
  expect(made.edges.map((edge) => edge.conversionRate)).toEqual(source.edges.map((edge) => edge.conversionRate));
});
