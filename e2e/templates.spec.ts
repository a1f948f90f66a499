import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { makeChain } from '../src/model/fixtures/documents';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { serializeTemplateFile, templateFromDocument } from '../src/model/templates/templateFile';
import type { Template } from '../src/model/templates/types';
import { test, expect } from './fixtures';
import { currentDocument, openLibrary, settledView } from './support/editor';

// The team's own templates (issue 5) and the look of the bundled ones, opened and auto laid out
// (issue 6). Screenshots go to test-results/screenshots/template-*.png.

const SCREENSHOTS = 'test-results/screenshots';
const TEMPLATE_DIR = new URL('../templates/', import.meta.url);

function bundled(id: string): Template {
  const parsed = parseTemplateFile(readFileSync(new URL(`${id}.json`, TEMPLATE_DIR), 'utf8'));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

/** A template file as a user would receive it from a colleague. */
function templateFile(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const template = templateFromDocument(
    { ...makeChain(), title: 'Pipeline review' },
    { id: 'shared', name: { en: name, 'zh-CN': name }, description: { en: 'Weekly review', 'zh-CN': 'Weekly review' }, category: 'crm' },
  );
  return { name: 'pipeline-review.json', mimeType: 'application/json', buffer: Buffer.from(serializeTemplateFile(template)) };
}

async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function myTemplates(page: Page) {
  return page.getByRole('region', { name: /^(My templates|我的模板)$/ });
}

async function useBundled(page: Page, id: string) {
  await page.getByRole('article', { name: bundled(id).meta.name.en, exact: true }).getByRole('button', { name: 'Use template' }).click();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
}

async function screenBoxes(page: Page) {
  return page.locator('.react-flow__node').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { id: element.getAttribute('data-id'), x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
}

/** The boxes behind the edge labels the canvas draws. */
async function labelBoxes(page: Page) {
  return page.locator('.sf-edge-label rect').evaluateAll((elements) =>
    elements.map((element, index) => {
      const rect = element.getBoundingClientRect();
      return { id: `label ${index}`, x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
}

function overlapping(boxes: Awaited<ReturnType<typeof screenBoxes>>): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, index) => {
    for (const b of boxes.slice(index + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) pairs.push(`${a.id} ${b.id}`);
    }
  });
  return pairs;
}

test('a document saved as a template makes new documents from My templates', async ({ page }) => {
  await openLibrary(page);
  await expect(myTemplates(page).getByText('No templates of your own yet.', { exact: false })).toBeVisible();
  await useBundled(page, 'standard-sales-process');
  // An edit just made belongs to the template: it is the document as the user sees it.
  await page.getByRole('button', { name: 'Stage', exact: true }).click();
  const source = await currentDocument(page);

  await page.getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(source.title);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('   ');
  await expect(dialog.getByRole('button', { name: 'Save template' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Team standard process');
  await dialog.getByRole('textbox', { name: 'Description' }).fill('How our team sells, with the review stage');
  await dialog.getByRole('combobox', { name: 'Category' }).selectOption('b2b');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/template-save-dialog.png` });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(dialog).toBeHidden();
  const saved = page.getByRole('status').filter({ hasText: 'Saved “Team standard process” to My templates.' });
  await expect(saved).toBeVisible();
  await saved.screenshot({ path: `${SCREENSHOTS}/template-saved-notice.png` });

  await page.getByRole('button', { name: 'Back to library' }).click();
  const card = myTemplates(page).getByRole('article', { name: 'Team standard process', exact: true });
  await expect(card).toBeVisible();
  await expect(card.getByText('B2B enterprise', { exact: true })).toBeVisible();
  await expect(card.getByText('How our team sells, with the review stage')).toBeVisible();
  // The preview is drawn from the template itself, with a node for each of the document's.
  const preview = decodeURIComponent((await card.locator('img').getAttribute('src')) ?? '');
  expect(preview.startsWith('data:image/svg+xml')).toBe(true);
  expect(preview.match(/<g transform="translate\(/g)?.length).toBe(source.nodes.length);

  // The search and the category filter of the gallery apply to the team's own templates too.
  await page.getByRole('searchbox', { name: 'Search templates' }).fill('review stage');
  await expect(card).toBeVisible();
  await page.getByRole('combobox', { name: 'Category' }).selectOption('saas');
  await expect(card).toBeHidden();
  await expect(myTemplates(page).getByText('None of your templates matches.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Category' }).selectOption('all');
  await page.getByRole('searchbox', { name: 'Search templates' }).fill('');

  await card.getByRole('button', { name: 'Use template' }).click();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  const made = await currentDocument(page);
  expect(made.id).not.toBe(source.id);
  expect(made.title).toBe(source.title);
  expect(made.nodes.map((node) => [node.kind, node.label, node.position])).toEqual(source.nodes.map((node) => [node.kind, node.label, node.position]));
  expect(made.edges.map((edge) => [edge.source, edge.target, edge.conversionRate])).toEqual(
    source.edges.map((edge) => [edge.source, edge.target, edge.conversionRate]),
  );

  // Both the source and the new document are in the library; the template itself is unchanged.
  await page.getByRole('button', { name: 'Back to library' }).click();
  await expect(page.locator('.sf-library .sf-cards').first().getByRole('article')).toHaveCount(2);
  await expect(myTemplates(page).getByRole('article')).toHaveCount(1);
});

test('a template of the team’s own is imported, renamed, exported, deleted with undo, and refused when broken', async ({ page }) => {
  await openLibrary(page);
  const chooser = page.getByLabel('Choose a Salesflow template .json file');
  await chooser.setInputFiles(templateFile('Pipeline review'));
  await expect(page.getByRole('status').filter({ hasText: 'Imported the template “Pipeline review”.' })).toBeVisible();
  await expect(myTemplates(page).getByRole('article', { name: 'Pipeline review', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Template actions for Pipeline review' }).click();
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/template-mine-menu.png` });
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New template name' }).fill('Quarterly pipeline review');
  await page.keyboard.press('Enter');
  const renamed = myTemplates(page).getByRole('article', { name: 'Quarterly pipeline review', exact: true });
  await expect(renamed).toBeVisible();
  await expect(myTemplates(page).getByRole('article', { name: 'Pipeline review', exact: true })).toBeHidden();

  // A rename survives a reload: it is stored, not only shown.
  await page.reload();
  await expect(renamed).toBeVisible();

  await page.getByRole('button', { name: 'Template actions for Quarterly pipeline review' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Export template file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Quarterly pipeline review.json');
  const exportedText = readFileSync((await file.path()) as string, 'utf8');
  const exported = parseTemplateFile(exportedText);
  expect(exported.ok && exported.value.meta.name).toEqual({ en: 'Quarterly pipeline review', 'zh-CN': 'Quarterly pipeline review' });
  expect(exported.ok && exported.value.document.nodes.length).toBe(makeChain().nodes.length);

  await page.getByRole('button', { name: 'Template actions for Quarterly pipeline review' }).click();
  await page.getByRole('menuitem', { name: 'Delete template' }).click();
  await expect(renamed).toBeHidden();
  await myTemplates(page).getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(renamed).toBeVisible();
  await page.getByRole('button', { name: 'Template actions for Quarterly pipeline review' }).click();
  await page.getByRole('menuitem', { name: 'Delete template' }).click();
  await expect(myTemplates(page).getByRole('article')).toHaveCount(0);
  await page.reload();
  await expect(myTemplates(page).getByRole('article')).toHaveCount(0);

  // The exported file brings it back, as a colleague importing it would.
  await chooser.setInputFiles({ name: 'shared.json', mimeType: 'application/json', buffer: Buffer.from(exportedText) });
  await expect(renamed).toBeVisible();

  await chooser.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "salesflow", "sch') });
  await expect(page.getByRole('alert')).toHaveText(/The template could not be imported: This file is not valid JSON/);
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  // A message on screen follows the language, rather than staying in the one it was made in.
  await expect(page.getByRole('alert')).toHaveText(/无法导入该模板：该文件不是有效的 JSON/);
  await page.getByLabel('选择 Salesflow 模板 .json 文件').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "something-else"}'),
  });
  await expect(page.getByRole('alert')).toHaveText(/无法导入该模板：这不是 Salesflow 文件。/);
  await expect(myTemplates(page).getByRole('article')).toHaveCount(1);
});

// Twice the pixels, so that labels can be read when the screenshots are looked at closely.
test.describe('screenshots', () => {
  test.use({ deviceScaleFactor: 2 });

  test('the gallery, three templates opened, and three before and after Auto layout', async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Every bundled template must have a card; the screenshots below would not show a missing one.
    const ids = readdirSync(TEMPLATE_DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    await openLibrary(page);
    await page.getByLabel('Choose a Salesflow template .json file').setInputFiles(templateFile('Pipeline review'));
    await expect(myTemplates(page).getByRole('article', { name: 'Pipeline review' })).toBeVisible();
    await expect(page.locator('.sf-gallery article')).toHaveCount(ids.length + 1);
    await expect(page.locator('.sf-gallery article img')).toHaveCount(ids.length + 1);
    // The library scrolls inside its own pane, so a full-page screenshot is only the window: make the window tall.
    await page.setViewportSize({ width: 1440, height: 1900 });
    await page.screenshot({ path: `${SCREENSHOTS}/template-gallery-en.png`, fullPage: true });
    await page.getByRole('button', { name: 'Language: 中文' }).click();
    await expect(page.getByRole('article', { name: bundled('standard-sales-process').meta.name['zh-CN'] })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/template-gallery-zh.png`, fullPage: true });
    await page.getByRole('button', { name: '语言: English' }).click();
    await page.setViewportSize({ width: 1440, height: 900 });

    // One without lanes, one with five lanes, one with a note: the three shapes a template takes.
    for (const id of ['standard-sales-process', 'b2b-enterprise-sale', 'crm-lead-pool-recycling']) {
      await useBundled(page, id);
      expect((await currentDocument(page)).nodes).toHaveLength(bundled(id).document.nodes.length);
      expect(overlapping(await screenBoxes(page))).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/template-${id}.png` });
      await page.getByRole('button', { name: 'Back to library' }).click();
    }

    for (const id of ['quote-to-cash', 'channel-partner-sale', 'service-ticket-escalation']) {
      await useBundled(page, id);
      const before = await currentDocument(page);
      await page.screenshot({ path: `${SCREENSHOTS}/template-${id}-layout-before.png` });
      await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
      await page.getByRole('button', { name: 'Auto layout' }).click();
      // The layout is one undo step: once Undo is offered, it has been applied.
      await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
      await page.getByRole('button', { name: 'Fit view' }).click();
      await settledView(page);
      const after = await currentDocument(page);
      expect(after.nodes.map((node) => node.id)).toEqual(before.nodes.map((node) => node.id));
      expect(after.edges.every((edge) => (edge.points?.length ?? 0) >= 2)).toBe(true);
      // Nodes and edge labels as drawn: none over another, a branch's label included.
      const labels = await labelBoxes(page);
      expect(labels).toHaveLength(after.edges.filter((edge) => edge.label).length);
      expect(overlapping([...(await screenBoxes(page)), ...labels])).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/template-${id}-layout-after.png` });
      await page.getByRole('button', { name: 'Back to library' }).click();
    }
  });
});
