// Auto layout in the lab page: our pipeline (layoutDocument with the app's worker engine) against a
// bare elkjs call on the same ELK graph with the same options, both in a Web Worker of the same
// page (pages/lab/layout.ts says why there), alternating, with and without lanes. Also the part of
// the pipeline that runs on the main thread (checks and graph before ELK, applyElkResult after).
import { median, ratio, spread } from '../stats.mjs';

const LANES = [false, true];
// ELK's own time moves by a fifth from call to call here while our part is a few per cent of it
// (1.3 ms of 68 at 200 nodes with lanes, 7.5 of 285 at 1,000, timed apart): with three pairs a run,
// the ratio of medians still wandered from 1.05 to 1.16 between whole runs. Six pairs a run, thirty
// in all, halve that spread (a 1,000-node pair takes about 0.6 s). No garbage collection is forced
// between calls, unlike the other lab figures: ELK's heap is in its worker, out of reach, and a
// forced collection of the page's heap made the next call's time wander (16 pairs at 200 nodes
// with lanes: ratios 1.00 and 1.21 forced, 1.02 and 1.02 not).
const PAIRS_PER_RUN = 6;

export async function measureLayout({ lab, sizes, runs, log }) {
  const evaluate = (fn, ...args) => lab.page.evaluate(fn, args);
  for (const size of sizes) for (const lanes of LANES) await evaluate(([n, l]) => window.benchLab.prepare(n, l), size, lanes);
  // Both workers start cold (ELK loaded, JIT cold): one unmeasured layout each on the smallest graph.
  await evaluate(([n]) => window.benchLab.layout.app(n, false), sizes[0]);
  await evaluate(([n]) => window.benchLab.layout.bare(n, false), sizes[0]);

  const figures = {};
  for (const size of sizes) {
    for (const lanes of LANES) {
      const samples = { app: [], bare: [], before: [], after: [] };
      for (let run = 0; run < runs; run += 1) {
        for (let pair = 0; pair < PAIRS_PER_RUN; pair += 1) {
          const order = (run * PAIRS_PER_RUN + pair) % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
          for (const which of order) {
            samples[which].push(await evaluate(([w, n, l]) => window.benchLab.layout[w](n, l), which, size, lanes));
          }
        }
        const parts = await evaluate(([n, l]) => window.benchLab.layout.mainThreadParts(n, l), size, lanes);
        samples.before.push(parts.beforeMs);
        samples.after.push(parts.afterMs);
      }
      const key = `${size}${lanes ? ' lanes' : ''}`;
      figures[key] = {
        nodes: size,
        lanes,
        app: { ms: spread(samples.app), mainThreadBeforeElkMs: spread(samples.before), mainThreadAfterElkMs: spread(samples.after) },
        bare: { ms: spread(samples.bare) },
        overheadRatio: ratio(median(samples.app), median(samples.bare)),
        overheadRatioByRun: spread(samples.app.map((value, i) => ratio(value, samples.bare[i]))),
      };
      const f = figures[key];
      log(
        `  layout ${key}: pipeline ${f.app.ms.median.toFixed(0)} ms, bare elkjs ${f.bare.ms.median.toFixed(0)} ms ` +
          `(×${f.overheadRatio.toFixed(2)}); main thread ${f.app.mainThreadBeforeElkMs.median.toFixed(0)} + ${f.app.mainThreadAfterElkMs.median.toFixed(0)} ms`,
      );
    }
  }
  return figures;
}
