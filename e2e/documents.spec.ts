import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { serializeDocumentFile } from '../src/model/parse';
import { generateDocument } from '../src/model/generate';
import { test, expect } from './fixtures';
import { currentDocument, openLibrary } from './support/editor';
import { OFTEN } from './support/polling';

const SCREENSHOTS = 'test-results/screenshots';

async function storeDocuments(page: Page, count: number) {
  for (let index = 0; index < count; index += 1) {
    const document = { ...generateDocument({ nodes: 8 + index, seed: index + 1 }), id: `doc-${index}`, title: `Pipeline ${index + 1}` };
    await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document));
  }
  await page.evaluate(() => (window.location.hash = '#/'));
}

test('work typed just before a reload is still there after it', async ({ page }) => {
  await openLibrary(page);
  await page.evaluate(() => localStorage.setItem('salesflow:test-autosave-delay-ms', '60000'));
  await page.reload();
  await page.getByRole('button', { name: 'New flowchart' }).click();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  for (const name of ['Start', 'Stage', 'End']) await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  expect((await currentDocument(page)).nodes.map((node) => node.kind)).toEqual(['start', 'stage', 'end']);
});

test('work is kept when the page is closed and opened again', async ({ page, context }) => {
  await openLibrary(page);
  await page.evaluate(() => localStorage.setItem('salesflow:test-autosave-delay-ms', '60000'));
  await page.reload();
  await page.getByRole('button', { name: 'New flowchart' }).click();
  await page.getByRole('button', { name: 'Decision', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  const url = page.url();
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await expect(again.locator('.react-flow__node[data-id] .sf-node--decision')).toHaveCount(1);
});

test('the library renames, duplicates, deletes and undoes a delete', async ({ page }) => {
  await openLibrary(page);
  await storeDocuments(page, 2);
  const card = page.getByRole('article', { name: 'Pipeline 1', exact: true });
  await expect(card).toBeVisible();
  // navigator.storage.persist() was asked for, and the answer is shown.
  await expect(page.getByText(/^Storage: (persistent|may be cleared by the browser)$/)).toBeVisible();
  await card.getByRole('button', { name: 'Actions for Pipeline 1' }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: 'New name' }).fill('Enterprise pipeline');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article', { name: 'Enterprise pipeline', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Enterprise pipeline' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByRole('article', { name: 'Enterprise pipeline (copy)', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Actions for Pipeline 2' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByRole('article', { name: 'Pipeline 2', exact: true })).toBeHidden();
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('article', { name: 'Pipeline 2', exact: true })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search your flowcharts' }).fill('enterprise');
  await expect(page.locator('.sf-library .sf-cards').first().getByRole('article')).toHaveCount(2);
});

test('the gallery finds templates in both languages and opens them as new documents', async ({ page }) => {
  await openLibrary(page);
  const search = page.getByRole('searchbox', { name: 'Search templates' });
  await search.fill('quote');
  await expect(page.getByRole('article', { name: 'Quote to cash' })).toBeVisible();
  await search.fill('公海');
  await expect(page.getByRole('article', { name: 'CRM lead pool recycling' })).toBeVisible();
  await search.fill('');
  await page.getByRole('combobox', { name: 'Category' }).selectOption('saas');
  await expect(page.locator('.sf-gallery article')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Category' }).selectOption('all');

  await page.getByRole('article', { name: 'Standard sales process' }).getByRole('button', { name: 'Use template' }).click();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  const english = await currentDocument(page);
  expect(english.nodes.length).toBeGreaterThan(8);
  // Too long to fit at a readable size, it opens on its start (issue 18); fitted, every stage shows.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(page.locator('.sf-node__label', { hasText: 'Quotation' }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Back to library' }).click();
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await page.getByRole('article', { name: '标准销售流程' }).getByRole('button', { name: '使用模板' }).click();
  await expect(page.getByRole('button', { name: '返回文档库' })).toBeVisible();
  const chinese = await currentDocument(page);
  expect(chinese.id).not.toBe(english.id);
  expect(chinese.nodes).toHaveLength(english.nodes.length);
  await page.getByRole('button', { name: '适应视图' }).click();
  await expect(page.locator('.sf-node__label', { hasText: '报价' }).first()).toBeVisible();
});

test('the library has no serious accessibility violation, and screenshots in both languages', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openLibrary(page);
  await storeDocuments(page, 12);
  await expect(page.locator('.sf-library .sf-cards').first().getByRole('article')).toHaveCount(12);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/library-en.png`, fullPage: true });
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  await expect(page.getByRole('button', { name: '新建流程图' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/library-zh.png`, fullPage: true });
});

test('an older revision can be restored from History, and the restore can be undone', async ({ page }) => {
  await openLibrary(page);
  const document = { ...generateDocument({ nodes: 12, seed: 5 }), id: 'history-doc', title: 'History test' };
  await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document));
  const original = (await currentDocument(page)).nodes.map((node) => node.position);
  await page.getByRole('button', { name: 'Auto layout' }).click();
  await expect.poll(async () => (await currentDocument(page)).nodes.map((node) => node.position), OFTEN).not.toEqual(original);
  const laidOut = (await currentDocument(page)).nodes.map((node) => node.position);

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('complementary', { name: 'History' });
  await history.getByRole('button', { name: /Before auto layout/ }).first().click();
  await expect(history.getByRole('img', { name: 'Preview of this version' })).toBeVisible();
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect.poll(async () => (await currentDocument(page)).nodes.map((node) => node.position), OFTEN).toEqual(original);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await currentDocument(page)).nodes.map((node) => node.position), OFTEN).toEqual(laidOut);
});

test('two tabs on one document: one writes, the other follows read-only and can take over', async ({ page, context }) => {
  await openLibrary(page);
  const document = { ...generateDocument({ nodes: 3, seed: 2 }), id: 'shared-doc', title: 'Shared' };
  await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document));
  await expect(page.locator('.react-flow__node')).toHaveCount(3);

  const second = await context.newPage();
  await second.goto(page.url());
  await expect(second.getByRole('status').filter({ hasText: 'open in another tab' })).toBeVisible();
  await expect(second.getByRole('button', { name: 'Stage', exact: true })).toBeDisabled();
  await expect(second.locator('.react-flow__node')).toHaveCount(3);

  await page.getByRole('button', { name: 'Stage', exact: true }).click();
  await expect(second.locator('.react-flow__node')).toHaveCount(4);

  await second.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'open in another tab' })).toBeVisible();
  await second.getByRole('button', { name: 'End', exact: true }).click();
  await expect(second.locator('.react-flow__node')).toHaveCount(5);
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
  expect((await currentDocument(page)).nodes.map((node) => node.kind).sort()).toEqual(
    [...document.nodes.map((node) => node.kind), 'stage', 'end'].sort(),
  );
});
