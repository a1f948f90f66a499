// npm run bench: builds the app and the benchmark's pages, serves them, drives one headless
// Chromium, prints a table and writes bench/results.json. See bench/README.md for the method.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args.mjs';
import { measuredCommit } from './lib/commit.mjs';
import { APP_DIST, buildAll, PAGES_DIST } from './lib/build.mjs';
import { attachMetrics, launchBrowser, openAppPage, openBarePage, openLabPage } from './lib/browser.mjs';
import { generateDealLog, generateDocuments, generateInterchange, generateWithSteps, stashDocuments } from './lib/documents.mjs';
import { describeGrowth } from './lib/growth.mjs';
import { formatReport, writeResults } from './lib/report.mjs';
import { measureAnalytics } from './lib/scenarios/analytics.mjs';
import { measureAppLayout } from './lib/scenarios/appLayout.mjs';
import { measureColdLoad } from './lib/scenarios/coldLoad.mjs';
import { measureDealData, measureDealDataAtCap } from './lib/scenarios/dealData.mjs';
import { measureDrag, DRAG_GESTURE } from './lib/scenarios/drag.mjs';
import { measureExport } from './lib/scenarios/export.mjs';
import { measureHandout } from './lib/scenarios/handout.mjs';
import { measureImport } from './lib/scenarios/importFile.mjs';
import { measureLayout } from './lib/scenarios/layout.mjs';
import { measureMemory } from './lib/scenarios/memory.mjs';
import { measureOpen } from './lib/scenarios/openDocument.mjs';
import { measureOperations } from './lib/scenarios/operations.mjs';
import { measurePan, PAN_GESTURE } from './lib/scenarios/pan.mjs';
import { measureWalkthrough } from './lib/scenarios/walkthrough.mjs';
import { measureRouting } from './lib/scenarios/routing.mjs';
import { measureStorage } from './lib/scenarios/storage.mjs';
import { measureTeam } from './lib/scenarios/team.mjs';
import { serveDirectory } from './lib/staticServer.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { readCanvasRect } from './lib/viewport.mjs';

const options = parseArgs(process.argv.slice(2));
// Only a full run of every figure may replace bench/results.json.
const defaultOut = options.quick ? './dist/results-quick.json' : options.partial ? './dist/results-only.json' : './results.json';
const outPath = options.out ?? fileURLToPath(new URL(defaultOut, import.meta.url));
const measured = measuredCommit();
if (outPath === fileURLToPath(new URL('./results.json', import.meta.url)) && measured?.clean !== true) {
  console.error(
    'bench/results.json describes the committed code beside it: commit your changes first, or write elsewhere with --out=path.',
  );
  process.exit(1);
}
// The smoke test only proves that every step still works, so its gestures are short.
const shorten = (gesture) => (options.quick ? { ...gesture, periodMs: 500, durationMs: 500 } : gesture);
const log = (message) => console.log(message);
const began = performance.now();
const errors = [];

/** Runs one scenario (unless --only leaves it out); a failure is recorded and the others still run. */
async function scenario(name, body, figure) {
  if (figure !== undefined && !options.wants(figure)) return undefined;
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

// Auto layout through the app needs its documents stored there: the main sizes are, and a
// lane-free twin of the layout size is generated for the other path of applyElkResult.
const appLayoutDocuments = options.appLayout.lanes.map((lanes) => ({
  key: lanes ? String(options.appLayout.size) : `${options.appLayout.size}-nolanes`,
  nodes: options.appLayout.size,
  lanes,
  label: `${options.appLayout.size}${lanes ? ' lanes' : ''}`,
}));

try {
  const documents = await scenario('Generating documents', () =>
    generateDocuments(
      browser,
      pagesOrigin,
      options.sizes,
      appLayoutDocuments.filter((d) => !options.sizes.includes(Number(d.key))),
    ),
  );
  if (documents) {
    const documentText = documents.bySize.get(options.sizes[0]);
    figures.coldLoad = await scenario(
      'Cold load',
      () => measureColdLoad({ browser, appOrigin, appDist: APP_DIST, runs: options.runs, documentText, log }),
      'coldLoad',
    );
  }

  const labPage = await openLabPage(browser, pagesOrigin);
  const lab = { page: labPage, metrics: await attachMetrics(labPage) };

  if (documents && ['open', 'pan', 'drag', 'appLayout'].some(options.wants)) {
    const appPage = await openAppPage(browser, appOrigin);
    // Stored first: the app's canvas exists only once a document is open, and the bare page copies its size.
    await stashDocuments(appPage, documents);
    const barePage = await openBarePage(browser, pagesOrigin, await readCanvasRect(appPage));
    const app = { page: appPage, metrics: await attachMetrics(appPage) };
    const bare = { page: barePage, metrics: await attachMetrics(barePage) };
    await stashDocuments(barePage, documents);
    const context = { app, bare, lab, runs: options.runs, log };

    figures.open = await scenario('Open a document', () => measureOpen({ ...context, sizes: options.sizes }), 'open');
    const pan = { ...context, sizes: options.panSizes, zooms: options.zooms, gesture: shorten(PAN_GESTURE) };
    figures.pan = await scenario('Pan', () => measurePan(pan), 'pan');
    const drag = { ...context, sizes: options.dragSizes, zooms: options.zooms, gesture: shorten(DRAG_GESTURE) };
    figures.drag = await scenario('Drag one node', () => measureDrag(drag), 'drag');
    // The bare page has nothing more to do: closing it leaves its core to the pages still measured.
    await barePage.context().close();
    const layoutDocuments = appLayoutDocuments.map((d) => ({
      ...d,
      text: documents.bySize.get(Number(d.key)) ?? documents.byKey.get(d.key),
    }));
    figures.appLayout = await scenario(
      'Auto layout in the app',
      () => measureAppLayout({ app, documents: layoutDocuments, runs: options.appLayoutRuns, log }),
      'appLayout',
    );
    await appPage.context().close();
  }

  if (documents && options.wants('memory')) {
    figures.memory = await scenario('Memory: edits, and documents opened and closed', async () => {
      const page = await openAppPage(browser, appOrigin);
      try {
        await stashDocuments(page, documents);
        const app = { page, metrics: await attachMetrics(page) };
        const documentKeys = options.sizes.map(String);
        return await measureMemory({ app, editSize: options.memory.editSize, edits: options.memory.edits, documentKeys, opens: options.memory.opens, log });
      } finally {
        await page.context().close();
      }
    });
  }

  const labContext = { lab, runs: options.runs, log };
  figures.layout = await scenario(
    'Auto layout: pipeline against bare elkjs',
    () => measureLayout({ ...labContext, sizes: options.layoutSizes }),
    'layout',
  );
  figures.export = await scenario('Export', () => measureExport({ ...labContext, sizes: options.exportSizes, svgSizes: options.svgExportSizes }), 'export');
  figures.storage = await scenario(
    'Storage',
    () => measureStorage({ ...labContext, saveSize: options.saveSize, largeSaveSize: options.largeSaveSize, librarySize: options.librarySize }),
    'storage',
  );
  figures.analytics = await scenario(
    'Analytics',
    () => measureAnalytics({ ...labContext, sizes: options.analyticsSizes, samplesPerRun: options.analyticsSamples }),
    'analytics',
  );
  figures.operations = await scenario(
    'Operations: one field edit',
    () => measureOperations({ ...labContext, size: options.operationsSize, samplesPerRun: options.operationsSamples }),
    'operations',
  );
  figures.routing = await scenario(
    'Routing: a node dropped across ten edges',
    () => measureRouting({ ...labContext, size: options.routingSize, samplesPerRun: options.routingSamples }),
    'routing',
  );

  // Files made elsewhere come in through the library's Import, on a page of their own.
  if (options.wants('import')) {
    figures.import = await scenario('Import a draw.io file and a Mermaid text', async () => {
      const texts = await generateInterchange(browser, pagesOrigin, options.importSize);
      const page = await openAppPage(browser, appOrigin);
      try {
        const app = { page, metrics: await attachMetrics(page) };
        return await measureImport({ app, texts, size: options.importSize, runs: options.importRuns, log });
      } finally {
        await page.context().close();
      }
    });
  }
  if (options.wants('handout')) {
    figures.handout = await scenario('PDF handout and PowerPoint deck', async () => {
      const document = await generateWithSteps(browser, pagesOrigin, options.handoutSteps);
      const page = await openAppPage(browser, appOrigin);
      try {
        const app = { page, metrics: await attachMetrics(page) };
        return await measureHandout({ app, document, runs: options.handoutRuns, log });
      } finally {
        await page.context().close();
      }
    });
  }
  if (documents && options.wants('walkthrough')) {
    figures.walkthrough = await scenario('Walkthrough: stepping through a presentation', async () => {
      const documentText = documents.bySize.get(options.walkthroughSize);
      if (documentText === undefined) throw new Error(`no generated document of ${options.walkthroughSize} nodes`);
      const page = await openAppPage(browser, appOrigin);
      try {
        const app = { page, metrics: await attachMetrics(page) };
        return await measureWalkthrough({ app, documentText, nodes: options.walkthroughSize, steps: options.walkthroughSteps, runs: options.walkthroughRuns, log });
      } finally {
        await page.context().close();
      }
    });
  }
  if (options.wants('dealData')) {
    figures.dealData = await scenario('Deal data: import and date filter', async () => {
      const dealLog = await generateDealLog(browser, pagesOrigin, options.dealRows);
      const page = await openAppPage(browser, appOrigin);
      try {
        const app = { page, metrics: await attachMetrics(page) };
        const figures = await measureDealData({ app, dealLog, runs: options.dealRuns, filterSamples: options.filterSamples, log });
        if (options.dealCapRows !== null) {
          const capLog = await generateDealLog(browser, pagesOrigin, options.dealCapRows, { xlsx: false, wide: true });
          figures.atCap = await measureDealDataAtCap({ browser, app, capLog, log });
        }
        return figures;
      } finally {
        await page.context().close();
      }
    });
  }
  if (documents && options.wants('team')) {
    figures.team = await scenario('Team server: edit to paint, opening a shared document, memory', () =>
      measureTeam({ browser, documents, team: options.team, runs: options.runs, log }),
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
  commit: measured?.commit ?? null,
  uncommittedChanges: measured === null ? null : !measured.clean,
  quick: options.quick,
  options: {
    sizes: options.sizes,
    panSizes: options.panSizes,
    dragSizes: options.dragSizes,
    runs: options.runs,
    only: options.only,
    zooms: options.zooms,
    layoutSizes: options.layoutSizes,
    appLayout: options.appLayout,
    appLayoutRuns: options.appLayoutRuns,
    exportSizes: options.exportSizes,
    svgExportSizes: options.svgExportSizes,
    saveSize: options.saveSize,
    largeSaveSize: options.largeSaveSize,
    librarySize: options.librarySize,
    analyticsSizes: options.analyticsSizes,
    analyticsSamples: options.analyticsSamples,
    operationsSize: options.operationsSize,
    operationsSamples: options.operationsSamples,
    routingSize: options.routingSize,
    routingSamples: options.routingSamples,
    importSize: options.importSize,
    importRuns: options.importRuns,
    handoutSteps: options.handoutSteps,
    handoutRuns: options.handoutRuns,
    dealRows: options.dealRows,
    dealRuns: options.dealRuns,
    filterSamples: options.filterSamples,
    walkthroughSize: options.walkthroughSize,
    walkthroughSteps: options.walkthroughSteps,
    walkthroughRuns: options.walkthroughRuns,
    team: options.team,
    memory: options.memory,
  },
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
