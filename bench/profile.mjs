// node bench/profile.mjs [--gesture=pan|drag|layout|open|walkthrough|dealData|import] [--format=drawio|mermaid] [--size=1000] [--zoom=fit|100%] [--no-lanes] [--no-build]
// Why is a gesture slower in the app than in bare React Flow? Runs the gesture once in each page
// under a Chromium trace and once under a V8 CPU profile, on an unminified build, and prints where
// the time of the page's threads went, side by side. `--gesture=layout` instead presses the app's
// Auto layout on the N-node document (with lanes, or without them given --no-lanes; there is no
// bare counterpart) and shows what the main thread
// did from the press until the result was painted, the commit that applies it included.
// `--gesture=open` opens the stored N-node document in the app, and the same file in the bare page,
// as the benchmark's open figure does, at the view the app opens at (fitted with --zoom=fit): only
// the open itself is recorded, from the placeholder. The raw
// `--gesture=walkthrough` presents the N-node document and records three steps, glides included.
// traces and profiles go to bench/dist/profiles (open them in the DevTools Performance panel).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { APP_UNMINIFIED_DIST, buildForProfiling, PAGES_DIST } from './lib/build.mjs';
import { attachMetrics, launchBrowser, openAppPage, openBarePage } from './lib/browser.mjs';
import {
  generateDealLog,
  generateDocuments,
  generateInterchange,
  openFromPlaceholder,
  openMeasured,
  openPlaceholder,
  restoreAppDocument,
  stashDocuments,
} from './lib/documents.mjs';
import { circleGesture } from './lib/gestures.mjs';
import { busyStretches, longTasksOfTrace, profileGesture, traceGesture } from './lib/profiling.mjs';
import { DRAG_GESTURE } from './lib/scenarios/drag.mjs';
import { PAN_GESTURE } from './lib/scenarios/pan.mjs';
import { serveDirectory } from './lib/staticServer.mjs';
import {
  commonGrabbableNode,
  commonPanePoint,
  readCanvasRect,
  setAppZoom,
  setBareViewport,
  settle,
  toPagePoint,
} from './lib/viewport.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [flag, value = ''] = arg.replace(/^--/, '').split('=', 2);
    return [flag, value];
  }),
);
const gestureName = args.gesture ?? 'pan';
const size = Number(args.size ?? 1000);
const zoom = args.zoom ?? (gestureName === 'drag' ? '100%' : 'fit');
const outDir = fileURLToPath(new URL('./dist/profiles', import.meta.url));
const TOP = 18;
const laneFree = gestureName === 'layout' && args['no-lanes'] !== undefined;
const laneFreeKey = `${size}-nolanes`;

if (args['no-build'] === undefined) await buildForProfiling();
const appServer = await serveDirectory(APP_UNMINIFIED_DIST);
const pagesServer = await serveDirectory(PAGES_DIST);
const appOrigin = `http://127.0.0.1:${appServer.port}`;
const pagesOrigin = `http://localhost:${pagesServer.port}`;
const browser = await launchBrowser();

const column = (rows, frames) =>
  rows
    .slice(0, TOP)
    .map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms ${frames ? `${(ms / frames).toFixed(2).padStart(7)} ms/frame` : ''}  ${key}`);

/** The app's Auto layout on the open document: a trace, then a CPU profile, each on a fresh copy. */
async function profileLayout(appPage, text) {
  const press = async () => {
    await appPage.evaluate(() => window.__bench.watchLayout());
    await appPage.getByRole('button', { name: 'Auto layout', exact: true }).click();
    return appPage.evaluate(() => window.__bench.layoutDone);
  };
  const restore = async () => {
    await restoreAppDocument(appPage, text);
    await appPage.waitForTimeout(1200);
  };
  // The first layout of a visit loads ELK and starts its worker: not what is profiled.
  await press();
  await restore();
  const traced = await traceGesture(browser, appPage, appOrigin, press);
  await restore();
  const profiled = await profileGesture(appPage, press);
  const label = `layout-${size}${laneFree ? '-nolanes' : ''}`;
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/${label}-app.trace.json`, JSON.stringify(traced.trace));
  await writeFile(`${outDir}/${label}-app.cpuprofile`, JSON.stringify(profiled.profile));
  console.log(`\n${label}: threads of the app's renderer process\n${column(traced.busyMsByThread, 0).join('\n')}`);
  console.log(`\n${label}: main thread, self time by trace event\n${column(traced.selfMsByEvent, 0).join('\n')}`);
  console.log(`\n${label}: JavaScript, self time by function\n${column(profiled.selfMsByFunction, 0).join('\n')}`);
  console.log(`\nTraces and profiles in ${outDir}`);
}

/**
 * One import of 100,000 deal rows (the bench's event log) into the standard template through the
 * Import deal data dialog, as the dealData figure does, under a CPU profile: each busy stretch of
 * the main thread over 20 ms, named by its functions. A first import loads the dialog and its worker.
 */
async function profileDealImport(appPage) {
  const { fileOnDisk } = await import('./lib/fileOnDisk.mjs');
  const dealLog = await generateDealLog(browser, pagesOrigin, Number(args.rows ?? 100_000));
  const file = await fileOnDisk('deals.csv', Buffer.from(dealLog.csv));
  await appPage.getByRole('article', { name: 'Standard sales process', exact: true }).getByRole('button', { name: 'Use template' }).click();
  await appPage.locator('.react-flow__node').first().waitFor();
  const importOnce = async () => {
    await appPage.getByLabel(/^Choose a file to import/).setInputFiles(file);
    const dialog = appPage.getByRole('dialog', { name: 'Import deal data' });
    await dialog.getByRole('button', { name: 'Next' }).click({ timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Import' }).click({ timeout: 120_000 });
    await dialog.waitFor({ state: 'detached', timeout: 120_000 });
    await appPage.getByTestId('actual-rate-chip').first().waitFor({ timeout: 120_000 });
    await appPage.waitForTimeout(500);
  };
  const undo = async () => {
    await appPage.getByRole('button', { name: 'Undo' }).click();
    await appPage.getByRole('region', { name: 'Actuals' }).waitFor({ state: 'detached' });
  };
  await importOnce();
  await undo();
  const traced = await traceGesture(browser, appPage, appOrigin, importOnce);
  await undo();
  for (const task of longTasksOfTrace(traced.trace, appOrigin, Number(args.min ?? 20))) {
    console.log(`\ntask ${task.ms.toFixed(0)} ms at ${task.atMs.toFixed(0)} ms`);
    console.log(`  self by event:\n${column(task.selfByEvent, 0).join('\n')}`);
    console.log(`  calls:\n${column(task.calls, 0).join('\n')}`);
  }
  const profiled = await profileGesture(appPage, importOnce);
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/dealData-app.cpuprofile`, JSON.stringify(profiled.profile));
  await writeFile(`${outDir}/dealData-app.trace.json`, JSON.stringify(traced.trace));
  for (const stretch of busyStretches(profiled.profile, Number(args.min ?? 20))) {
    console.log(`\nbusy ${stretch.ms.toFixed(0)} ms at ${stretch.atMs.toFixed(0)} ms`);
    console.log(`  by total:\n${column(stretch.total, 0).join('\n')}`);
    console.log(`  by self:\n${column(stretch.self, 0).join('\n')}`);
  }
}

/**
 * The N-node generated document as a draw.io file (or Mermaid text with --format=mermaid) chosen
 * in the library until the new document is painted, as the import figure does, under a trace:
 * each main-thread task over --min ms (20), named by its events and scripts.
 */
async function profileImport(appPage) {
  const { fileOnDisk } = await import('./lib/fileOnDisk.mjs');
  const format = args.format ?? 'drawio';
  const texts = await generateInterchange(browser, pagesOrigin, size);
  const file = await fileOnDisk(`bench.${format === 'drawio' ? 'drawio' : 'mmd'}`, Buffer.from(texts[format]));
  const importOnce = async () => {
    const back = appPage.getByRole('button', { name: 'Back to library' });
    if ((await back.count()) > 0) await back.click();
    await appPage.getByLabel(/^Choose a file to import/).waitFor({ state: 'attached' });
    await appPage.waitForTimeout(1500);
    await appPage.getByLabel(/^Choose a file to import/).setInputFiles(file);
    await appPage.locator('.react-flow__edge').first().waitFor({ timeout: 120_000 });
    await appPage.waitForTimeout(1500);
  };
  // The first import of a visit loads the reader's worker: not what is traced.
  await importOnce();
  const traced = await traceGesture(browser, appPage, appOrigin, importOnce);
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/import-${format}-${size}-app.trace.json`, JSON.stringify(traced.trace));
  for (const task of longTasksOfTrace(traced.trace, appOrigin, Number(args.min ?? 20))) {
    console.log(`\ntask ${task.ms.toFixed(0)} ms at ${task.atMs.toFixed(0)} ms`);
    console.log(`  self by event:\n${column(task.selfByEvent, 0).join('\n')}`);
    console.log(`  calls:\n${column(task.calls, 0).join('\n')}`);
  }
  const profiled = await profileGesture(appPage, importOnce);
  await writeFile(`${outDir}/import-${format}-${size}-app.cpuprofile`, JSON.stringify(profiled.profile));
  for (const stretch of busyStretches(profiled.profile, Number(args.min ?? 20), 30)) {
    console.log(`\nbusy ${stretch.ms.toFixed(0)} ms at ${stretch.atMs.toFixed(0)} ms`);
    console.log(`  by total:\n${column(stretch.total, 0).join('\n')}`);
  }
}

/** Three steps of the walkthrough of the open document, presented as a trainer does (F5, then the arrow key). */
async function profileWalkthrough(appPage) {
  await appPage.keyboard.press('F5');
  await appPage.waitForURL(/\/present\/\d+$/);
  await appPage.waitForTimeout(800);
  const step = async () => {
    for (let i = 0; i < 3; i += 1) {
      await appPage.keyboard.press('ArrowRight');
      await appPage.waitForTimeout(800);
    }
  };
  const traced = await traceGesture(browser, appPage, appOrigin, step);
  const profiled = await profileGesture(appPage, step);
  const label = `walkthrough-${size}`;
  await mkdir(outDir, { recursive: true });
  await writeFile(`${outDir}/${label}-app.trace.json`, JSON.stringify(traced.trace));
  await writeFile(`${outDir}/${label}-app.cpuprofile`, JSON.stringify(profiled.profile));
  console.log(`\n${label}: frames produced by the main thread: ${traced.frames}`);
  console.log(`\n${label}: threads of the app's renderer process\n${column(traced.busyMsByThread, traced.frames).join('\n')}`);
  console.log(`\n${label}: main thread, self time by trace event\n${column(traced.selfMsByEvent, traced.frames).join('\n')}`);
  console.log(`\n${label}: JavaScript, self time by function\n${column(profiled.selfMsByFunction, 0).join('\n')}`);
  console.log(`\nTraces and profiles in ${outDir}`);
}

/** What is profiled on each page, and how the page is put back before each of the two runs. */
async function gestureOf(appPage, barePage) {
  if (gestureName === 'open') {
    // At the view the app opens at, fitted with --zoom=fit (the open figure's two views).
    const fitted = args.zoom === 'fit';
    await appPage.evaluate((on) => (on ? localStorage.setItem('salesflow:test-opening-fit', '1') : localStorage.removeItem('salesflow:test-opening-fit')), fitted);
    await openMeasured(appPage, size);
    await settle(appPage);
    const viewport = await appPage.evaluate(() => window.__bench.viewport());
    return { label: `open-${size}${fitted ? '-fit' : ''}`, reset: openPlaceholder, run: (page) => openFromPlaceholder(page, size, viewport) };
  }
  const viewport = await setAppZoom(appPage, zoom);
  await setBareViewport(barePage, viewport);
  const target =
    gestureName === 'drag' ? await commonGrabbableNode(appPage, barePage) : await commonPanePoint(appPage, barePage);
  const gesture = gestureName === 'drag' ? DRAG_GESTURE : PAN_GESTURE;
  const noMeasure = { begin: async () => {}, end: async () => {} };
  return {
    label: `${gestureName}-${size}-${zoom === 'fit' ? 'fit' : '100'}`,
    reset: (page) => (page === appPage ? setAppZoom(appPage, zoom) : setBareViewport(barePage, viewport)),
    run: async (page) => {
      const start = gestureName === 'drag' ? await page.evaluate((id) => window.__bench.grabPointOf(id), target.id) : await toPagePoint(page, target);
      if (start === null) throw new Error(`node ${target.id} can no longer be grabbed at its centre`);
      return circleGesture(page, start, gesture, noMeasure);
    },
  };
}

/** A pan, drag or open, once in the app and once in the bare page, each under a trace and then a CPU profile. */
async function profileAgainstBare(appPage, documents) {
  const barePage = await openBarePage(browser, pagesOrigin, await readCanvasRect(appPage));
  await stashDocuments(barePage, documents);
  const sides = {
    app: { page: appPage, origin: appOrigin },
    bare: { page: barePage, origin: pagesOrigin },
  };
  for (const side of Object.values(sides)) await openMeasured(side.page, size);
  const { label, reset: resetPage, run: runOn } = await gestureOf(appPage, barePage);

  await mkdir(outDir, { recursive: true });
  const summaries = {};
  for (const [name, side] of Object.entries(sides)) {
    const reset = () => resetPage(side.page);
    const run = () => runOn(side.page);
    const metrics = await attachMetrics(side.page);
    await reset();
    await metrics.collectGarbage();
    const traced = await traceGesture(browser, side.page, side.origin, run);
    await reset();
    await metrics.collectGarbage();
    const profiled = await profileGesture(side.page, run);
    await writeFile(`${outDir}/${label}-${name}.trace.json`, JSON.stringify(traced.trace));
    await writeFile(`${outDir}/${label}-${name}.cpuprofile`, JSON.stringify(profiled.profile));
    summaries[name] = traced.selfMsByEvent;
    summaries[`${name}Threads`] = traced.busyMsByThread;
    summaries[`${name}Frames`] = traced.frames;
    summaries[`${name}Js`] = profiled.selfMsByFunction;
  }

  // Totals and, beside them, per frame the main thread produced: a slower page draws fewer frames
  // in the same gesture, so its totals alone understate what each frame costs it.
  console.log(`\n${label}: frames produced by the main thread: app ${summaries.appFrames}, bare ${summaries.bareFrames}`);
  for (const [title, appRows, bareRows, perFrame] of [
    ['busy time by thread of the page\'s renderer process', summaries.appThreads, summaries.bareThreads, true],
    ['main thread, self time by trace event', summaries.app, summaries.bare, true],
    ['JavaScript, self time by function (V8 sampling profile, a second run)', summaries.appJs, summaries.bareJs, false],
  ]) {
    console.log(`\n${label}: ${title}\n-- app --`);
    console.log(column(appRows, perFrame ? summaries.appFrames : 0).join('\n'));
    console.log('-- bare --');
    console.log(column(bareRows, perFrame ? summaries.bareFrames : 0).join('\n'));
  }
  console.log(`\nTraces and profiles in ${outDir}`);
}

try {
  if (gestureName === 'dealData') {
    await profileDealImport(await openAppPage(browser, appOrigin));
  } else if (gestureName === 'import') {
    await profileImport(await openAppPage(browser, appOrigin));
  } else {
    const documents = await generateDocuments(browser, pagesOrigin, [size], laneFree ? [{ key: laneFreeKey, nodes: size, lanes: false }] : []);
    const appPage = await openAppPage(browser, appOrigin);
    // Stored first: the app's canvas exists only once a document is open, and the bare page copies its size.
    await stashDocuments(appPage, documents);
    if (gestureName === 'layout') {
      await openMeasured(appPage, laneFree ? laneFreeKey : size);
      await profileLayout(appPage, laneFree ? documents.byKey.get(laneFreeKey) : documents.bySize.get(size));
    } else if (gestureName === 'walkthrough') {
      await openMeasured(appPage, size);
      await profileWalkthrough(appPage);
    } else {
      await profileAgainstBare(appPage, documents);
    }
  }
} finally {
  await browser.close();
  await appServer.close();
  await pagesServer.close();
}
