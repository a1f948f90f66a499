// A pointer gesture made of real input events (Playwright's mouse, i.e. the DevTools protocol's
// Input domain), paced like a mouse and shaped by the clock rather than by how fast the page
// keeps up: a slow page sees the same path in fewer, larger steps, as with a real hand.

const MOVE_INTERVAL_MS = 8; // a 125 Hz mouse
// A first short move starts the gesture (d3-zoom's pan, React Flow's 1 px drag threshold), so
// that the measured window holds only the gesture itself. Long enough to cross a grid step,
// so that the move shows even in a canvas that snaps to a grid.
const START_ANGLE = 0.2;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Presses `button` at `start`, moves round a circle that begins and ends there, releases.
 * `measure.before` runs before the press, `measure.begin` once the gesture has started and
 * `measure.end` after the last move. Ending where it began leaves the view (or the dragged node)
 * where it was, so runs do not drift.
 */
export async function circleGesture(page, start, { radius, periodMs, durationMs, button = 'left' }, measure) {
  const at = (angle) => ({
    x: start.x + radius * Math.sin(angle),
    y: start.y + radius * (1 - Math.cos(angle)),
  });
  await page.mouse.move(start.x, start.y);
  await measure.before?.();
  await page.mouse.down({ button });
  // In steps: React Flow starts a node drag on the first move past its threshold and moves the
  // node only from the next one.
  for (const fraction of [0.25, 0.5, 0.75, 1]) {
    const point = at(START_ANGLE * fraction);
    await page.mouse.move(point.x, point.y);
  }
  await measure.begin();

  const turns = Math.max(1, Math.round(durationMs / periodMs));
  const totalMs = turns * periodMs;
  const began = performance.now();
  for (let step = 1; ; step += 1) {
    const due = began + step * MOVE_INTERVAL_MS;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const elapsed = performance.now() - began;
    if (elapsed >= totalMs) break;
    const point = at(START_ANGLE + (elapsed / totalMs) * (turns * 2 * Math.PI - START_ANGLE));
    await page.mouse.move(point.x, point.y);
  }
  await page.mouse.move(start.x, start.y);
  const result = await measure.end();
  await page.mouse.up({ button });
  return result;
}
