// The moment the first screen a visit asked for (the library, or a document's diagram) is drawn.
// Work that can wait, such as registering the service worker, starts after it: a document's
// address paints its diagram after the page's `load` event, so `load` alone does not keep such
// work out of the way of that paint.

let shown = false;
const waiting = new Set<() => void>();

/** Called by a screen once it is drawn; the first call counts. */
export function firstScreenShown(): void {
  if (shown) return;
  shown = true;
  for (const run of waiting) run();
  waiting.clear();
}

/**
 * Runs `run` once the first screen is painted (a frame after it was drawn), or after `fallbackMs`
 * if no screen says so (a page that shows a message instead).
 */
export function afterFirstScreen(run: () => void, fallbackMs: number): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    waiting.delete(afterPaint);
    clearTimeout(fallback);
    run();
  };
  // The frame that paints the screen comes first, then a task of its own.
  const afterPaint = () => requestAnimationFrame(() => setTimeout(once, 0));
  const fallback = setTimeout(once, fallbackMs);
  if (shown) afterPaint();
  else waiting.add(afterPaint);
}
