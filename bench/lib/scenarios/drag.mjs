// Dragging one node round a circle, at 100% and with the whole diagram fitted, app against the
// bare page. The app re-routes the dragged node's edges on every frame (issue 16).
import { commonGrabbableNode, setAppZoom, setBareViewport } from '../viewport.mjs';
import { measureGesture } from '../measureGesture.mjs';
import { openMeasured } from '../documents.mjs';
import { summariseGestureRuns } from './gestureFigures.mjs';

export const DRAG_GESTURE = { radius: 120, periodMs: 1000, durationMs: 2000, button: 'left' };

/** By size, then zoom: { 1000: { fit, '100%' }, 5000: … }. */
export async function measureDrag({ app, bare, sizes, runs, zooms, gesture = DRAG_GESTURE, log }) {
  const bySize = {};
  for (const size of sizes) {
    bySize[size] = {};
    for (const zoom of zooms) bySize[size][zoom] = await measureDragAt({ app, bare, size, runs, zoom, gesture, log });
  }
  return bySize;
}

async function measureDragAt({ app, bare, size, runs, zoom, gesture, log }) {
  await openMeasured(app.page, size);
  await openMeasured(bare.page, size);
  const viewport = await setAppZoom(app.page, zoom);
  await setBareViewport(bare.page, viewport);
  const node = await commonGrabbableNode(app.page, bare.page);
  const samples = { app: [], bare: [] };
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      const side = which === 'app' ? app : bare;
      const start = await side.page.evaluate((id) => window.__bench.grabPointOf(id), node.id);
      if (start === null) throw new Error(`on ${new URL(side.page.url()).pathname}, node ${node.id} can no longer be grabbed at its centre`);
      const probe = () => side.page.evaluate((id) => window.__bench.nodeBox(id), node.id);
      samples[which].push(await measureGesture(side.page, side.metrics, start, gesture, probe));
    }
  }
  const figure = { size, zoom: viewport.zoom, ...summariseGestureRuns(samples) };
  log(
    `  drag ${size} @ ${zoom}: mean ${figure.app.mean.toFixed(1)} vs ${figure.bare.mean.toFixed(1)} ms ` +
      `(×${figure.meanRatio.toFixed(2)}), p95 ×${figure.p95Ratio.toFixed(2)}, busy per frame ×${figure.busyPerFrameRatio.toFixed(2)}`,
  );
  return figure;
}
