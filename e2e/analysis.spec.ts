import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { currentDocument, nodeElement, openEditor, openInPlace, pane, startWith } from './support/editor';
import { generateDocument } from '../src/model/generate';
import { sampleDocument } from '../src/model/sample';

const SCREENSHOTS = 'test-results/screenshots';

/** The value an inspector analysis figure shows, by its name. */
function figure(page: Page, name: string) {
  return page.locator('.sf-analysis__figure', { has: page.locator('dt', { hasText: name }) }).locator('.sf-analysis__value');
}

function edgeChip(page: Page, edgeId: string) {
  return page.locator(`.react-flow__edge[data-id="${edgeId}"] .sf-rate-chip`);
}

async function deselect(page: Page) {
  await pane(page).click({ position: { x: 20, y: 600 } });
  await expect(page.getByRole('region', { name: 'Funnel analysis' })).toBeVisible();
}

async function setRate(page: Page, edgeId: string, percent: string) {
  await edgeChip(page, edgeId).click();
  const field = page.getByLabel('Conversion rate (%)');
  await field.fill(percent);
  await field.press('Enter');
  await deselect(page);
}

// Both start from the sample process in English, as steps on one editor: the second loads the
// sample again in place, with a fresh history and no selection.

async function zoomTo(page: Page, clicks: number, name: string) {
  for (let click = 0; click < clicks; click += 1) await page.getByRole('button', { name }).click();
}

const NAMES = {
  en: { heat: 'Heat view', zoomIn: 'Zoom in', fit: 'Fit view' },
  'zh-CN': { heat: '热力视图', zoomIn: '放大', fit: '适应视图' },
} as const;

/** Turns the heat view off, so that the next document opens as on a new page and the click turns it on. */
async function heatOff(page: Page, name: string) {
  const heat = page.getByRole('button', { name });
  if ((await heat.getAttribute('aria-pressed')) === 'true') await heat.click();
  await expect(heat).toHaveAttribute('aria-pressed', 'false');
}

// One page takes the English screenshots, then switches the editor to Chinese with its toolbar
// button and takes them again: each language's documents are loaded in place.
test('analysis in one loaded app: the forecast and dead ends, then the screenshots in en and zh-CN', async ({ page }) => {
  // Two checks of several steps each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('the forecast follows typed leads and rates; deleting an edge makes a dead end that Problems lists and selects', async () => {
    await test.step('the forecast follows the leads and rates typed in the inspector', async () => {
      await openEditor(page, sampleDocument());

      await nodeElement(page, 'New leads').click();
      const leads = page.getByLabel('Leads entering');
      await leads.fill('1000');
      await leads.press('Enter');
      await deselect(page);
      // 1,000 × 80% × 90% × 60% × 75% × 60% × 95% × 90% = 166.2 wins at $20,000.
      await expect(figure(page, 'Expected wins')).toHaveText('166');
      await expect(figure(page, 'Revenue')).toHaveText('$3,324,240');
      const bottleneck = page.locator('.sf-analysis__line--bottleneck');
      await expect(bottleneck).toHaveText('Qualified? loses 40% of deals: 288 of 720 a month');
      await expect(nodeElement(page, 'Won').locator('.sf-volume-badge')).toHaveText('166');
      await expect(nodeElement(page, 'Qualified?').locator('.sf-bottleneck--both')).toBeVisible();

      // The edge leaving negotiation now keeps 10%: of the 324 arriving there, 292 are lost.
      await setRate(page, 'quotation--contract', '10');
      await expect(figure(page, 'Expected wins')).toHaveText('28');
      await expect(figure(page, 'Revenue')).toHaveText('$554,040');
      await expect(bottleneck).toHaveText('Quotation & negotiation loses 90% of deals: 292 of 324 a month');
      await expect(edgeChip(page, 'quotation--contract').locator('text')).toHaveText('10%');
      await expect(nodeElement(page, 'Quotation & negotiation').locator('.sf-bottleneck--both')).toBeVisible();
      await expect(nodeElement(page, 'Qualified?').locator('.sf-bottleneck')).toHaveCount(0);
    });

    await test.step('deleting an edge makes a dead end that Problems lists, and a click on it selects the node', async () => {
      await startWith(page, sampleDocument());
      await expect(page.getByRole('button', { name: 'Problems (0)' })).toBeVisible();

      await edgeChip(page, 'contract--after-sales').click();
      await page.keyboard.press('Delete');
      expect((await currentDocument(page)).edges.some((edge) => edge.id === 'contract--after-sales')).toBe(false);

      // The contract stage is stranded; after-sales and the won end can no longer be reached.
      const problems = page.getByRole('button', { name: 'Problems (3)' });
      await problems.click();
      const list = page.getByRole('region', { name: 'Problems' });
      await expect(list.getByRole('listitem')).toHaveText([
        /“Contract signing & execution” is a dead end/,
        /“After-sales service & retention” cannot be reached/,
        /“Won” cannot be reached/,
      ]);
      await page.screenshot({ path: `${SCREENSHOTS}/analysis-en-problems.png` });
      await list.getByRole('button', { name: /dead end/ }).click();
      await expect(page.locator('.react-flow__node[data-id="contract"]')).toHaveClass(/selected/);
      await expect(page.getByLabel('Label', { exact: true })).toHaveValue('Contract signing & execution');
    });
  });

  await test.step('screenshots: badges, rate chips and the heat view, zoomed in and out, in en then zh-CN', async () => {
    for (const language of ['en', 'zh-CN'] as const) {
      await test.step(language, async () => {
        const names = NAMES[language];
        const doc = sampleDocument({ title: language === 'en' ? 'Sample sales process' : '示例销售流程' });
        const leads = doc.nodes.find((node) => node.id === 'leads')!;
        leads.volume = 1000;
        if (language === 'en') {
          await openInPlace(page, doc, language);
        } else {
          await heatOff(page, NAMES.en.heat);
          await page.getByRole('button', { name: 'Language: 中文' }).click();
          await startWith(page, doc, language);
          await page.locator('.sf-inspector').evaluate((panel) => panel.scrollTo(0, 0));
        }
        await expect(page.locator('.sf-volume-badge').first()).toBeVisible();
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-overview.png` });

        await zoomTo(page, 3, names.zoomIn);
        await expect(page.locator('.sf-rate-chip').first()).toBeVisible();
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-zoomed-in.png` });

        await page.getByRole('button', { name: names.heat }).click();
        await expect(page.getByRole('button', { name: names.heat })).toHaveAttribute('aria-pressed', 'true');
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-heat-zoomed-in.png` });
        await page.getByRole('button', { name: names.fit }).click();
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-heat.png` });
        await page.locator('.sf-inspector').evaluate((panel) => panel.scrollTo(0, panel.scrollHeight));
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-panel.png` });

        // A large diagram zoomed out draws plain boxes: the heat colours and bottleneck outlines must
        // still show there.
        await heatOff(page, names.heat);
        await openInPlace(page, generateDocument({ nodes: 300, seed: 9, lanes: true }), language);
        await page.getByRole('button', { name: names.heat }).click();
        await expect(page.locator('.sf-node__box').first()).toBeVisible();
        await expect(page.locator('.sf-bottleneck').first()).toBeVisible();
        await page.screenshot({ path: `${SCREENSHOTS}/analysis-${language}-zoomed-out-heat.png` });
      });
    }
  });
});
