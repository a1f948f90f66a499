// Panning with the mouse at two zooms (the whole diagram fitted, and 100%), app against the bare
// page, alternating, several runs pooled.
import { commonPanePoint, readViewport, setAppZoom, setBareViewport, toPagePoint, ZOOMS } from '../viewport.mjs';
import { measureGesture } from '../measureGesture.mjs';
import { openMeasured } from '../documents.mjs';
import { summariseGestureRuns } from './gestureFigures.mjs';

// The middle button pans in both pages: React Flow pans on the left and middle buttons by
// default, while in the app a left drag on the pane draws a selection box (as in draw.io).
export const PAN_GESTURE = { radius: 200, periodMs: 1000, durationMs: 2000, button: 'middle' };

export async function measurePan({ app, bare, sizes, runs, zooms = ZOOMS, gesture = PAN_GESTURE, log }) {
  const bySize = {};
  for (const size of sizes) {
    await openMeasured(app.page, size);
    await openMeasured(bare.page, size);
    bySize[size] = {};
    for (const zoom of zooms) {
      const viewport = await setAppZoom(app.page, zoom);
      await setBareViewport(bare.page, viewport);
      const point = await commonPanePoint(app.page, bare.page);
      const samples = { app: [], bare: [] };
      for (let run = 0; run < runs; run += 1) {
        const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
        for (const which of order) {
          const side = which === 'app' ? app : bare;
          // Every run starts from the same view: the app through its UI again, the bare page by copy.
          if (which === 'app') await setAppZoom(app.page, zoom);
          else await setBareViewport(bare.page, viewport);
          const start = await toPagePoint(side.page, point);
          const probe = () => readViewport(side.page);
          samples[which].push(await measureGesture(side.page, side.metrics, start, gesture, probe));
        }
      }
      const nodes = {
        app: await app.page.evaluate(() => window.__bench.nodeCounts()),
        bare: await bare.page.evaluate(() => window.__bench.nodeCounts()),
      };
      const figure = { zoom: viewport.zoom, nodes, ...summariseGestureRuns(samples) };
      bySize[size][zoom] = figure;
      log(
        `  pan ${size} @ ${zoom} (zoom ${viewport.zoom.toFixed(3)}, ${nodes.app.onScreen} nodes on screen): mean ${figure.app.mean.toFixed(1)} vs ` +
          `${figure.bare.mean.toFixed(1)} ms (×${figure.meanRatio.toFixed(2)}), p95 ×${figure.p95Ratio.toFixed(2)}, ` +
          `busy ×${figure.busyRatio.toFixed(2)}`,
      );
    }
  }
  return bySize;
}
