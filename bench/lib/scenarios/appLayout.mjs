// Auto layout through the app: the toolbar's `Auto layout` pressed on an open document, as a user
// does. Measured in the page (inPage.mjs, watchLayout): time from the press until the result moves
// the first node on screen (React's commit of it) and until that is painted; every main-thread task
// over 50 ms in between (PerformanceObserver 'longtask') and long animation frames, so that the
// commit that applies the result is told apart from everything else that ran while ELK worked.
import { openMeasured, restoreAppDocument } from '../documents.mjs';
import { spread } from '../stats.mjs';

// Between runs the document is restored as generated; its autosave (300 ms debounce) and the
// thumbnail drawn on saving must be over before the next press.
const SETTLE_MS = 1200;

// Long task times come rounded to whole milliseconds.
const SLACK_MS = 1;

function analyse(watch) {
  const { clickAt, appliedAt, paintedAt } = watch;
  const contains = (entry, time) => entry.start - SLACK_MS <= time && time <= entry.start + entry.duration + SLACK_MS;
  // "While the layout runs" is from the press until the commit that applies the result; what
  // follows it (painting the result, the animation of a small layout) is applying it.
  const running = (entry) => entry.start + entry.duration >= clickAt - SLACK_MS && entry.start < appliedAt;
  const commitTask = watch.tasks.find((task) => contains(task, appliedAt)) ?? null;
  const commitFrame = watch.frames.find((frame) => contains(frame, appliedAt)) ?? null;
  const others = watch.tasks.filter((task) => task !== commitTask && running(task));
  const longestOther = others.reduce((longest, task) => (longest === null || task.duration > longest.duration ? task : longest), null);
  const otherFrames = watch.frames.filter((frame) => frame !== commitFrame && running(frame));
  const longestOtherFrame = otherFrames.reduce((longest, frame) => (longest === null || frame.duration > longest.duration ? frame : longest), null);
  const scriptsOf = (frame) =>
    frame.scripts
      .filter((script) => script.duration >= 5)
      .map((script) => ({ invoker: script.invoker, function: script.sourceFunctionName, durationMs: script.duration }));
  return {
    resultMs: appliedAt - clickAt,
    paintedMs: paintedAt - clickAt,
    // Null: that task was under 50 ms, so the Long Tasks API did not report it.
    commitTaskMs: commitTask?.duration ?? null,
    commitFrameMs: commitFrame?.duration ?? null,
    longestOtherTaskMs: longestOther?.duration ?? 0,
    longestOtherTaskAtMs: longestOther === null ? null : longestOther.start - clickAt,
    otherTasksOver50: others.length,
    longestOtherFrame:
      longestOtherFrame === null ? null : { atMs: longestOtherFrame.start - clickAt, durationMs: longestOtherFrame.duration, scripts: scriptsOf(longestOtherFrame) },
    commitFrameScripts: commitFrame === null ? [] : scriptsOf(commitFrame),
  };
}

async function layoutOnce(page) {
  await page.evaluate(() => window.__bench.watchLayout());
  await page.getByRole('button', { name: 'Auto layout', exact: true }).click();
  return analyse(await page.evaluate(() => window.__bench.layoutDone));
}

const spreadOf = (runs, field) => spread(runs.map((run) => run[field]).filter((value) => typeof value === 'number'));

/** `documents`: [{ key, text, label }] of documents already stored in the app (stashDocuments). */
export async function measureAppLayout({ app, documents, runs, log }) {
  const figures = {};
  for (const { key, text, label } of documents) {
    await openMeasured(app.page, key);
    const runsOf = [];
    // The first layout of a visit loads ELK (about 470 KB gzipped) and starts its worker.
    const first = await layoutOnce(app.page);
    for (let run = 0; run < runs; run += 1) {
      await restoreAppDocument(app.page, text);
      await app.page.waitForTimeout(SETTLE_MS);
      await app.metrics.collectGarbage();
      runsOf.push(await layoutOnce(app.page));
    }
    const committed = runsOf.filter((run) => run.commitTaskMs !== null).length;
    figures[label] = {
      nodes: JSON.parse(text).document.nodes.length,
      firstUseResultMs: first.resultMs,
      resultMs: spreadOf(runsOf, 'resultMs'),
      paintedMs: spreadOf(runsOf, 'paintedMs'),
      commitTaskMs: spreadOf(runsOf, 'commitTaskMs'),
      commitTaskReportedRuns: committed,
      commitFrameMs: spreadOf(runsOf, 'commitFrameMs'),
      longestOtherTaskMs: spreadOf(runsOf, 'longestOtherTaskMs'),
      runs: runsOf,
    };
    const f = figures[label];
    log(
      `  app layout ${label}: result ${f.resultMs.median.toFixed(0)} ms (first use ${f.firstUseResultMs.toFixed(0)}), ` +
        `commit task ${Number.isFinite(f.commitTaskMs.median) ? f.commitTaskMs.median.toFixed(0) : '<50'} ms, ` +
        `longest other task ${f.longestOtherTaskMs.max.toFixed(0)} ms`,
    );
    // Leave the document as generated for whatever runs next.
    await restoreAppDocument(app.page, text);
    await app.page.waitForTimeout(SETTLE_MS);
  }
  return figures;
}
