// One field edit of a large document through the editor store (pages/lab/operations.ts): the
// operation, history and autosave scheduling. No baseline: the target is absolute.
import { quantile, spread } from '../stats.mjs';

export async function measureOperations({ lab, size, runs, samplesPerRun, log }) {
  await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
  // Warms the code paths up once.
  await lab.page.evaluate(([n, k]) => window.benchLab.operations.fieldEdit(n, k), [size, 5]);
  const all = [];
  for (let run = 0; run < runs; run += 1) {
    await lab.metrics.collectGarbage();
    all.push(...(await lab.page.evaluate(([n, k]) => window.benchLab.operations.fieldEdit(n, k), [size, samplesPerRun])));
  }
  const figures = { size, edits: all.length, fieldEditMs: { ...spread(all), p95: quantile(all, 0.95) } };
  log(`  operations ${size}: one field edit ${figures.fieldEditMs.median.toFixed(2)} ms (p95 ${figures.fieldEditMs.p95.toFixed(2)})`);
  return figures;
}
