// npm run bench: builds the app and the benchmark's pages, serves them, drives one headless
// Chromium, prints a table and writes bench/results.json. See bench/README.md for the method.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args.mjs';
import { APP_DIST, buildAll, PAGES_DIST } from './lib/build.mjs';
import { attachMetrics, launchBrowser, openAppPage, openBarePage } from './lib/browser.mjs';
import { generateDocuments, stashDocuments } from './lib/documents.mjs';
import { describeGrowth } from './lib/growth.mjs';
import { formatReport, writeResults } from './lib/report.mjs';
import { measureColdLoad } from './lib/scenarios/coldLoad.mjs';
import { measureDrag, DRAG_GESTURE } from './lib/scenarios/drag.mjs';
import { measureOpen } from './lib/scenarios/openDocument.mjs';
import { measurePan, PAN_GESTURE } from './lib/scenarios/pan.mjs';
import { serveDirectory } from './lib/staticServer.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { readCanvasRect } from './lib/viewport.mjs';

const options = parseArgs(process.argv.slice(2));
const outPath =
  options.out ??
  fileURLToPath(new URL(options.quick ? './dist/results-quick.json' : './results.json', import.meta.url));
// The smoke test only proves that every step still works, so its gestures are short.
const shorten = (gesture) => (options.quick ? { ...gesture, periodMs: 500, durationMs: 500 } : gesture);
const log = (message) => console.log(message);
const began = performance.now();
const errors = [];

/** Runs one scenario; a failure is recorded and the others still run. */
async function scenario(name, body) {
  log(`${name}…`);
  try {
    return await body();
  } catch (error) {
    console.error(`  ${name} failed: ${error.stack ?? error}`);
    errors.push({ scenario: name, message: String(error.message ?? error) });
    return undefined;
  }
}

if (options.build) {
  log('Building the app and the benchmark pages…');
  await buildAll();
}

const appServer = await serveDirectory(APP_DIST);
const pagesServer = await serveDirectory(PAGES_DIST);
// Two different sites (127.0.0.1 and localhost), so Chromium gives the app and the bare page
// separate renderer processes and neither runs on the other's main thread.
const appOrigin = `http://127.0.0.1:${appServer.port}`;
const pagesOrigin = `http://localhost:${pagesServer.port}`;
const browser = await launchBrowser();
const figures = {};

try {
  const documents = await scenario('Generating documents', () =>
    generateDocuments(browser, pagesOrigin, options.sizes),
  );
  figures.coldLoad = await scenario('Cold load', () =>
    measureColdLoad({ browser, appOrigin, appDist: APP_DIST, runs: options.runs, log }),
  );

  if (documents) {
    const appPage = await openAppPage(browser, appOrigin);
    const barePage = await openBarePage(browser, pagesOrigin, await readCanvasRect(appPage));
    const app = { page: appPage, metrics: await attachMetrics(appPage) };
    const bare = { page: barePage, metrics: await attachMetrics(barePage) };
    await stashDocuments(appPage, documents);
    await stashDocuments(barePage, documents);
    const context = { app, bare, runs: options.runs, log };

    figures.open = await scenario('Open a document', () => measureOpen({ ...context, sizes: options.sizes }));
    figures.pan = await scenario('Pan', () =>
      measurePan({ ...context, sizes: options.panSizes, gesture: shorten(PAN_GESTURE) }),
    );
    figures.drag = await scenario('Drag one node', () =>
      measureDrag({ ...context, size: options.dragSize, gesture: shorten(DRAG_GESTURE) }),
    );
  }
} finally {
  await browser.close();
  await appServer.close();
  await pagesServer.close();
}

for (const key of Object.keys(figures)) if (figures[key] === undefined) delete figures[key];
const results = {
  machine: { cores: availableParallelism(), node: process.version, chromium: browser.version() },
  date: new Date().toISOString(),
  quick: options.quick,
  options: { sizes: options.sizes, panSizes: options.panSizes, dragSize: options.dragSize, runs: options.runs },
  method: {
    pan: shorten(PAN_GESTURE),
    drag: shorten(DRAG_GESTURE),
    note: 'See bench/README.md. Frames from requestAnimationFrame; busy time from DevTools Performance.getMetrics TaskDuration.',
  },
  figures,
  growth: describeGrowth(figures),
  targets: evaluateTargets(figures),
  errors,
  durationS: (performance.now() - began) / 1000,
};

log(formatReport(results));
await writeResults(outPath, results);
log(`\nWrote ${outPath} in ${results.durationS.toFixed(0)} s.`);
if (errors.length > 0) process.exit(1);
