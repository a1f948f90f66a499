// Cold load of the app: the JavaScript it fetches before the editor is usable (sized as it would
// travel gzipped) and the time from navigation to the first painted node. Each run is a fresh
// browser context and the server forbids caching, so nothing is warm.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VIEWPORT } from '../browser.mjs';
import { installBenchHelpers } from '../inPage.mjs';
import { spread } from '../stats.mjs';

async function gzippedSize(appDist, pathname) {
  const body = await readFile(join(appDist, decodeURIComponent(pathname)));
  // Level 6 is what common servers and CDNs use on the fly.
  return gzipSync(body, { level: 6 }).length;
}

async function loadOnce(browser, appOrigin) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(installBenchHelpers);
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (request) => {
    // By extension rather than resource type, so module preloads and workers count too.
    const { pathname } = new URL(request.url());
    if (/\.m?js$/.test(pathname)) scripts.add(pathname);
  });
  try {
    await page.goto(`${appOrigin}/`);
    await page.waitForFunction(() => window.__bench.firstNodeVisibleAt !== null, undefined, { timeout: 60_000 });
    const initialScripts = [...scripts];
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      return {
        interactiveMs: window.__bench.firstNodeVisibleAt,
        domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : Number.NaN,
      };
    });
    return { ...timing, scripts: initialScripts };
  } finally {
    await context.close();
  }
}

export async function measureColdLoad({ browser, appOrigin, appDist, runs, log }) {
  const loads = [];
  for (let run = 0; run < runs; run += 1) {
    loads.push(await loadOnce(browser, appOrigin));
    log(`  cold load ${run + 1}/${runs}: ${loads.at(-1).interactiveMs.toFixed(0)} ms`);
  }
  // Scripts fetched by any run before the first node was painted: lazy chunks (ELK, exporters)
  // load later, on use, and so are not counted.
  const scriptPaths = [...new Set(loads.flatMap((load) => load.scripts))].sort();
  const initialScripts = [];
  for (const path of scriptPaths) {
    initialScripts.push({ file: path, gzipBytes: await gzippedSize(appDist, path) });
  }
  const gzipBytes = initialScripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  return {
    initialJsGzipKB: gzipBytes / 1024,
    initialScripts,
    interactiveMs: spread(loads.map((load) => load.interactiveMs)),
    domContentLoadedMs: spread(loads.map((load) => load.domContentLoadedMs)),
  };
}
