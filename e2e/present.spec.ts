// Issue 21, walkthrough mode: a template presented from its first step to its last with the
// keyboard, as a trainer does; at each step the caption, the address, the step's node in view and
// the rest dimmed. A reload returns to the step; Escape leaves; a reader tab presents too. The
// English checks share one loaded app, each opening its document in place.

import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parseTemplateFile } from '../src/model/templates/parseTemplate';
import { resolveTemplate } from '../src/model/templates/resolveTemplate';
import type { SalesDocument } from '../src/model/types';
import { generateDocument } from '../src/model/generate';
import { stepView, walkthroughNodeIds } from '../src/model/walkthrough/steps';
import { test, expect } from './fixtures';
import { openEditor, openInPlace, settledView } from './support/editor';
import { OFTEN } from './support/polling';

const SCREENSHOTS = 'test-results/screenshots';

function standardProcess(language: 'en' | 'zh-CN'): SalesDocument {
  const template = parseTemplateFile(readFileSync(new URL('../templates/standard-sales-process.json', import.meta.url), 'utf8'));
  if (!template.ok) throw new Error(template.error.code);
  const doc = resolveTemplate(template.value, language, { id: 'e2e-present', now: Date.UTC(2026, 0, 1) });
  if (!doc.ok) throw new Error(doc.error.code);
  return doc.value;
}

async function opacityOf(page: Page, nodeId: string): Promise<number> {
  return page.locator(`.react-flow__node[data-id="${nodeId}"]`).evaluate((element) => Number(getComputedStyle(element).opacity));
}

/** The step's node lies wholly inside the canvas, above the caption. */
async function expectInView(page: Page, nodeId: string): Promise<void> {
  const node = (await page.locator(`.react-flow__node[data-id="${nodeId}"]`).boundingBox())!;
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  const caption = (await page.locator('.sf-present__caption').boundingBox())!;
  expect(node.x).toBeGreaterThanOrEqual(canvas.x - 1);
  expect(node.x + node.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
  expect(node.y).toBeGreaterThanOrEqual(canvas.y - 1);
  expect(node.y + node.height).toBeLessThanOrEqual(caption.y + 1);
}

test('presenting in English, each step opening its document in place in the app already loaded', async ({ page, context }) => {
  // Five steps of several seconds each, twice as slow on a loaded machine. A window a step opens
  // is closed at its end.
  test.setTimeout(240_000);
  await test.step('a template is presented step by step with the keyboard; the address follows, a reload returns, Escape leaves', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const doc = standardProcess('en');
    const steps = walkthroughNodeIds(doc);
    const labelOf = new Map(doc.nodes.map((node) => [node.id, node.label]));
    expect(steps.length).toBeGreaterThan(5);
    await openEditor(page, doc);

    await page.getByRole('button', { name: 'Present' }).click();
    const presentation = page.getByRole('region', { name: 'Presentation' });
    await expect(presentation).toBeVisible();
    await expect(page.getByRole('toolbar', { name: 'Editor toolbar' })).toBeHidden();

    let dimmedChecked = 0;
    for (const [index, nodeId] of steps.entries()) {
      if (index > 0) await page.keyboard.press(index % 2 === 0 ? 'ArrowRight' : 'PageDown');
      await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(labelOf.get(nodeId)!);
      await expect(presentation).toContainText(`Step ${index + 1} of ${steps.length}`);
      await expect(page).toHaveURL(new RegExp(`#/doc/e2e-present/present/${index + 1}$`));
      // Bright: the step's node and its neighbours. Dimmed: a node two steps away or more.
      const shown = new Set(stepView(doc, nodeId).nodeIds);
      await expect.poll(() => opacityOf(page, nodeId), OFTEN).toBe(1);
      // Off-screen nodes are not drawn at all; among those drawn, one outside the step is dimmed.
      const drawn = await page.locator('.react-flow__node').evaluateAll((elements) => elements.map((element) => element.getAttribute('data-id')));
      const far = drawn.find((id) => id !== null && !shown.has(id));
      if (far) {
        await expect.poll(() => opacityOf(page, far), OFTEN).toBeLessThan(0.2);
        dimmedChecked += 1;
      }
      await expect.poll(async () => {
        try {
          await expectInView(page, nodeId);
          return true;
        } catch {
          return false;
        }
      }, OFTEN).toBe(true);
      if (index === 1) await page.screenshot({ path: `${SCREENSHOTS}/present-en.png` });
    }
    expect(dimmedChecked).toBeGreaterThan(steps.length / 2);
    // Past the last step nothing moves; back with the other keys.
    await page.keyboard.press('ArrowRight');
    await expect(presentation).toContainText(`Step ${steps.length} of ${steps.length}`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await page.keyboard.press('PageUp');
    await expect(presentation).toContainText(`Step 2 of ${steps.length}`);
    await page.keyboard.press('ArrowRight');

    // A reload returns to the step the address names.
    await expect(page).toHaveURL(/\/present\/3$/);
    await page.reload();
    await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(labelOf.get(steps[2]!)!);
    await expect(presentation).toContainText(`Step 3 of ${steps.length}`);
    // Once the view has stopped moving (the opening view of the document must not take over).
    await settledView(page);
    await expectInView(page, steps[2]!);

    // Escape leaves: the editor as it was, the address the document's own, nothing changed.
    await page.keyboard.press('Escape');
    await expect(presentation).toBeHidden();
    await expect(page.getByRole('toolbar', { name: 'Editor toolbar' })).toBeVisible();
    await expect(page).toHaveURL(/#\/doc\/e2e-present$/);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
    // Nothing left dimmed (polled: under load the run of the full suite once read a node in the
    // frame the presentation ended in).
    const opacities = () => page.locator('.react-flow__node').evaluateAll((elements) => elements.map((element) => Number(getComputedStyle(element).opacity)));
    await expect.poll(async () => {
      const values = await opacities();
      return values.length > 0 && values.every((opacity) => opacity === 1);
    }, OFTEN).toBe(true);
  });

  await test.step("the trainer's own steps: one hidden, one moved, a shape added; Present follows them after a reload", async () => {
    const doc = standardProcess('en');
    const defaults = walkthroughNodeIds(doc);
    const labelOf = new Map(doc.nodes.map((node) => [node.id, node.label]));
    const start = doc.nodes.find((node) => node.kind === 'start')!;
    await openInPlace(page, doc);
    await page.locator(`.react-flow__node[data-id="${start.id}"]`).click();

    await page.getByRole('button', { name: 'Walkthrough steps' }).click();
    const list = page.getByRole('dialog', { name: 'Walkthrough steps' });
    await expect(list.locator('.sf-step-list__label')).toHaveText(defaults.map((id) => labelOf.get(id)!));
    await list.getByRole('button', { name: `Hide “${labelOf.get(defaults[1]!)}”` }).click();
    await list.getByRole('button', { name: `Move “${labelOf.get(defaults[3]!)}” up` }).click();
    await list.getByRole('button', { name: 'Add the selected shapes' }).click();
    await page.screenshot({ path: `${SCREENSHOTS}/present-steps-en.png` });
    const expected = [defaults[0]!, defaults[3]!, defaults[2]!, ...defaults.slice(4), start.id];
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();

    // Stored with the document: after a reload, Present shows exactly those steps.
    await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
    await page.reload();
    await page.getByRole('button', { name: 'Present' }).click();
    const presentation = page.getByRole('region', { name: 'Presentation' });
    for (const [index, nodeId] of expected.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(labelOf.get(nodeId)!);
      await expect(presentation).toContainText(`Step ${index + 1} of ${expected.length}`);
    }
    await page.keyboard.press('Escape');

    // Back to the default deck, in one click; one Undo returns the trainer's own.
    await page.getByRole('button', { name: 'Walkthrough steps' }).click();
    await list.getByRole('button', { name: 'Back to the default steps' }).click();
    await expect(list.locator('.sf-step-list__label')).toHaveText(defaults.map((id) => labelOf.get(id)!));
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Walkthrough steps' }).click();
    const stored = [defaults[0]!, defaults[1]!, defaults[3]!, defaults[2]!, ...defaults.slice(4), start.id];
    await expect(list.locator('.sf-step-list__label')).toHaveText(stored.map((id) => labelOf.get(id)!));
    await expect(list.getByRole('listitem').nth(1)).toHaveClass(/sf-step-list__step--hidden/);
  });

  await test.step('the presenter view in a second window follows the presentation and moves it, without opening the document', async () => {
    const doc = standardProcess('en');
    const steps = walkthroughNodeIds(doc);
    const labelOf = new Map(doc.nodes.map((node) => [node.id, node.label]));
    await openInPlace(page, doc);
    await page.getByRole('button', { name: 'Present' }).click();
    const presentation = page.getByRole('region', { name: 'Presentation' });
    const opened = context.waitForEvent('page');
    await presentation.getByRole('button', { name: 'Presenter view' }).click();
    const presenter = await opened;
    await expect(presenter).toHaveURL(/#\/presenter\/[a-z0-9]+$/);
    const view = presenter.getByRole('main', { name: 'Presenter view' });
    await expect(view.getByRole('region', { name: 'Now' }).getByRole('heading', { level: 2 })).toHaveText(labelOf.get(steps[0]!)!);
    await expect(view.getByRole('region', { name: 'Up next' })).toContainText(labelOf.get(steps[1]!)!);
    await expect(view.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
    await presenter.screenshot({ path: `${SCREENSHOTS}/presenter-en.png` });

    // The presenting tab moves: the presenter view follows.
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(view.getByRole('region', { name: 'Now' }).getByRole('heading', { level: 2 })).toHaveText(labelOf.get(steps[1]!)!);
    await expect(view).toContainText(`Step 2 of ${steps.length}`);

    // The presenter moves it from their window.
    await view.getByRole('button', { name: 'Next step' }).click();
    await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(labelOf.get(steps[2]!)!);
    await expect(page).toHaveURL(/\/present\/3$/);
    // It holds no document: it never became the writer or a reader of one.
    await expect(presenter.getByRole('toolbar', { name: 'Editor toolbar' })).toHaveCount(0);

    await page.keyboard.press('Escape');
    await expect(view).toContainText('The presentation has ended.');
    await presenter.close();
  });

  await test.step('a tab that only reads the document presents it too', async () => {
    const doc = standardProcess('en');
    await openInPlace(page, doc);
    const reader = await context.newPage();
    await reader.goto(`/#/doc/e2e-present`);
    await expect(reader.getByText(/open in another tab/i).first()).toBeVisible();
    await reader.getByRole('button', { name: 'Present' }).click();
    const presentation = reader.getByRole('region', { name: 'Presentation' });
    await expect(presentation).toBeVisible();
    await reader.keyboard.press('ArrowRight');
    await expect(presentation).toContainText('Step 2 of');
    await expect(reader).toHaveURL(/\/present\/2$/);
    await reader.close();
  });

  await test.step('a large diagram is presented with its shapes drawn in full whatever the zoom, and without the minimap under the deck', async () => {
    await openInPlace(page, generateDocument({ nodes: 400, seed: 3 }));
    // In the DOM at all, hidden or not: hidden under the deck, it would still follow every frame.
    const overview = page.locator('.sf-minimap');
    // Fitted, 400 nodes are plain boxes (src/canvas/detail.ts) and the minimap is off.
    await expect(page.locator('.react-flow.sf-far')).toHaveCount(1);
    await expect(overview).toHaveCount(0);
    await page.keyboard.press('F5');
    await expect(page.getByRole('region', { name: 'Presentation' })).toBeVisible();
    for (let step = 0; step < 3; step += 1) {
      await page.keyboard.press('ArrowRight');
      // Sampled after each step: never the boxes, never the minimap.
      for (let sample = 0; sample < 6; sample += 1) {
        expect(await page.locator('.react-flow.sf-far').count()).toBe(0);
        expect(await overview.count()).toBe(0);
        await page.waitForTimeout(80);
      }
    }
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Presentation' })).toHaveCount(0);
    // Back in the editor at the view before: fitted, plain boxes again.
    await expect(page.locator('.react-flow.sf-far')).toHaveCount(1);
  });
});

test('in Chinese, F5 presents from the first step and the caption tells the details', async ({ page }) => {
  const doc = standardProcess('zh-CN');
  const first = doc.nodes.find((node) => node.id === walkthroughNodeIds(doc)[0])!;
  await openEditor(page, doc, 'zh-CN');
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('F5');
  const presentation = page.getByRole('region', { name: '演示' });
  await expect(presentation.getByRole('heading', { level: 2 })).toHaveText(first.label);
  await expect(presentation).toContainText(`第 1 步，共 ${walkthroughNodeIds(doc).length} 步`);
  if (first.details?.owner) await expect(presentation.locator('.sf-present__facts')).toContainText(first.details.owner);
  await page.screenshot({ path: `${SCREENSHOTS}/present-zh-CN.png` });
  await presentation.getByRole('button', { name: '退出演示' }).click();
  await expect(presentation).toBeHidden();
});
