import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures';
import { fifteenNodesTwoLanes, threeInARow } from './support/documents';
import { currentDocument, nodeElement, openEditor, openInPlace, settledView, startWith, toCanvas, viewportTransform } from './support/editor';
import { generateDocument } from '../src/model/generate';
import { OFTEN } from './support/polling';

const SCREENSHOTS = 'test-results/screenshots';

function minimap(page: import('@playwright/test').Page) {
  return page.getByRole('img', { name: 'Overview map' });
}

/** Presses Zoom in and waits until the view has taken the new zoom (React Flow applies it a frame later). */
async function zoomIn(page: import('@playwright/test').Page, times = 1) {
  for (let step = 0; step < times; step += 1) {
    const before = (await viewportTransform(page)).zoom;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await viewportTransform(page)).zoom, OFTEN).toBeGreaterThan(before * 1.1);
  }
  await settledView(page);
}

/** The diagram point at the centre of the canvas. */
async function viewCentre(page: import('@playwright/test').Page) {
  const transform = await viewportTransform(page);
  const box = (await page.locator('.react-flow').boundingBox())!;
  return toCanvas(transform, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

// Checks share an editor as steps: each step after the first loads its own document in place, with
// a fresh history, no selection and a fitted view, as a new page opens it.

test('the canvas view in one loaded app: panning, then the overview map and the screenshots', async ({ page }) => {
  // Two checks of several steps each, twice as slow on a loaded machine.
  test.setTimeout(180_000);
  await test.step('panning: a middle-button drag moves the view and no node, the dot grid follows; zoomed far out a press drags a node', async () => {
    await test.step('a middle-button drag pans the view, even started on a node, and moves no node', async () => {
      await openEditor(page, threeInARow());
      const before = await viewportTransform(page);
      const nodesBefore = (await currentDocument(page)).nodes;
      const box = (await nodeElement(page, 'Bravo').boundingBox())!;
      const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      await page.mouse.move(start.x, start.y);
      await page.mouse.down({ button: 'middle' });
      await page.mouse.move(start.x - 150, start.y + 90, { steps: 12 });
      await page.mouse.up({ button: 'middle' });
      await settledView(page);
      const after = await viewportTransform(page);
      expect(after.x - before.x).toBeCloseTo(-150, 0);
      expect(after.y - before.y).toBeCloseTo(90, 0);
      expect((await currentDocument(page)).nodes).toEqual(nodesBefore);
    });

    await test.step('the dot grid marks the snapping step and follows a pan', async () => {
      await startWith(page, threeInARow());
      await zoomIn(page);
      const dots = page.locator('.sf-grid__dots');
      await expect(dots).toBeVisible();
      const grid = async () =>
        page.evaluate(() => {
          const layer = document.querySelector<HTMLElement>('.sf-grid__dots')!;
          const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
          const box = layer.getBoundingClientRect();
          const size = parseFloat(getComputedStyle(layer).backgroundSize);
          return { left: box.left - pane.left, top: box.top - pane.top, size };
        });
      const check = async () => {
        await settledView(page);
        const transform = await viewportTransform(page);
        const { left, top, size } = await grid();
        expect(size).toBeCloseTo(20 * transform.zoom, 3);
        // A dot's centre sits `radius` into its tile; every tile corner + radius is a multiple of the
        // grid in diagram units.
        const radius = 0.6 * transform.zoom;
        const phaseX = (((left + radius - transform.x) % size) + size) % size;
        const phaseY = (((top + radius - transform.y) % size) + size) % size;
        expect(Math.min(phaseX, size - phaseX)).toBeLessThan(0.01);
        expect(Math.min(phaseY, size - phaseY)).toBeLessThan(0.01);
      };
      await check();
      const box = (await page.locator('.react-flow__pane').boundingBox())!;
      await page.mouse.move(box.x + 50, box.y + 50);
      await page.mouse.down({ button: 'middle' });
      await page.mouse.move(box.x + 83, box.y + 61, { steps: 5 });
      await page.mouse.up({ button: 'middle' });
      await check();
    });

    // The large diagram is drawn as plain boxes at this zoom, without labels to check: opened without startWith's label check.
    await test.step('zoomed out on a large diagram, pressing a node and dragging moves it, and starts no connection', async () => {
      // At fit a node of 300 is a few pixels across, less than its handles would cover.
      await openInPlace(page, generateDocument({ nodes: 300, seed: 5 }));
      const { zoom } = await viewportTransform(page);
      expect(zoom).toBeLessThan(0.5);
      const before = await currentDocument(page);
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      // A press near the node's lower border, where its bottom handle sits (the node is a few pixels
      // tall here: a hand lands there as often as in the middle).
      const target = await page.locator('.react-flow__node').evaluateAll((elements, centre) => {
        const boxes = elements.map((element) => ({ element, box: element.getBoundingClientRect() }));
        boxes.sort((a, b) => Math.hypot(a.box.x - centre.x, a.box.y - centre.y) - Math.hypot(b.box.x - centre.x, b.box.y - centre.y));
        const { element, box } = boxes[0]!;
        const handle = element.querySelector('.react-flow__handle-bottom')!.getBoundingClientRect();
        return { id: element.getAttribute('data-id')!, x: box.x + box.width / 2, y: Math.min(box.bottom - 0.1, handle.y + handle.height / 2) };
      }, { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 });
      // As a hand does: over the node first (hover is what shows handles), then press and drag.
      await page.mouse.move(target.x - 20, target.y - 20);
      await page.mouse.move(target.x, target.y, { steps: 4 });
      await page.mouse.down();
      await page.mouse.move(target.x + 60, target.y + 40, { steps: 8 });
      await page.mouse.up();
      const after = await currentDocument(page);
      expect(after.edges).toHaveLength(before.edges.length);
      const moved = after.nodes.find((node) => node.id === target.id)!;
      const original = before.nodes.find((node) => node.id === target.id)!;
      // Snapping to the grid and to neighbours' guides moves it by up to a few screen pixels more.
      expect(Math.abs((moved.position.x - original.position.x) * zoom - 60)).toBeLessThan(10);
      expect(Math.abs((moved.position.y - original.position.y) * zoom - 40)).toBeLessThan(10);
    });
  });

  await test.step('the overview map, then the screenshots of the canvas with its dot grid and overview map, light and dark', async () => {
    await test.step('the overview map shows the lanes, centres the view where it is pressed, drags the view outline and zooms with the wheel', async () => {
      await openInPlace(page, fifteenNodesTwoLanes('en'));
      await zoomIn(page, 4);
      const map = minimap(page);
      await expect(map).toBeVisible();
      // The map shows the lanes as the canvas bands them.
      const laneCount = await page.locator('.sf-lane').count();
      expect(laneCount).toBeGreaterThanOrEqual(2);
      await expect(map.locator('.sf-minimap__lane')).toHaveCount(laneCount);
      const mapBox = (await map.boundingBox())!;
      const centreBefore = await viewCentre(page);

      // Pressing near the map's right edge centres the view on the diagram's right-hand part.
      await page.mouse.click(mapBox.x + mapBox.width - 20, mapBox.y + mapBox.height / 2);
      await expect.poll(async () => (await viewCentre(page)).x, OFTEN).toBeGreaterThan(centreBefore.x + 100);
      await settledView(page);
      const centreAfterPress = await viewCentre(page);

      // Dragging to the left by 40 map pixels moves the view to the left by 40 map pixels' worth.
      const zoom = (await viewportTransform(page)).zoom;
      const pressPoint = { x: mapBox.x + mapBox.width - 20, y: mapBox.y + mapBox.height / 2 };
      await page.mouse.move(pressPoint.x, pressPoint.y);
      await page.mouse.down();
      await page.mouse.move(pressPoint.x - 40, pressPoint.y, { steps: 8 });
      await page.mouse.up();
      await settledView(page);
      const centreAfterDrag = await viewCentre(page);
      expect(centreAfterDrag.x).toBeLessThan(centreAfterPress.x - 40);
      expect(centreAfterDrag.y).toBeCloseTo(centreAfterPress.y, 0);
      expect((await viewportTransform(page)).zoom).toBeCloseTo(zoom, 5);

      // The wheel over the map zooms out about the view's centre.
      await page.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
      await page.mouse.wheel(0, 200);
      await expect.poll(async () => (await viewportTransform(page)).zoom, OFTEN).toBeLessThan(zoom * 0.8);
      await settledView(page);
      const centreAfterWheel = await viewCentre(page);
      expect(centreAfterWheel.x).toBeCloseTo(centreAfterDrag.x, 0);
      expect(centreAfterWheel.y).toBeCloseTo(centreAfterDrag.y, 0);
    });

    // Last, since it leaves the editor dark.
    await test.step('screenshots: the canvas with its dot grid and overview map, light and dark', async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await startWith(page, fifteenNodesTwoLanes('en'));
      await zoomIn(page, 2);
      await expect(minimap(page)).toBeVisible();
      await page.screenshot({ path: `${SCREENSHOTS}/canvas-grid-minimap-light.png` });
      await page.getByRole('button', { name: 'Dark theme' }).click();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await page.screenshot({ path: `${SCREENSHOTS}/canvas-grid-minimap-dark.png` });
    });
  });
});
