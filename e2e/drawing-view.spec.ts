import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serializeDocumentFile } from '../src/model/parse';
import type { FlowEdge, FlowNode } from '../src/model/types';
import { anotherFlowchart, box, dragConnector, newFlowchart, nodeByLabel, savedDocument } from './support/byHand';
import { emptyDocument, openLibrary, settledView, viewportTransform } from './support/editor';
import { OFTEN } from './support/polling';

// Drawing by hand (issue 18): the zoom read-out and the opening view, Escape and focus in every
// popover, renaming by the title, and an auto layout that changes nothing. The steps share one
// loaded app, each from a document of its own (a reload only where the step is about one).

/** A 30-stage chain, 6,600 px long: what a person who drew a long process would import. */
function longChainFile(): string {
  const nodes: FlowNode[] = Array.from({ length: 30 }, (_, i) => ({
    id: `n${i}`,
    kind: i === 0 ? 'start' : i === 29 ? 'end' : 'stage',
    label: i === 0 ? 'Lead in' : `Step ${i}`,
    position: { x: i * 220, y: 0 },
    size: { width: 160, height: 64 },
  }));
  const edges: FlowEdge[] = nodes.slice(1).map((node, i) => ({ id: `e${i}`, source: `n${i}`, target: node.id }));
  return serializeDocumentFile({ ...emptyDocument('Long process'), id: 'long', nodes, edges });
}

/** Imports the chain from the library, once it is on screen. */
async function importLongChain(page: Page) {
  // The editor has a chooser of the same kind: after Back to library, the file must not go to the
  // editor that is still leaving (under load, it did, and nothing was imported).
  await expect(page.locator('.react-flow')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New flowchart' })).toBeVisible();
  await page.locator('input[type="file"][accept*=".mmd"]').first().setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(longChainFile()),
  });
  await expect(nodeByLabel(page, 'Lead in')).toBeVisible();
  await settledView(page);
}

test('drawing by hand: the opening view, zoom, popovers and the title, each step in the app already loaded', async ({ page }) => {
  // Six steps of a few seconds each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('a long process opens at a readable zoom on its start, not squeezed to fit; the read-out says so', async () => {
    await openLibrary(page);
    await importLongChain(page);
    const zoom = page.getByRole('button', { name: 'Zoom', exact: true });
    await expect(zoom).toHaveText('100%');
    const start = await box(nodeByLabel(page, 'Lead in'));
    const canvas = await box(page.locator('.react-flow'));
    expect(start.x).toBeGreaterThan(canvas.x);
    expect(start.x).toBeLessThan(canvas.x + 120);
    // Labels are drawn at 13 px: on screen they stay at least 11 px.
    const labelHeight = await nodeByLabel(page, 'Lead in').locator('.sf-node__label').evaluate((element) => parseFloat(getComputedStyle(element).fontSize) * (element.getBoundingClientRect().width / (element as HTMLElement).offsetWidth));
    expect(labelHeight).toBeGreaterThanOrEqual(11);

    // Fit (Shift+1) shows everything, the read-out follows; a click on it comes back to 100%.
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('Shift+!');
    await expect(zoom).not.toHaveText('100%');
    const fitted = Number((await zoom.textContent())!.replace('%', ''));
    expect(fitted).toBeLessThan(30);
    await zoom.click();
    await expect(zoom).toHaveText('100%');
    await expect.poll(async () => (await viewportTransform(page)).zoom, OFTEN).toBe(1);

    // Auto layout follows the same rule: still readable, on the start.
    await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await settledView(page);
    await expect(zoom).toHaveText('100%');
    await expect(nodeByLabel(page, 'Lead in')).toBeInViewport();
  });

  await test.step('the zoom shortcuts: Shift+0 for actual size, Shift+2 to fit the selection', async () => {
    await page.getByRole('button', { name: 'Back to library' }).click();
    await importLongChain(page);
    const zoom = page.getByRole('button', { name: 'Zoom', exact: true });
    await page.keyboard.press('Shift+!');
    await expect(zoom).not.toHaveText('100%');
    await page.keyboard.press('Shift+)');
    await expect(zoom).toHaveText('100%');
    // At 100% about the middle of the chain, the start is off screen: select a stage that is shown.
    await nodeByLabel(page, 'Step 15').click();
    await page.keyboard.press('Shift+@');
    // One 160-px stage fitted is capped at 125%.
    await expect(zoom).toHaveText('125%');
  });

  await test.step('a short process opens fitted', async () => {
    await anotherFlowchart(page);
    for (const name of ['Start', 'Stage', 'End']) await page.getByRole('button', { name, exact: true }).click();
    await page.reload();
    await expect(nodeByLabel(page, 'End')).toBeVisible();
    await settledView(page);
    for (const label of ['Start', 'Stage', 'End']) await expect(nodeByLabel(page, label)).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Zoom', exact: true })).toHaveText('125%');
  });

  await test.step('Escape closes each popover; opening one moves focus into it and closing gives focus back to its button', async () => {
    await anotherFlowchart(page);
    await page.getByRole('button', { name: 'Stage', exact: true }).click();
    // One page serves all five: each popover closes whole, so the next starts from the same editor.
    for (const name of ['Export', 'History', 'Layout options', 'View options', 'Problems'] as const) {
      await test.step(name, async () => {
        const opener = name === 'Problems' ? page.getByRole('button', { name: /^Problems/ }) : page.getByRole('button', { name, exact: true });
        await opener.click();
        const panel =
          name === 'History'
            ? page.getByRole('complementary', { name: 'History' })
            : name === 'Problems'
              ? page.getByRole('region', { name: 'Problems' })
              : page.getByRole('dialog', { name });
        await expect(panel).toBeVisible();
        await expect.poll(() => panel.evaluate((element) => element.contains(document.activeElement)), OFTEN).toBe(true);
        await page.keyboard.press('Escape');
        await expect(panel).toHaveCount(0);
        await expect(opener).toBeFocused();
        // The Escape went to the popover: the new stage is still selected.
        await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
      });
    }
  });

  await test.step('an auto layout that changes nothing adds no undo step', async () => {
    await anotherFlowchart(page);
    for (const name of ['Start', 'Stage', 'End']) await page.getByRole('button', { name, exact: true }).click();
    const [start, stage, end] = [nodeByLabel(page, 'Start'), nodeByLabel(page, 'Stage'), nodeByLabel(page, 'End')];
    await dragConnector(page, start, 'right', stage, { x: 0.5, y: 0.5 });
    await dragConnector(page, stage, 'right', end, { x: 0.5, y: 0.5 });
    // Put the end out of line by hand, so that the first layout has something to do.
    const endBox = await box(end);
    await page.mouse.move(endBox.x + endBox.width / 2, endBox.y + endBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(endBox.x + endBox.width / 2, endBox.y + endBox.height / 2 + 200, { steps: 8 });
    await page.mouse.up();
    // In canvas units: the view's zoom changes after a layout.
    const offset = async () => {
      const [a, b] = [await box(stage), await box(end)];
      return Math.round((b.y - a.y) / (await viewportTransform(page)).zoom);
    };
    const bent = await offset();
    expect(bent).toBeGreaterThan(100);

    const layout = page.getByRole('button', { name: 'Auto layout', exact: true });
    await layout.click();
    await expect.poll(offset, OFTEN).toBeLessThan(bent - 100);
    const laidOut = await offset();
    await layout.click();
    await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: 'already laid out' })).toBeVisible();
    // One Undo takes back the first layout: the second left no step of its own to undo first.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(offset, OFTEN).toBe(bent);
    expect(laidOut).not.toBe(bent);
  });

  await test.step('a click on the title renames the flowchart; Escape cancels', async () => {
    await anotherFlowchart(page);
    const title = page.getByRole('button', { name: 'Document title' });
    await title.click();
    const field = page.getByRole('textbox', { name: 'Document title' });
    await expect(field).toBeFocused();
    await page.keyboard.type('Enterprise pipeline');
    await page.keyboard.press('Enter');
    await expect(title).toHaveText('Enterprise pipeline');
    await expect(title).toBeFocused();
    await title.click();
    await page.keyboard.type('Oops');
    await page.keyboard.press('Escape');
    await expect(title).toHaveText('Enterprise pipeline');
    expect((await savedDocument(page)).title).toBe('Enterprise pipeline');
    await page.getByRole('button', { name: 'Back to library' }).click();
    await expect(page.getByRole('region', { name: 'Documents' }).getByText('Enterprise pipeline')).toBeVisible();
  });
});

test.describe('at 1024×768', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the canvas keeps at least 60% of the width; palette and inspector fold; the overview map is small and can be hidden', async ({ page }) => {
    await newFlowchart(page);
    for (const name of ['Start', 'Stage', 'End']) await page.getByRole('button', { name, exact: true }).click();
    const canvasShare = async () => (await box(page.locator('.react-flow'))).width / 1024;
    expect(await canvasShare()).toBeGreaterThanOrEqual(0.6);

    await expect(page.locator('.sf-minimap')).toBeVisible();
    const map = await box(page.locator('.sf-minimap'));
    expect(map.width).toBeLessThanOrEqual(170);

    await page.getByRole('button', { name: 'Hide inspector' }).click();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Hide shapes' }).click();
    await expect(page.getByRole('navigation', { name: 'Shapes' })).toHaveCount(0);
    expect(await canvasShare()).toBeGreaterThan(0.9);

    await page.getByRole('button', { name: 'View options' }).click();
    await page.getByRole('checkbox', { name: 'Show overview map' }).uncheck();
    await page.keyboard.press('Escape');
    await expect(page.locator('.sf-minimap')).toHaveCount(0);

    // The choices are the user's: they hold after a reload, and unfold again.
    await page.reload();
    await expect(page.getByRole('navigation', { name: 'Shapes' })).toHaveCount(0);
    await expect(page.locator('.sf-minimap')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show shapes' }).click();
    await page.getByRole('button', { name: 'Show inspector' }).click();
    await expect(page.getByRole('navigation', { name: 'Shapes' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  });
});
