// One measured gesture on one page: requestAnimationFrame frame times and main-thread busy time
// over exactly the same window.
import { circleGesture } from './gestures.mjs';

/**
 * `probe` reads what the gesture should move (the viewport, a node's box). If the first moves of
 * the gesture leave it unchanged for ten frames, the gesture did something else (a selection box instead of a
 * pan, say) and its figures would be meaningless: that is an error, not a figure.
 */
export async function measureGesture(page, metrics, start, gesture, probe) {
  await metrics.collectGarbage();
  let probedBefore = null;
  let before = null;
  let beganAt = 0;
  return circleGesture(page, start, gesture, {
    before: async () => {
      probedBefore = JSON.stringify(await probe());
    },
    begin: async () => {
      // A slow page may take a few frames to draw the first move (a drag at fit redraws 1,000 nodes).
      let probedAfter = probedBefore;
      for (let frame = 0; frame < 10 && probedAfter === probedBefore; frame += 1) {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        probedAfter = JSON.stringify(await probe());
      }
      if (probedAfter === probedBefore) {
        await page.mouse.up({ button: gesture.button ?? 'left' });
        throw new Error(`on ${new URL(page.url()).pathname}, the gesture's first move changed nothing (still ${probedAfter})`);
      }
      before = await metrics.read();
      await page.evaluate(() => window.__bench.startFrames());
      beganAt = performance.now();
    },
    end: async () => {
      const frameTimes = await page.evaluate(() => window.__bench.stopFrames());
      const wallMs = performance.now() - beganAt;
      const busy = metrics.busyBetween(before, await metrics.read());
      return { frameTimes, wallMs, ...busy };
    },
  });
}
