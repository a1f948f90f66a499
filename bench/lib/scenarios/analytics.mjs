// Sales analytics in the lab page (pages/lab/analytics.ts): every figure recomputed after one edit
// (a new conversion rate on one edge), through the cache the app uses. No baseline exists; the
// issue's target is absolute. Samples of all runs are pooled.
import { median, quantile, spread } from '../stats.mjs';

export async function measureAnalytics({ lab, sizes, runs, samplesPerRun, log }) {
  const figures = {};
  for (const size of sizes) {
    await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
    // Compiles the analysis once.
    await lab.page.evaluate(([n, k]) => window.benchLab.analytics.recompute(n, k), [size, 3]);
    const all = [];
    const runMedians = [];
    for (let run = 0; run < runs; run += 1) {
      await lab.metrics.collectGarbage();
      const times = await lab.page.evaluate(([n, k]) => window.benchLab.analytics.recompute(n, k), [size, samplesPerRun]);
      all.push(...times);
      runMedians.push(median(times));
    }
    const moves = [];
    for (let i = 0; i < 5; i += 1) moves.push(await lab.page.evaluate((n) => window.benchLab.analytics.move(n), size));
    figures[size] = {
      edits: all.length,
      recomputeMs: { ...spread(all), p95: quantile(all, 0.95) },
      recomputeMsByRun: spread(runMedians),
      // A move changes no figure: the cache's check alone.
      unchangedFiguresMs: spread(moves),
    };
    const f = figures[size];
    log(`  analytics ${size}: recompute ${f.recomputeMs.median.toFixed(2)} ms (p95 ${f.recomputeMs.p95.toFixed(2)}, max ${f.recomputeMs.max.toFixed(2)})`);
  }
  return figures;
}
