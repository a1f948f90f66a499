import { test, expect } from './fixtures';
import { anotherFlowchart, box, newFlowchart, nodeByLabel, savedDocument } from './support/byHand';
import { OFTEN } from './support/polling';

// Drawing by hand (issue 18): the keyboard on the canvas. The steps share one loaded app, each
// starting from a new flowchart.

/** Three stages by quick add, in a new flowchart: `begin` opens the app first, or starts over in it. */
async function threeByQuickAdd(page: import('@playwright/test').Page, begin: typeof newFlowchart) {
  await begin(page);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  let from = nodeByLabel(page, 'Start');
  for (const label of ['Qualify', 'Demo']) {
    await from.click();
    await page.getByRole('button', { name: 'Add a connected stage to the right' }).click();
    await page.keyboard.type(label);
    await page.keyboard.press('Enter');
    from = nodeByLabel(page, label);
  }
}

const focusedLabel = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.querySelector('.sf-node__label')?.textContent ?? null);

test('the keyboard on the canvas, each step from a new flowchart in the app already loaded', async ({ page }) => {
  // Four steps of several seconds each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('Tab walks the nodes in flow order with a focus ring, arrows follow connections, Enter edits', async () => {
    await threeByQuickAdd(page, newFlowchart);
    // Enter the canvas from the last control before it, as a keyboard user does.
    await page.getByRole('button', { name: 'Swimlane', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Start');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Qualify');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Demo');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Qualify');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Demo');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Qualify');
    // Arrows walk the flow here: they did not nudge anything.
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: 'Edit label' });
    await expect(editor).toBeFocused();
    await page.keyboard.type('Discovery');
    await page.keyboard.press('Enter');
    await expect(nodeByLabel(page, 'Discovery')).toBeVisible();
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Discovery');
    // Past the last node and its two edges, Tab leaves the canvas.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__edge') !== null), OFTEN).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow') === null), OFTEN).toBe(true);

    const saved = await savedDocument(page);
    expect(saved.nodes.map((node) => node.label)).toEqual(['Start', 'Discovery', 'Demo']);
  });

  await test.step('C connects the selection to a node chosen by typing its label', async () => {
    await threeByQuickAdd(page, anotherFlowchart);
    await nodeByLabel(page, 'Start').click();
    await page.keyboard.press('c');
    const dialog = page.getByRole('dialog', { name: 'Connect to' });
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('dem');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.locator('.react-flow__edge')).toHaveCount(3);
    const saved = await savedDocument(page);
    const ids = new Map(saved.nodes.map((node) => [node.label, node.id]));
    expect(saved.edges[2]).toMatchObject({ source: ids.get('Start'), target: ids.get('Demo') });
  });

  await test.step('Enter on a palette item adds that shape, with a node selected, and does not edit the selection', async () => {
    await anotherFlowchart(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
    await page.getByRole('button', { name: 'Decision', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await expect(page.getByRole('textbox', { name: 'Edit label' })).toHaveCount(0);
    await expect(nodeByLabel(page, 'Decision')).toBeVisible();
  });

  await test.step('Tab reaches nodes far off screen in flow order, the view following each one', async () => {
    await anotherFlowchart(page);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Eight stages, each after the last: wider than the view at this zoom.
    for (let i = 0; i < 8; i += 1) await page.getByRole('button', { name: 'Stage', exact: true }).click();
    // The stages in the order they were added, which is their order along the flow.
    const stageIds = (await savedDocument(page)).nodes.filter((node) => node.kind === 'stage').map((node) => node.id);
    await page.getByRole('button', { name: 'Zoom', exact: true }).click();
    await page.getByRole('button', { name: 'Swimlane', exact: true }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page), OFTEN).toBe('Start');
    const canvas = await box(page.locator('.react-flow'));
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('Tab');
      await expect.poll(() => focusedLabel(page), OFTEN).toBe('Stage');
      // The i-th stage itself, not the one before it while the focus is still on its way.
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.getAttribute('data-id')), OFTEN).toBe(stageIds[i]);
      // The view follows within a frame or two of the focus.
      const focused = page.locator('.react-flow__node:has(.sf-node:focus)');
      await expect.poll(async () => (await box(focused)).x + (await box(focused)).width, OFTEN).toBeLessThanOrEqual(canvas.x + canvas.width);
      expect((await box(focused)).x).toBeGreaterThanOrEqual(canvas.x);
      // Scrolled by the view transform alone: React Flow's pane itself never scrolls.
      expect(await page.locator('.react-flow').evaluate((element) => element.scrollLeft + element.scrollTop)).toBe(0);
    }
  });
});
