// Issue 21: stepping through the walkthrough of a 1,000-node document as a trainer does (F5, then
// the arrow key), the glide from step to step included: the time of every frame from
// requestAnimationFrame, pooled over the steps of every run. The bar is the p95 over all
// frames; there is no baseline (bare React Flow has no walkthrough).
import { frameSummary } from '../stats.mjs';

/** Long enough for a step's 450 ms glide and the repaint after it. */
const STEP_SETTLE_MS = 800;

async function present(page) {
  await page.keyboard.press('F5');
  await page.waitForURL(/\/present\/\d+$/);
  await page.waitForTimeout(STEP_SETTLE_MS);
}

/** `documentText`: a document file of `nodes` nodes, its walkthrough the default steps. */
export async function measureWalkthrough({ app, documentText, nodes, steps, runs, log }) {
  const { page } = app;
  const error = await page.evaluate(async (text) => window.salesflowTest.openDocumentFile(text), documentText);
  if (error !== null) throw new Error(`the app refused the document: ${error}`);
  await page.locator('.react-flow__node').first().waitFor();
  const frameTimes = [];
  for (let run = 0; run < runs; run += 1) {
    await app.metrics.collectGarbage();
    await present(page);
    await page.evaluate(() => window.__bench.startFrames());
    for (let step = 0; step < steps; step += 1) {
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(STEP_SETTLE_MS);
    }
    frameTimes.push(...(await page.evaluate(() => window.__bench.stopFrames())));
    const url = page.url();
    if (!url.endsWith(`/present/${steps + 1}`)) throw new Error(`the walkthrough did not move ${steps} steps: ${url}`);
    await page.keyboard.press('Escape');
    await page.waitForURL((address) => !/\/present\//.test(address.hash));
  }
  const frames = frameSummary(frameTimes);
  log(`  walkthrough of ${nodes} nodes, ${steps} steps × ${runs}: p95 frame ${frames.p95.toFixed(1)} ms, mean ${frames.mean.toFixed(1)} ms over ${frames.frames} frames`);
  return { nodes, steps, runs, frames };
}
