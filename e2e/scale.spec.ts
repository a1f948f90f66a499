import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateDocument } from '../src/model/generate';
import { serializeDocumentFile } from '../src/model/parse';
import type { SalesDocument } from '../src/model/types';
import { test, expect } from './fixtures';
import { currentDocument, nodeById, openLibrary, pane, settledView, viewportTransform } from './support/editor';
import { tasksOnMainThread, type MainThreadTask } from './support/mainThread';

// Issue 22, "5,000 nodes usable": the path a person takes through a company-wide process, each step
// checked by what it leaves behind (the view, the saved document after a reload, the exported
// file, the library's picture). Then the rule for the biggest document the app accepts, 5,000
// nodes and 20,000 edges: opening it and an edit that changes every figure hold the page's thread
// under 500 ms at a time, in CPU time from Chromium's trace (as export-large.spec.ts measures).

const SCREENSHOTS = 'test-results/screenshots';
const LONGEST_TASK_MS = 500;
// Garbage collections come at moments V8 picks, from the whole page's history: a bound of their
// own, so that the app's own work is held to 500 ms (export-large.spec.ts).
const LONGEST_COLLECTION_MS = 800;
const GRID = 20;

test.describe.configure({ timeout: 300_000 });

/**
 * Drags from one screen point to another in small steps, as a hand does. The first move, a pixel,
 * only starts the gesture (React Flow's drag threshold): the rest moves by (dx, dy).
 */
async function dragBy(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + Math.sign(dx), from.y);
  await page.mouse.move(from.x + Math.sign(dx) + dx, from.y + dy, { steps: 15 });
  await page.mouse.up();
}

async function centreOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = (await nodeById(page, id).boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Find (Ctrl+F) a label; Enter selects the node and brings it to the middle of the view. */
async function find(page: Page, label: string): Promise<void> {
  await page.keyboard.press('Control+f');
  const search = page.getByRole('searchbox', { name: 'Find nodes' });
  await search.fill(label);
  await expect(page.getByRole('search').getByRole('status')).toHaveText('0 of 1');
  await search.press('Enter');
  await expect(page.getByRole('search').getByRole('status')).toHaveText('1 of 1');
  await search.press('Escape');
  // Drawn at 100% once the page has swapped the plain boxes for the symbols.
  await expect.poll(async () => (await viewportTransform(page)).zoom, { timeout: 30_000 }).toBeCloseTo(1, 3);
  await settledView(page, 60_000);
}

/**
 * Where a node ended after a drag by (dx, dy): within a grid step of it, since the node snaps to
 * the grid (half a step) and then to a neighbour's alignment guide (6 px at 100%).
 */
async function droppedAt(page: Page, node: { id: string; position: { x: number; y: number } }, dx: number, dy: number) {
  let position = node.position;
  await expect
    .poll(async () => {
      position = (await currentDocument(page)).nodes.find((candidate) => candidate.id === node.id)?.position ?? node.position;
      return Math.max(Math.abs(position.x - node.position.x - dx), Math.abs(position.y - node.position.y - dy));
    })
    .toBeLessThanOrEqual(GRID);
  return position;
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 30_000 });
}

function longestTasks(tasks: readonly MainThreadTask[]) {
  return {
    work: Math.max(0, ...tasks.map((task) => task.cpuMs - task.collectorMs)),
    collection: Math.max(0, ...tasks.map((task) => task.collectorMs)),
  };
}

test('5,000 nodes: open, pan, find, drag, undo, export SVG; the saved document and the library picture show it', async ({ page }) => {
  const document = generateDocument({ nodes: 5000, seed: 22, lanes: true });
  // Two stages far apart in the flow, each found by a label no other label contains.
  const stages = document.nodes.filter((node) => node.kind === 'stage' && document.nodes.filter((other) => other.label.toLowerCase().includes(node.label.toLowerCase())).length === 1);
  const first = stages[Math.floor(stages.length * 0.3)]!;
  const second = stages[Math.floor(stages.length * 0.8)]!;
  let dropped = first.position;

  await test.step('opens fitted, every node drawn as a plain box', async () => {
    await openLibrary(page);
    expect(await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document))).toBeNull();
    await page.getByRole('button', { name: 'Fit view', exact: true }).click();
    await settledView(page, 60_000);
    await expect(page.locator('.react-flow__node')).toHaveCount(5000);
    await page.screenshot({ path: `${SCREENSHOTS}/scale-5000-fitted.png` });
  });

  await test.step('a middle-button drag pans the view by as much', async () => {
    const before = await viewportTransform(page);
    const box = (await pane(page).boundingBox())!;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(from.x - 1, from.y);
    await page.mouse.move(from.x - 161, from.y + 90, { steps: 15 });
    // The hand rests before letting go, as a person's does: on a busy machine a 5,000-node frame
    // can outlast the last move, and a button released in the same frame ended the pan 9 px short.
    // The starting pixel may or may not count, as the pan starts on it.
    const panned = async () => {
      const view = await viewportTransform(page);
      return Math.abs(view.x - before.x + 160) <= 1.01 && Math.abs(view.y - before.y - 90) < 0.5;
    };
    await expect.poll(panned, { timeout: 30_000, intervals: [50] }).toBe(true);
    await page.mouse.up({ button: 'middle' });
    await settledView(page, 60_000);
    expect(await panned()).toBe(true);
  });

  await test.step('Find goes to a stage at 100%, and a drag moves it there', async () => {
    await find(page, first.label);
    await expect(nodeById(page, first.id)).toHaveClass(/selected/);
    await dragBy(page, await centreOf(page, first.id), 7 * GRID, 4 * GRID);
    dropped = await droppedAt(page, first, 7 * GRID, 4 * GRID);
    await page.screenshot({ path: `${SCREENSHOTS}/scale-5000-dragged.png` });
  });

  await test.step('a second drag is taken back by Undo, the first stays', async () => {
    await find(page, second.label);
    await dragBy(page, await centreOf(page, second.id), -5 * GRID, 6 * GRID);
    await droppedAt(page, second, -5 * GRID, 6 * GRID);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await currentDocument(page)).nodes.find((node) => node.id === second.id)?.position).toEqual(second.position);
  });

  await test.step('the SVG export parses and draws all 5,000 nodes, the dragged one where it was dropped', async () => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: 'SVG' }).check();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Download' }).click();
    const svg = readFileSync(await (await download).path()).toString('utf8');
    const drawn = await page.evaluate((text) => {
      const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
      const nodes = [...xml.querySelectorAll('g.nodes > g')].map((group) => group.getAttribute('transform'));
      return { errors: xml.getElementsByTagName('parsererror').length, nodes, edges: xml.querySelectorAll('g.edges path').length };
    }, svg);
    expect(drawn.errors).toBe(0);
    expect(drawn.nodes).toHaveLength(5000);
    expect(drawn.edges).toBeGreaterThanOrEqual(document.edges.length);
    expect(drawn.nodes).toContain(`translate(${dropped.x},${dropped.y})`);
    expect(drawn.nodes).toContain(`translate(${second.position.x},${second.position.y})`);
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('saved: after a reload the document has the first drag and not the undone one', async () => {
    await saved(page);
    await page.reload();
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 60_000 });
    const reloaded = await currentDocument(page);
    expect(reloaded.nodes).toHaveLength(5000);
    expect(reloaded.nodes.find((node) => node.id === first.id)?.position).toEqual(dropped);
    expect(reloaded.nodes.find((node) => node.id === second.id)?.position).toEqual(second.position);
  });

  await test.step('the library shows its picture, drawn with every node', async () => {
    await page.getByRole('button', { name: 'Back to library' }).click();
    const card = page.getByRole('article', { name: document.title, exact: true });
    await expect(card).toBeVisible();
    const source = (await card.locator('img').getAttribute('src')) ?? '';
    const picture = decodeURIComponent(source.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    const nodes = await page.evaluate((text) => new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('g.nodes > g').length, picture);
    expect(nodes).toBe(5000);
    await page.screenshot({ path: `${SCREENSHOTS}/scale-5000-library.png` });
  });
});

test('5,000 nodes and 20,000 edges: opening it and an edit that changes every figure hold the page under 500 ms a task', async ({ page }) => {
  const document: SalesDocument = generateDocument({ nodes: 5000, seed: 22, lanes: true, edges: 20_000 });
  const start = document.nodes.find((node) => node.kind === 'start')!;
  const browser = page.context().browser()!;
  await openLibrary(page);
  const error = await page.evaluate((text) => window.salesflowTest!.openDocumentFile(text), serializeDocumentFile(document));
  expect(error).toBeNull();
  await page.getByRole('button', { name: 'Back to library' }).click();
  const card = page.getByRole('article', { name: document.title, exact: true });
  await expect(card).toBeVisible();

  await test.step('open from the library until its edges are routed and its figures shown', async () => {
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await card.getByRole('button', { name: 'Open' }).click();
    // The worker's answers: rate chips come with the label places, volume badges with the analysis.
    await expect(page.locator('.sf-rate-chip').first()).toBeVisible({ timeout: 120_000 });
    await expect(nodeById(page, start.id).locator('.sf-volume-badge')).toBeVisible({ timeout: 120_000 });
    const longest = longestTasks(tasksOnMainThread(await browser.stopTracing()));
    test.info().annotations.push({ type: 'open: longest task (ms of CPU)', description: `${longest.work.toFixed(0)}, collection ${longest.collection.toFixed(0)}` });
    expect(longest.work).toBeLessThan(LONGEST_TASK_MS);
    expect(longest.collection).toBeLessThan(LONGEST_COLLECTION_MS);
    await page.screenshot({ path: `${SCREENSHOTS}/scale-20000-edges-open.png` });
  });

  await test.step('more leads entering: every figure changes, the page never held', async () => {
    const badge = nodeById(page, start.id).locator('.sf-volume-badge');
    const before = await badge.textContent();
    await nodeById(page, start.id).click();
    const leads = page.getByLabel('Leads entering', { exact: true });
    await leads.fill(String((start.volume ?? 0) + 700));
    await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
    await leads.press('Enter');
    await expect(badge).not.toHaveText(before ?? '', { timeout: 60_000 });
    const longest = longestTasks(tasksOnMainThread(await browser.stopTracing()));
    test.info().annotations.push({ type: 'edit: longest task (ms of CPU)', description: `${longest.work.toFixed(0)}, collection ${longest.collection.toFixed(0)}` });
    expect(longest.work).toBeLessThan(LONGEST_TASK_MS);
    expect(longest.collection).toBeLessThan(LONGEST_COLLECTION_MS);
    await saved(page);
  });
});
