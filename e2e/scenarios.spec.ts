import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { nodeElement, openLibrary, pane } from './support/editor';

// Scenarios (issue 18, "What-if overwrote the document"), driven as a person does: from the
// template gallery, the toolbar's Scenarios menu, the inspector and the panel, with the mouse and
// the keyboard. Screenshots (light theme, 1440×900) go to screenshots-scenarios/, not committed.

const SCREENSHOTS = 'screenshots-scenarios';

/** The value a panel figure shows, and its change against the one compared with, by the figure's name. */
function figure(page: Page, name: string) {
  return page.locator('.sf-analysis__figure', { has: page.locator('dt', { hasText: name }) }).locator('.sf-analysis__value');
}

function figureDelta(page: Page, name: string) {
  return page.locator('.sf-analysis__figure', { has: page.locator('dt', { hasText: name }) }).locator('.sf-analysis__delta');
}

function edgeChip(page: Page, edgeId: string) {
  return page.locator(`.react-flow__edge[data-id="${edgeId}"] .sf-rate-chip`);
}

async function useStandardTemplate(page: Page) {
  await openLibrary(page);
  await page.getByRole('article', { name: 'Standard sales process', exact: true }).getByRole('button', { name: 'Use template' }).click();
  await expect(page.getByRole('button', { name: 'Back to library' })).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
}

async function deselect(page: Page) {
  await pane(page).click({ position: { x: 30, y: 560 } });
  await expect(page.getByRole('region', { name: 'Funnel analysis' })).toBeVisible();
}

/** Selects the edge by its rate chip and gives the inspector's rate field. */
async function rateField(page: Page, edgeId: string) {
  await edgeChip(page, edgeId).click();
  return page.getByLabel('Conversion rate (%)');
}

async function showInMenu(page: Page, name: string | RegExp) {
  await page.getByRole('button', { name: /^Scenarios:/ }).click();
  const menu = page.getByRole('dialog', { name: 'Scenarios' });
  await menu.getByRole('radio', { name }).check();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

test('a scenario keeps its own rate beside the process, survives a reload, compares, and applies in one undo step', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await useStandardTemplate(page);
  await deselect(page);
  // The process: 400 leads, 64 wins a month.
  await expect(figure(page, 'Expected wins')).toHaveText('64');
  await expect(page.getByText('Figures of the process (Current).')).toBeVisible();

  // The template ships an example; the menu lists Current and it, and makes a new one.
  await page.getByRole('button', { name: 'Scenarios: Current' }).click();
  const menu = page.getByRole('dialog', { name: 'Scenarios' });
  await expect(menu.getByRole('radio', { name: /Current/ })).toBeChecked();
  await expect(menu.getByRole('radio', { name: 'Qualify better: +10% at qualification' })).toBeVisible();
  await menu.getByRole('button', { name: 'New scenario' }).click();
  const name = menu.getByRole('textbox', { name: 'Scenario name' });
  await expect(name).toBeFocused();
  await page.keyboard.type('Better needs analysis');
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('radio', { name: 'Better needs analysis' })).toBeChecked();
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-menu-en.png` });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Scenarios: Better needs analysis' })).toBeFocused();

  const banner = page.getByRole('status').filter({ hasText: 'Showing scenario “Better needs analysis”' });
  await expect(banner).toBeVisible();

  // A rate typed while the scenario is shown goes to the scenario, marked as its value.
  let field = await rateField(page, 'communication--needs');
  await expect(field).toHaveValue('75');
  await expect(page.getByText('The process’s value. A change goes to scenario “Better needs analysis”.')).toBeVisible();
  await field.fill('90');
  await field.press('Enter');
  await expect(page.getByText('Scenario value. The process has 75%.')).toBeVisible();
  await expect(edgeChip(page, 'communication--needs')).toHaveClass(/sf-rate-chip--scenario/);
  await expect(edgeChip(page, 'communication--needs').locator('text')).toHaveText('90%');
  for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-inspector-en.png` });
  await page.getByRole('button', { name: 'Fit view' }).click();
  await deselect(page);
  await expect(page.getByText('Figures of scenario “Better needs analysis”.')).toBeVisible();
  await expect(figure(page, 'Expected wins')).toHaveText('77');
  await expect(figureDelta(page, 'Expected wins')).toHaveText('+13 vs Current');
  await expect(figureDelta(page, 'Leads in')).toHaveText('0 vs Current');
  await expect(figureDelta(page, 'Overall conversion')).toHaveText('+3.2 pts vs Current');
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-banner-en.png` });

  // Current is the process, untouched.
  await banner.getByRole('button', { name: 'Show Current' }).click();
  await expect(banner).toBeHidden();
  await expect(figure(page, 'Expected wins')).toHaveText('64');
  await expect(edgeChip(page, 'communication--needs')).not.toHaveClass(/sf-rate-chip--scenario/);
  field = await rateField(page, 'communication--needs');
  await expect(field).toHaveValue('75');
  await expect(page.getByText(/Scenario value/)).toHaveCount(0);

  // After a reload: the process as it was, the scenario with its value.
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Scenarios: Current' })).toBeVisible();
  // A long process opens at 100% on its start (the opening rule); the whole of it is wanted here.
  await page.getByRole('button', { name: 'Fit view' }).click();
  await deselect(page);
  await expect(figure(page, 'Expected wins')).toHaveText('64');
  field = await rateField(page, 'communication--needs');
  await expect(field).toHaveValue('75');
  await showInMenu(page, 'Better needs analysis');
  await expect(field).toHaveValue('90');
  await expect(page.getByText('Scenario value. The process has 75%.')).toBeVisible();

  // Compared with the template's example instead of Current: a change on every figure.
  await deselect(page);
  await page.getByLabel('Compare with').selectOption({ label: 'Qualify better: +10% at qualification' });
  await expect(figureDelta(page, 'Expected wins')).toHaveText('-1 vs Qualify better: +10% at qualification');
  for (const name of ['Leads in', 'Overall conversion', 'Revenue', 'Cycle time to a win']) {
    await expect(figureDelta(page, name)).toContainText('vs Qualify better');
  }
  await page.getByRole('region', { name: 'Funnel analysis' }).evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-panel-comparison-en.png` });
  await page.getByLabel('Compare with').selectOption({ label: 'Current' });
  await expect(figureDelta(page, 'Expected wins')).toHaveText('+13 vs Current');

  // Apply to process: the process takes the rate; one Undo takes it back.
  await page.getByRole('button', { name: 'Apply to process' }).click();
  await expect(figureDelta(page, 'Expected wins')).toHaveText('0 vs Current');
  await showInMenu(page, /Current/);
  await expect(figure(page, 'Expected wins')).toHaveText('77');
  await expect((await rateField(page, 'communication--needs'))).toHaveValue('90');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Conversion rate (%)')).toHaveValue('75');
  await deselect(page);
  await expect(figure(page, 'Expected wins')).toHaveText('64');
});

test('while a scenario is shown, a structure or text edit goes to the process under the banner, in English and Chinese', async ({ page }) => {
  await useStandardTemplate(page);
  await showInMenu(page, 'Qualify better: +10% at qualification');
  await expect(page.getByRole('status').filter({ hasText: 'Rates, leads and durations you change go to this scenario; everything else you change goes to the process.' })).toBeVisible();
  await expect(edgeChip(page, 'intent--communication')).toHaveClass(/sf-rate-chip--scenario/);
  await expect(edgeChip(page, 'intent--communication').locator('text')).toHaveText('55%');

  // A text edit and a new node, made under the banner, are the process's.
  await nodeElement(page, 'Lead acquisition').click();
  const label = page.getByLabel('Label');
  await label.fill('Lead sourcing');
  await label.press('Enter');
  const nodes = await page.locator('.react-flow__node').count();
  await page.getByRole('button', { name: 'Stage', exact: true }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes + 1);

  // The document was made in English: its scenario keeps the English name; the page speaks Chinese.
  await page.getByRole('button', { name: 'Language: 中文' }).click();
  const banner = page.getByRole('status').filter({ hasText: '正在显示情景“Qualify better: +10% at qualification”' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('button', { name: '情景：Qualify better: +10% at qualification' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-banner-zh.png` });
  await banner.getByRole('button', { name: '显示当前流程' }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByRole('button', { name: '情景：当前' })).toBeVisible();
  await expect(page.locator('.react-flow__node')).toHaveCount(nodes + 1);
  await expect(nodeElement(page, 'Lead sourcing')).toBeVisible();
  await expect(edgeChip(page, 'intent--communication').locator('text')).toHaveText('45%');

  // In Chinese: a new scenario from the menu, its rate marked, compared with Current.
  await page.getByRole('button', { name: '情景：当前' }).click();
  const menu = page.getByRole('dialog', { name: '情景' });
  await menu.getByRole('button', { name: '新建情景' }).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: '情景：情景 1' })).toBeVisible();
  const field = await (async () => {
    await edgeChip(page, 'communication--needs').click();
    return page.getByLabel('转化率（%）');
  })();
  await field.fill('90');
  await field.press('Enter');
  await expect(page.getByText('情景值。流程中为 75%。')).toBeVisible();
  await pane(page).click({ position: { x: 30, y: 560 } });
  await expect(page.getByText('情景“情景 1”的数据。')).toBeVisible();
  await expect(figureDelta(page, '预计赢单')).toHaveText('较“当前” +13');
  await page.getByRole('region', { name: '漏斗分析' }).evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${SCREENSHOTS}/scenarios-panel-zh.png` });
});
