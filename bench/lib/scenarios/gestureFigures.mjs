// Figures of a pan or drag: frames pooled over all runs (one short run's p95 is too coarse, as
// frame times come in whole 16.7 ms steps), per-run spreads, and ratios to the bare page.
import { frameSummary, mean, ratio, spread } from '../stats.mjs';

function summariseSide(runs) {
  const pooled = frameSummary(runs.flatMap((run) => run.frameTimes));
  return {
    ...pooled,
    meanByRun: spread(runs.map((run) => mean(run.frameTimes))),
    // Main-thread time per second of gesture, so runs of slightly different length compare.
    busyMsPerS: spread(runs.map((run) => (run.taskMs / run.wallMs) * 1000)),
    // Per frame drawn as well: a page that drops frames does less work per second for that very
    // reason, so per second alone can flatter it.
    busyMsPerFrame: spread(runs.map((run) => run.taskMs / Math.max(1, run.frameTimes.length))),
    scriptMsPerS: spread(runs.map((run) => (run.scriptMs / run.wallMs) * 1000)),
    layoutMsPerS: spread(runs.map((run) => (run.layoutMs / run.wallMs) * 1000)),
    styleMsPerS: spread(runs.map((run) => (run.styleMs / run.wallMs) * 1000)),
  };
}

export function summariseGestureRuns(samples) {
  const app = summariseSide(samples.app);
  const bare = summariseSide(samples.bare);
  const appRunMeans = samples.app.map((run) => mean(run.frameTimes));
  const bareRunMeans = samples.bare.map((run) => mean(run.frameTimes));
  return {
    app,
    bare,
    meanRatio: ratio(app.mean, bare.mean),
    medianRatio: ratio(app.median, bare.median),
    p95Ratio: ratio(app.p95, bare.p95),
    busyRatio: ratio(app.busyMsPerS.median, bare.busyMsPerS.median),
    busyPerFrameRatio: ratio(app.busyMsPerFrame.median, bare.busyMsPerFrame.median),
    meanRatioByRun: spread(appRunMeans.map((value, i) => ratio(value, bareRunMeans[i]))),
    busyRatioByRun: spread(
      samples.app.map((run, i) => ratio(run.taskMs / run.wallMs, samples.bare[i].taskMs / samples.bare[i].wallMs)),
    ),
  };
}

