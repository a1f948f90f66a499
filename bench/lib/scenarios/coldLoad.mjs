// Cold load of the app, twice: the start screen (the library at #/) and a document's own URL
// (#/doc/<id>, as after a reload). Measured: the JavaScript fetched before the screen is usable
// (sized as it would travel gzipped), and the time from navigation until the library's actions, or
// the document's first node, are painted. Each run is a fresh browser context and the server
// forbids caching, so nothing is warm.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEWPORT } from '../browser.mjs';
import { installBenchHelpers } from '../inPage.mjs';
import { spread } from '../stats.mjs';

const TEST_HOOKS_FLAG = 'salesflow:test-hooks';

async function gzippedSize(appDist, pathname) {
  const body = await readFile(join(appDist, decodeURIComponent(pathname)));
  // Level 6 is what common servers and CDNs use on the fly.
  return gzipSync(body, { level: 6 }).length;
}

/**
 * One cold navigation to `path`, until `readyField` of the in-page helpers is set. `prepare` runs
 * first in the same context (to store a document), then the page goes blank, so the measured
 * navigation loads everything again.
 */
async function loadOnce(browser, appOrigin, path, readyField, prepare) {
  // No service worker, or the "cold" load after `prepare` would come from its cache.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  if (prepare) await context.addInitScript((flag) => localStorage.setItem(flag, '1'), TEST_HOOKS_FLAG);
  await context.addInitScript(installBenchHelpers);
  const page = await context.newPage();
  try {
    if (prepare) {
      await prepare(page);
      await page.goto('about:blank');
    }
    await page.goto(`${appOrigin}${path}`);
    await page.waitForFunction((field) => window.__bench[field] !== null, readyField, { timeout: 60_000 });
    // By extension rather than resource type, so module preloads and workers count too. What the
    // page asks for after its `load` event (the service worker's window library, by design) is
    // not what the screen needs, even when a busy machine paints the screen later than that.
    const initialScripts = await page.evaluate((field) => {
      const [navigation] = performance.getEntriesByType('navigation');
      const loaded = navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= window.__bench[field] && entry.startTime < loaded)
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => /\.m?js$/.test(pathname));
    }, readyField);
    const timing = await page.evaluate((field) => {
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        readyMs: window.__bench[field],
        domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : Number.NaN,
      };
    }, readyField);
    return { ...timing, scripts: initialScripts };
  } finally {
    await context.close();
  }
}

async function summarise(loads, appDist) {
  // Scripts fetched by any run before the screen was usable: lazy chunks (ELK, exporters) load
  // later, on use, and so are not counted.
  const scriptPaths = [...new Set(loads.flatMap((load) => load.scripts))].sort();
  const scripts = [];
  for (const path of scriptPaths) scripts.push({ file: path, gzipBytes: await gzippedSize(appDist, path) });
  return {
    jsGzipKB: scripts.reduce((sum, script) => sum + script.gzipBytes, 0) / 1024,
    scripts,
    readyMs: spread(loads.map((load) => load.readyMs)),
    domContentLoadedMs: spread(loads.map((load) => load.domContentLoadedMs)),
  };
}

/**
 * When the service worker is registered, against the page's `load` event: a fresh context that
 * allows service workers, whose `register` is wrapped to note the moment it is called. Positive
 * is after `load` (issue 22: it must not compete with the first paint).
 */
async function serviceWorkerTiming(browser, appOrigin) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    const register = container.register.bind(container);
    container.register = (...args) => {
      window.__serviceWorkerRegisteredAt = performance.now();
      return register(...args);
    };
  });
  const page = await context.newPage();
  try {
    await page.goto(`${appOrigin}/`);
    await page.waitForFunction(() => window.__serviceWorkerRegisteredAt !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return { registeredAtMs: window.__serviceWorkerRegisteredAt, loadEventEndMs: navigation.loadEventEnd, afterLoadMs: window.__serviceWorkerRegisteredAt - navigation.loadEventEnd };
    });
  } finally {
    await context.close();
  }
}

/** `documentText`: the document whose URL is loaded cold (stored first through the test hook). */
export async function measureColdLoad({ browser, appOrigin, appDist, runs, documentText, log }) {
  const id = JSON.parse(documentText).document.id;
  const store = async (page) => {
    await page.goto(`${appOrigin}/`);
    await page.waitForFunction(() => window.salesflowTest !== undefined);
    const error = await page.evaluate(async (text) => window.salesflowTest.openDocumentFile(text), documentText);
    if (error !== null) throw new Error(`the app refused the document: ${error}`);
  };
  const library = [];
  const editor = [];
  for (let run = 0; run < runs; run += 1) {
    library.push(await loadOnce(browser, appOrigin, '/', 'libraryVisibleAt'));
    editor.push(await loadOnce(browser, appOrigin, `/#/doc/${encodeURIComponent(id)}`, 'firstNodeVisibleAt', store));
    log(`  cold load ${run + 1}/${runs}: library ${library.at(-1).readyMs.toFixed(0)} ms, document ${editor.at(-1).readyMs.toFixed(0)} ms`);
  }
  const start = await summarise(library, appDist);
  const documentUrl = await summarise(editor, appDist);
  const serviceWorker = await serviceWorkerTiming(browser, appOrigin);
  log(`  service worker registered ${serviceWorker.afterLoadMs.toFixed(0)} ms after load`);
  return {
    // The "initial JavaScript" is what the start screen needs.
    initialJsGzipKB: start.jsGzipKB,
    initialScripts: start.scripts,
    interactiveMs: start.readyMs,
    domContentLoadedMs: start.domContentLoadedMs,
    serviceWorker,
    documentUrl: {
      nodes: JSON.parse(documentText).document.nodes.length,
      jsGzipKB: documentUrl.jsGzipKB,
      scripts: documentUrl.scripts,
      firstNodePaintedMs: documentUrl.readyMs,
      domContentLoadedMs: documentUrl.domContentLoadedMs,
    },
  };
}
