// Opening an N-node document, against the bare page opening the same file.
// - "read + validate + migrate" is the app's parseDocumentFile on the file text, timed in the lab
//   page (pages/lab/parse.ts) beside JSON.parse alone. Since the library landed, the app's test
//   hook also stores the document and navigates to it, so timing the hook would measure IndexedDB
//   and routing too.
// - "painted": in the app, what opening a stored document from the library does (the route
//   changes, the body is read from IndexedDB and validated, the editor renders) until the new
//   diagram's nodes and edges are painted; in the bare page, JSON.parse and setNodes until painted.
import { openMeasured } from '../documents.mjs';
import { median, ratio, spread } from '../stats.mjs';

export async function measureOpen({ app, bare, lab, sizes, runs, log }) {
  // The first open in a page also pays for compiling its code paths, which a running editor has
  // long paid: one unmeasured open of the smallest document on each side, and one parse.
  await openMeasured(app.page, sizes[0]);
  await openMeasured(bare.page, sizes[0]);
  for (const size of sizes) await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
  await lab.page.evaluate((n) => window.benchLab.parse.app(n), sizes[0]);
  const bySize = {};
  for (const size of sizes) {
    const samples = { app: [], bare: [], parseApp: [], parseBare: [] };
    for (let run = 0; run < runs; run += 1) {
      // Alternating which goes first cancels slow drifts of a shared machine.
      const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const which of order) {
        const side = which === 'app' ? app : bare;
        await side.metrics.collectGarbage();
        samples[which].push((await openMeasured(side.page, size)).renderedMs);
        await lab.metrics.collectGarbage();
        const parsed = await lab.page.evaluate(([w, n]) => window.benchLab.parse[w](n), [which, size]);
        samples[which === 'app' ? 'parseApp' : 'parseBare'].push(parsed);
      }
    }
    bySize[size] = {
      app: {
        readValidateMs: spread(samples.parseApp),
        renderedMs: spread(samples.app),
      },
      bare: {
        parseMs: spread(samples.parseBare),
        renderedMs: spread(samples.bare),
      },
      readValidateMsRatio: ratio(median(samples.parseApp), median(samples.parseBare)),
      renderedMsRatio: ratio(median(samples.app), median(samples.bare)),
      renderedMsRatioByRun: spread(samples.app.map((value, i) => ratio(value, samples.bare[i]))),
    };
    const figure = bySize[size];
    log(
      `  open ${size}: app read+validate ${figure.app.readValidateMs.median.toFixed(1)} ms ` +
        `(JSON.parse ${figure.bare.parseMs.median.toFixed(1)}), painted ${figure.app.renderedMs.median.toFixed(0)} ms; ` +
        `bare ${figure.bare.renderedMs.median.toFixed(0)} ms`,
    );
  }
  return bySize;
}
