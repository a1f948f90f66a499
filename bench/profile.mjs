// npm run bench:profile -- [--gesture=pan|drag] [--size=1000] [--zoom=fit|100%]
// Why is a gesture slower in the app than in bare React Flow? Runs the gesture once in each page
// under a Chromium trace and once under a V8 CPU profile, on an unminified build, and prints where
// the main thread's time went, side by side. The raw trace and profiles go to bench/dist/profiles
// (open them in the DevTools Performance panel).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { APP_UNMINIFIED_DIST, buildForProfiling, PAGES_DIST } from './lib/build.mjs';
import { attachMetrics, launchBrowser, openAppPage, openBarePage } from './lib/browser.mjs';
import { generateDocuments, openMeasured, stashDocuments } from './lib/documents.mjs';
import { circleGesture } from './lib/gestures.mjs';
import { profileGesture, traceGesture } from './lib/profiling.mjs';
import { DRAG_GESTURE } from './lib/scenarios/drag.mjs';
import { PAN_GESTURE } from './lib/scenarios/pan.mjs';
import { serveDirectory } from './lib/staticServer.mjs';
import {
  commonGrabbableNode,
  commonPanePoint,
  readCanvasRect,
  setAppZoom,
  setBareViewport,
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

if (args['no-build'] === undefined) await buildForProfiling();
const appServer = await serveDirectory(APP_UNMINIFIED_DIST);
const pagesServer = await serveDirectory(PAGES_DIST);
const appOrigin = `http://127.0.0.1:${appServer.port}`;
const pagesOrigin = `http://localhost:${pagesServer.port}`;
const browser = await launchBrowser();

try {
  const documents = await generateDocuments(browser, pagesOrigin, [size]);
  const appPage = await openAppPage(browser, appOrigin);
  const barePage = await openBarePage(browser, pagesOrigin, await readCanvasRect(appPage));
  const sides = {
    app: { page: appPage, origin: appOrigin },
    bare: { page: barePage, origin: pagesOrigin },
  };
  for (const side of Object.values(sides)) {
    await stashDocuments(side.page, documents);
    await openMeasured(side.page, size);
  }
  const viewport = await setAppZoom(appPage, zoom);
  await setBareViewport(barePage, viewport);
  const target =
    gestureName === 'drag' ? await commonGrabbableNode(appPage, barePage) : await commonPanePoint(appPage, barePage);
  const gesture = gestureName === 'drag' ? DRAG_GESTURE : PAN_GESTURE;
  const noMeasure = { begin: async () => {}, end: async () => {} };

  await mkdir(outDir, { recursive: true });
  const label = `${gestureName}-${size}-${zoom === 'fit' ? 'fit' : '100'}`;
  const summaries = {};
  for (const [name, side] of Object.entries(sides)) {
    const reset = () => (name === 'app' ? setAppZoom(appPage, zoom) : setBareViewport(barePage, viewport));
    const run = async () => circleGesture(side.page, await toPagePoint(side.page, target), gesture, noMeasure);
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
    summaries[`${name}Js`] = profiled.selfMsByFunction;
  }

  const column = (rows) => rows.slice(0, TOP).map(([key, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${key}`);
  for (const [title, appRows, bareRows] of [
    ['main thread, self time by trace event', summaries.app, summaries.bare],
    ['JavaScript, self time by function (V8 sampling profile)', summaries.appJs, summaries.bareJs],
  ]) {
    console.log(`\n${label}: ${title}\n-- app --`);
    console.log(column(appRows).join('\n'));
    console.log('-- bare --');
    console.log(column(bareRows).join('\n'));
  }
  console.log(`\nTraces and profiles in ${outDir}`);
} finally {
  await browser.close();
  await appServer.close();
  await pagesServer.close();
}
