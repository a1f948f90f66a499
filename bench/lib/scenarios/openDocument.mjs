// Opening an N-node document in a running editor, against the bare page opening the same file.
// In the app the synchronous call is reading, validating and migrating the file and handing it to
// the store; "rendered" is when the new diagram's nodes and edges are painted. The bare page's call
// is JSON.parse and a map to React Flow nodes.
import { openMeasured } from '../documents.mjs';
import { median, ratio, spread } from '../stats.mjs';

export async function measureOpen({ app, bare, sizes, runs, log }) {
  // The first open in a page also pays for compiling its code paths, which a running editor has
  // long paid: one unmeasured open of the smallest document on each side.
  await openMeasured(app.page, sizes[0]);
  await openMeasured(bare.page, sizes[0]);
  const bySize = {};
  for (const size of sizes) {
    const samples = { app: [], bare: [] };
    for (let run = 0; run < runs; run += 1) {
      // Alternating which goes first cancels slow drifts of a shared machine.
      const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const which of order) {
        const page = which === 'app' ? app.page : bare.page;
        await (which === 'app' ? app : bare).metrics.collectGarbage();
        samples[which].push(await openMeasured(page, size));
      }
    }
    const appRendered = samples.app.map((sample) => sample.renderedMs);
    const bareRendered = samples.bare.map((sample) => sample.renderedMs);
    bySize[size] = {
      app: {
        readValidateMs: spread(samples.app.map((sample) => sample.callMs)),
        renderedMs: spread(appRendered),
      },
      bare: {
        parseMs: spread(samples.bare.map((sample) => sample.callMs)),
        renderedMs: spread(bareRendered),
      },
      renderedMsRatio: ratio(median(appRendered), median(bareRendered)),
      renderedMsRatioByRun: spread(appRendered.map((value, i) => ratio(value, bareRendered[i]))),
    };
    const figure = bySize[size];
    log(
      `  open ${size}: app read+validate ${figure.app.readValidateMs.median.toFixed(1)} ms, ` +
        `rendered ${figure.app.renderedMs.median.toFixed(0)} ms; bare ${figure.bare.renderedMs.median.toFixed(0)} ms`,
    );
  }
  return bySize;
}
