// Re-routing on the drop of a node that blocks ten edges in a 1,000-node document
// (pages/lab/routing.ts). No baseline: issue 16 sets an absolute target (under 16 ms).
import { quantile, spread } from '../stats.mjs';

export const BLOCKED_EDGES = 10;

export async function measureRouting({ lab, size, runs, samplesPerRun, log }) {
  await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
  await lab.page.evaluate(([n, b]) => window.benchLab.routing.dropReroute(n, b, 2), [size, BLOCKED_EDGES]);
  const all = [];
  const routeAll = [];
  for (let run = 0; run < runs; run += 1) {
    await lab.metrics.collectGarbage();
    const result = await lab.page.evaluate(([n, b, k]) => window.benchLab.routing.dropReroute(n, b, k), [size, BLOCKED_EDGES, samplesPerRun]);
    if (result.rerouted.some((count) => count < BLOCKED_EDGES)) {
      throw new Error(`a drop re-routed ${Math.min(...result.rerouted)} edges, not the ${BLOCKED_EDGES} the node blocks`);
    }
    all.push(...result.ms);
    routeAll.push(result.routeAllMs);
  }
  const figures = { size, blockedEdges: BLOCKED_EDGES, drops: all.length, dropMs: { ...spread(all), p95: quantile(all, 0.95) }, routeAllMs: spread(routeAll) };
  log(`  routing ${size}: drop across ${BLOCKED_EDGES} edges ${figures.dropMs.median.toFixed(2)} ms (p95 ${figures.dropMs.p95.toFixed(2)}); every route from scratch ${figures.routeAllMs.median.toFixed(1)} ms`);
  return figures;
}
