import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openInPlace, startWith, toScreen, viewportTransform } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';

const SCREENSHOTS = 'test-results/screenshots';

// Checks on the fifteen-node document share an editor as steps: each step after the first loads
// the document again in place, with a fresh history and no selection.


/** The screenshot of the fifteen-node document with a node selected, and its lane names. */
async function screenshotFifteenNodes(page: Page, language: 'en' | 'zh-CN') {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await expect(page.locator('.react-flow__node')).toHaveCount(15);
  await page.locator('.react-flow__node[data-id="negotiate"]').click();
  await page.screenshot({ path: `${SCREENSHOTS}/editor-15-nodes-${language}.png` });
  const names = await page.locator('.sf-lane__label').allTextContents();
  expect(names).toEqual(language === 'en' ? ['Sales', 'Pre-sales & legal'] : ['销售部', '售前与法务']);
}

// The screenshots in English, then in Chinese after the toolbar's language switch, then the
// accessibility check on the English editor again.
test('lanes, then the screenshots and accessibility of a fifteen-node flowchart, in one loaded app', async ({ page }) => {
  // Two checks of several steps each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('lanes: a node dragged into another lane joins it; lanes are added, renamed, reordered and deleted, keeping their nodes', async () => {
    await test.step('a node dragged into another lane joins it, and the inspector shows that lane', async () => {
      await openEditor(page, fifteenNodesTwoLanes('en'));
      await expect(page.getByRole('group', { name: 'Swimlane Sales' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Swimlane Pre-sales & legal' })).toBeVisible();
      const before = await currentDocument(page);
      const crm = before.nodes.find((node) => node.id === 'crm')!;
      const needs = before.nodes.find((node) => node.id === 'needs')!;
      expect(crm.laneId).toBe('lane-sales');

      const transform = await viewportTransform(page);
      const from = toScreen(transform, { x: crm.position.x + crm.size.width / 2, y: crm.position.y + crm.size.height / 2 });
      const to = toScreen(transform, { x: crm.position.x + crm.size.width / 2, y: needs.position.y + needs.size.height / 2 });
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 15 });
      await page.mouse.up();

      const after = await currentDocument(page);
      expect(after.nodes.find((node) => node.id === 'crm')!.laneId).toBe('lane-support');
      await page.locator('.react-flow__node[data-id="crm"]').click();
      const inspector = page.getByRole('complementary', { name: 'Inspector' });
      await expect(inspector.getByLabel('Lane', { exact: true })).toHaveValue('lane-support');
      await expect(inspector.getByLabel('Lane', { exact: true }).locator('option:checked')).toHaveText('Pre-sales & legal');

      await page.keyboard.press('Control+z');
      expect((await currentDocument(page)).nodes.find((node) => node.id === 'crm')!.laneId).toBe('lane-sales');
    });

    await test.step('lanes can be added, renamed, reordered and deleted, keeping their nodes', async () => {
      await startWith(page, fifteenNodesTwoLanes('en'));
      await page.getByRole('button', { name: 'Swimlane', exact: true }).click();
      await expect.poll(async () => (await currentDocument(page)).lanes.map((lane) => lane.label)).toEqual([
        'Sales',
        'Pre-sales & legal',
        'Lane 3',
      ]);
      const header = page.getByRole('group', { name: 'Swimlane Lane 3' });
      await header.dblclick();
      const input = page.getByRole('textbox', { name: 'Rename swimlane' });
      await input.fill('Finance');
      await input.press('Enter');
      await expect(page.getByRole('group', { name: 'Swimlane Finance' })).toBeVisible();

      await page.getByRole('group', { name: 'Swimlane Finance' }).hover();
      await page.getByRole('button', { name: 'Move swimlane earlier: Finance' }).click();
      expect((await currentDocument(page)).lanes.map((lane) => lane.label)).toEqual(['Sales', 'Finance', 'Pre-sales & legal']);

      await page.getByRole('group', { name: 'Swimlane Sales' }).hover();
      await page.getByRole('button', { name: 'Delete swimlane: Sales' }).click();
      const document = await currentDocument(page);
      expect(document.lanes.map((lane) => lane.label)).toEqual(['Finance', 'Pre-sales & legal']);
      expect(document.nodes).toHaveLength(15);
      expect(document.nodes.filter((node) => node.laneId === 'lane-sales')).toEqual([]);
    });
  });

  await test.step('screenshots of a fifteen-node flowchart with two lanes in en and zh-CN, and no serious accessibility violation', async () => {
    await test.step('screenshot: a fifteen-node flowchart with two lanes in en', async () => {
      await openInPlace(page, fifteenNodesTwoLanes('en'), 'en');
      await screenshotFifteenNodes(page, 'en');
    });

    await test.step('screenshot: a fifteen-node flowchart with two lanes in zh-CN', async () => {
      await page.getByRole('button', { name: 'Language: 中文' }).click();
      await startWith(page, fifteenNodesTwoLanes('zh-CN'), 'zh-CN');
      await screenshotFifteenNodes(page, 'zh-CN');
    });

    await test.step('the editor has no serious accessibility violation', async () => {
      await page.getByRole('button', { name: '语言: English' }).click();
      await startWith(page, fifteenNodesTwoLanes('en'));
      await page.locator('.react-flow__node[data-id="screen"]').click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  });
});
