// Opening an N-node document, against the bare page opening the same file at the same view.
// - "read + validate + migrate" is the app's parseDocumentFile on the file text, timed in the lab
//   page (pages/lab/parse.ts) beside JSON.parse alone. Since the library landed, the app's test
//   hook also stores the document and navigates to it, so timing the hook would measure IndexedDB
//   and routing too.
// - "painted": in the app, what opening a stored document from the library does (the route
//   changes, the body is read from IndexedDB and validated, the editor renders) until the new
//   diagram's nodes and edges are painted at the view it opens at; in the bare page, JSON.parse,
//   that same view and setNodes, until painted. Two views (issue 22): the app's own opening view
//   (100% on the start from 1,000 nodes: fitting would make labels unreadable) and, with the
//   app's `opening-fit` test switch, both fitted. Each size and view first opens once unmeasured
//   in the app, to learn the view it opens at, which the bare page then opens at. Beside the wall
//   time, the main thread's CPU time over the same open (TaskDuration), which waiting for a core
//   on a shared machine does not inflate.
import { openFromPlaceholder, openMeasured, openPlaceholder } from '../documents.mjs';
import { median, ratio, spread } from '../stats.mjs';
import { settle } from '../viewport.mjs';

const FIT_SWITCH = 'salesflow:test-opening-fit';

async function setOpeningFit(page, on) {
  await page.evaluate(([key, value]) => {
    if (value) localStorage.setItem(key, '1');
    else localStorage.removeItem(key);
  }, [FIT_SWITCH, on]);
}

/** The view the app opens document `size` at: opened once, unmeasured, and left to settle. */
async function learnOpeningView(app, size) {
  await openMeasured(app.page, size);
  await settle(app.page);
  return app.page.evaluate(() => window.__bench.viewport());
}

async function measureView({ app, bare, size, view, runs }) {
  await setOpeningFit(app.page, view === 'fit');
  const viewport = await learnOpeningView(app, size);
  const samples = { app: [], bare: [], appBusy: [], bareBusy: [] };
  for (let run = 0; run < runs; run += 1) {
    // Alternating which goes first cancels slow drifts of a shared machine.
    const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
    for (const which of order) {
      const side = which === 'app' ? app : bare;
      await openPlaceholder(side.page);
      await side.metrics.collectGarbage();
      const before = await side.metrics.read();
      samples[which].push((await openFromPlaceholder(side.page, size, viewport)).renderedMs);
      samples[`${which}Busy`].push(side.metrics.busyBetween(before, await side.metrics.read()).taskMs);
    }
  }
  await setOpeningFit(app.page, false);
  return {
    view: viewport,
    app: { renderedMs: spread(samples.app), busyMs: spread(samples.appBusy) },
    bare: { renderedMs: spread(samples.bare), busyMs: spread(samples.bareBusy) },
    renderedMsRatio: ratio(median(samples.app), median(samples.bare)),
    renderedMsRatioByRun: spread(samples.app.map((value, i) => ratio(value, samples.bare[i]))),
    // Main-thread CPU until painted: on a shared machine, wall time also counts waiting for a core.
    busyMsRatio: ratio(median(samples.appBusy), median(samples.bareBusy)),
  };
}

export async function measureOpen({ app, bare, lab, sizes, runs, log }) {
  // The first open in a page also pays for compiling its code paths, which a running editor has
  // long paid: one unmeasured open of the smallest document on each side, and one parse.
  await openMeasured(app.page, sizes[0]);
  await openMeasured(bare.page, sizes[0]);
  for (const size of sizes) await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
  await lab.page.evaluate((n) => window.benchLab.parse.app(n), sizes[0]);
  const bySize = {};
  for (const size of sizes) {
    const parse = { app: [], bare: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const which of run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']) {
        await lab.metrics.collectGarbage();
        parse[which].push(await lab.page.evaluate(([w, n]) => window.benchLab.parse[w](n), [which, size]));
      }
    }
    const opening = await measureView({ app, bare, size, view: 'opening', runs });
    const fitted = await measureView({ app, bare, size, view: 'fit', runs });
    bySize[size] = {
      app: { readValidateMs: spread(parse.app), renderedMs: opening.app.renderedMs },
      bare: { parseMs: spread(parse.bare), renderedMs: opening.bare.renderedMs },
      view: opening.view,
      readValidateMsRatio: ratio(median(parse.app), median(parse.bare)),
      renderedMsRatio: opening.renderedMsRatio,
      renderedMsRatioByRun: opening.renderedMsRatioByRun,
      busyMsRatio: opening.busyMsRatio,
      appBusyMs: opening.app.busyMs,
      bareBusyMs: opening.bare.busyMs,
      fitted,
    };
    const figure = bySize[size];
    log(
      `  open ${size}: app read+validate ${figure.app.readValidateMs.median.toFixed(1)} ms ` +
        `(JSON.parse ${figure.bare.parseMs.median.toFixed(1)}); at its opening view (zoom ${opening.view.zoom.toFixed(2)}) painted ` +
        `${opening.app.renderedMs.median.toFixed(0)} ms, bare ${opening.bare.renderedMs.median.toFixed(0)} ms (×${opening.renderedMsRatio.toFixed(2)}); ` +
        `fitted (zoom ${fitted.view.zoom.toFixed(3)}) ${fitted.app.renderedMs.median.toFixed(0)} ms, bare ${fitted.bare.renderedMs.median.toFixed(0)} ms ` +
        `(×${fitted.renderedMsRatio.toFixed(2)}); main-thread CPU ×${opening.busyMsRatio.toFixed(2)} at the opening view, ×${fitted.busyMsRatio.toFixed(2)} fitted`,
    );
  }
  return bySize;
}
