// Putting the app and the bare page at the same viewport. The app is driven through its own UI
// (the "Fit view" button, then the mouse wheel over the node nearest the centre for 100%), since
// it exposes no viewport API; the
// bare page then copies the app's exact transform, so both draw the same nodes at the same
// scale from the same canvas size.

export const ZOOMS = ['fit', '100%'];

// React Flow zooms by 2^(-deltaY * 0.002) per wheel event in pixel mode (its default wheelDelta),
// so one event of the right size reaches 100% exactly.
const WHEEL_ZOOM_PER_PIXEL = 0.002;

export const readViewport = (page) => page.evaluate(() => window.__bench.viewport());
export const readCanvasRect = (page) => page.evaluate(() => window.__bench.canvasRect());

/** Waits until the drawn viewport has not moved for a few frames, then a little longer. */
export async function settle(page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    let last = JSON.stringify(window.__bench.viewport());
    for (let still = 0; still < 3; ) {
      await frame();
      const now = JSON.stringify(window.__bench.viewport());
      still = now === last ? still + 1 : 0;
      last = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  });
}

async function fitApp(page) {
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  await settle(page);
}

/** Puts the app at `zoom` through its UI; returns the viewport it ends at. */
export async function setAppZoom(page, zoom) {
  await fitApp(page);
  if (zoom === 'fit') return readViewport(page);
  const rect = await readCanvasRect(page);
  // Wheel zoom keeps the point under the pointer still: a node there stays on screen at 100%.
  const anchor = (await page.evaluate(() => window.__bench.nodeNearestCentre())) ?? {
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
  };
  await page.mouse.move(anchor.x, anchor.y);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const viewport = await readViewport(page);
    if (Math.abs(viewport.zoom - 1) < 1e-3) return viewport;
    await page.mouse.wheel(0, Math.log2(viewport.zoom) / WHEEL_ZOOM_PER_PIXEL);
    await settle(page);
  }
  throw new Error(`could not bring the app to 100% zoom (at ${(await readViewport(page)).zoom})`);
}

export async function setBareViewport(page, viewport) {
  await page.evaluate((v) => window.benchBare.setViewport(v), viewport);
  await settle(page);
}

/** A point of the pane that is empty in both pages, as canvas fractions. */
export async function commonPanePoint(appPage, barePage) {
  const candidates = await appPage.evaluate(() => window.__bench.panePoints());
  for (const point of candidates) {
    if (await barePage.evaluate(({ fx, fy }) => window.__bench.isPaneAt(fx, fy), point)) return point;
  }
  throw new Error('no empty pane point near the centre of both canvases');
}

/** A node near the centre that both pages would grab by its body at the same point. */
export async function commonGrabbableNode(appPage, barePage) {
  const candidates = await appPage.evaluate(() => window.__bench.grabbableNodes());
  for (const node of candidates) {
    if (await barePage.evaluate(({ id, fx, fy }) => window.__bench.isNodeBodyAt(id, fx, fy), node)) return node;
  }
  throw new Error('no node near the centre that both pages draw at the same place');
}

/** Canvas fractions to page pixels. */
export async function toPagePoint(page, { fx, fy }) {
  const rect = await readCanvasRect(page);
  return { x: rect.left + fx * rect.width, y: rect.top + fy * rect.height };
}
