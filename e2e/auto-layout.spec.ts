import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, openEditor, openInPlace, settledView } from './support/editor';
import { fifteenNodesTwoLanes } from './support/documents';
import { OFTEN } from './support/polling';

const SCREENSHOTS = 'test-results/screenshots';

function piledUp(): SalesDocument {
  const document = fifteenNodesTwoLanes('en');
  return { ...document, lanes: [], nodes: document.nodes.map(({ laneId: _laneId, ...node }) => ({ ...node, position: { x: 100, y: 100 } })) };
}

async function setTestSetting(page: Page, name: string, value: number) {
  await page.evaluate(([key, setting]) => localStorage.setItem(`salesflow:test-${key}`, String(setting)), [name, value] as const);
}

/**
 * Reloads the open document so that the app starts afresh under the test settings: the layout
 * engine takes its delay when the first layout of a visit creates it.
 */
async function restartWith(page: Page, settings: Record<string, number>, nodeCount: number) {
  for (const [name, value] of Object.entries(settings)) await setTestSetting(page, name, value);
  await page.reload();
  await page.waitForFunction(() => window.salesflowTest !== undefined);
  await expect(page.locator('.react-flow__node')).toHaveCount(nodeCount);
}

async function screenBoxes(page: Page) {
  return page.locator('.react-flow__node').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect();
      return { id: element.getAttribute('data-id'), x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }),
  );
}

/** Width over height of the nodes and routes of a document. */
function drawnAspect(document: SalesDocument): number {
  const points = [
    ...document.nodes.flatMap((node) => [node.position, { x: node.position.x + node.size.width, y: node.position.y + node.size.height }]),
    ...document.edges.flatMap((edge) => edge.points ?? []),
  ];
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
}

test('Auto layout in English, each step on a document of its own in the app already loaded', async ({ page }) => {
  // Five steps of a few seconds each, twice as slow on a loaded machine. Each opens its document
  // in place with a fresh history; the steps that slow the layout down through test settings come
  // last, as those stay for the page, and restart the app, as the engine takes them when created.
  test.setTimeout(180_000);
  await test.step('Auto layout untangles a pile of nodes, and one undo puts every node back exactly', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await openEditor(page, piledUp());
    const before = await currentDocument(page);
    await page.screenshot({ path: `${SCREENSHOTS}/layout-before.png` });
    await page.getByRole('button', { name: 'Auto layout' }).click();
    await expect.poll(async () => new Set((await currentDocument(page)).nodes.map((node) => `${node.position.x},${node.position.y}`)).size, OFTEN).toBe(15);
    await page.getByRole('button', { name: 'Fit view' }).click();

    const boxes = await screenBoxes(page);
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    await page.screenshot({ path: `${SCREENSHOTS}/layout-after.png` });

    await page.keyboard.press('Control+z');
    const undone = await currentDocument(page);
    expect(undone.nodes.map((node) => node.position)).toEqual(before.nodes.map((node) => node.position));
    expect(undone.edges).toEqual(before.edges);
  });

  await test.step('Wrap for a slide lays a long flow out near 16:9', async () => {
    await openInPlace(page, piledUp());
    await page.getByRole('button', { name: 'Layout options' }).click();
    const options = page.getByRole('dialog', { name: 'Layout options' });
    await options.getByRole('checkbox', { name: 'Wrap for a slide (16:9)' }).check();
    await options.getByRole('button', { name: 'Lay out' }).click();
    await expect.poll(async () => (await currentDocument(page)).edges.every((edge) => (edge.points?.length ?? 0) > 1), OFTEN).toBe(true);
    const aspect = drawnAspect(await currentDocument(page));
    expect(aspect).toBeGreaterThan(16 / 9 / 2);
    expect(aspect).toBeLessThan((16 / 9) * 2);
  });

  await test.step('Wrap for a slide is off with lanes, and the options say why', async () => {
    await openInPlace(page, fifteenNodesTwoLanes('en'));
    await page.getByRole('button', { name: 'Layout options' }).click();
    const withLanes = page.getByRole('dialog', { name: 'Layout options' }).getByRole('checkbox', { name: 'Wrap for a slide (16:9)' });
    await expect(withLanes).toBeDisabled();
    await expect(withLanes).toHaveAccessibleDescription(/Off with swimlanes/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Layout options' })).toHaveCount(0);
  });

  await test.step('a slow layout shows progress, and Cancel leaves the diagram untouched', async () => {
    await openInPlace(page, piledUp());
    await restartWith(page, { 'layout-delay-ms': 4000 }, piledUp().nodes.length);
    const before = await currentDocument(page);
    await page.getByRole('button', { name: 'Auto layout' }).click();
    const progress = page.getByRole('status').filter({ hasText: 'Laying out…' });
    await expect(progress).toBeVisible();
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Auto layout cancelled' })).toBeVisible();
    await expect(progress).toBeHidden();
    expect(await currentDocument(page)).toEqual(before);
  });

  await test.step('a layout past its time limit is stopped with a message, the diagram untouched', async () => {
    await openInPlace(page, piledUp());
    await restartWith(page, { 'layout-delay-ms': 2000, 'layout-timeout-ms': 50 }, piledUp().nodes.length);
    const before = await currentDocument(page);
    await page.keyboard.press('Control+Shift+L');
    await expect(page.getByRole('alert').filter({ hasText: 'took longer than 0.1 s' })).toBeVisible();
    expect(await currentDocument(page)).toEqual(before);
  });
});

test('lanes are respected: after layout every node sits in its own lane band', async ({ page }) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await openEditor(page, fifteenNodesTwoLanes('zh-CN'), 'zh-CN');
  await page.getByRole('button', { name: '自动布局', exact: true }).click();
  await expect.poll(async () => (await currentDocument(page)).edges.some((edge) => (edge.points?.length ?? 0) > 1), OFTEN).toBe(true);
  await page.getByRole('button', { name: '适应视图' }).click();
  await settledView(page);
  const laidOut = await currentDocument(page);
  // Bands and nodes read in one go, so that a frame of the fit landing between them cannot count.
  const outsideTheirBand = () =>
    page.evaluate((nodes) => {
      const bands = new Map([...document.querySelectorAll('.sf-lane')].map((element) => [element.getAttribute('data-lane-id'), element.getBoundingClientRect()]));
      return nodes.flatMap((node) => {
        const box = document.querySelector(`.react-flow__node[data-id="${node.id}"]`)?.getBoundingClientRect();
        const band = bands.get(node.laneId);
        return box && band && box.top >= band.top - 1 && box.bottom <= band.bottom + 1 ? [] : [node.label];
      });
    }, laidOut.nodes.map((node) => ({ id: node.id, label: node.label, laneId: node.laneId ?? '' })));
  await expect.poll(outsideTheirBand, OFTEN).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOTS}/layout-lanes-zh.png` });
});
