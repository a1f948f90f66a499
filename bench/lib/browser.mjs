// One headless Chromium (Debian's, never a downloaded one: STACK-NOTES.md), and pages in it that
// carry the in-page helpers. Each page gets its own browser context, so the app and the bare page
// never share a cache or storage.
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../scripts/chromium.mjs';
import { installBenchHelpers } from './inPage.mjs';

export const VIEWPORT = { width: 1440, height: 900 };
const TEST_HOOKS_FLAG = 'salesflow:test-hooks';

export function launchBrowser() {
  return chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, headless: true });
}

async function newBenchPage(browser, { testHooks }) {
  // No service worker: it would precache the whole build in the background during a measurement.
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  if (testHooks) {
    await context.addInitScript((flag) => localStorage.setItem(flag, '1'), TEST_HOOKS_FLAG);
  }
  await context.addInitScript(installBenchHelpers);
  const page = await context.newPage();
  // A page error during a measurement would otherwise only show up as a strange figure.
  page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
  return page;
}

/** The app with its test hooks on, at its start screen (the library), storage open. */
export async function openAppPage(browser, appOrigin) {
  const page = await newBenchPage(browser, { testHooks: true });
  await page.goto(`${appOrigin}/`);
  await page.waitForFunction(() => window.salesflowTest !== undefined && window.__bench.libraryVisibleAt !== null);
  return page;
}

/** The bare React Flow page, its canvas sized like the app's. */
export async function openBarePage(browser, pagesOrigin, canvasSize) {
  const page = await newBenchPage(browser, { testHooks: false });
  const query = new URLSearchParams({ width: String(canvasSize.width), height: String(canvasSize.height) });
  await page.goto(`${pagesOrigin}/bare.html?${query}`);
  await page.waitForFunction(() => window.benchBare !== undefined);
  return page;
}

/** The lab: the app's modules alone, beside their baselines (pages/lab.ts). */
export async function openLabPage(browser, pagesOrigin) {
  const page = await newBenchPage(browser, { testHooks: false });
  await page.goto(`${pagesOrigin}/lab.html`);
  await page.waitForFunction(() => window.benchLab !== undefined);
  return page;
}

export async function openGeneratorPage(browser, pagesOrigin) {
  const page = await newBenchPage(browser, { testHooks: false });
  await page.goto(`${pagesOrigin}/generator.html`);
  await page.waitForFunction(() => window.benchGenerate !== undefined);
  return page;
}

/**
 * Main-thread time from Chromium's own counters (DevTools protocol `Performance.getMetrics`):
 * TaskDuration is every task the renderer's main thread ran, whatever caused it. Counted in
 * thread CPU time, not wall time: on a shared machine a task's wall time also holds the time the
 * thread waited for a core.
 */
export async function attachMetrics(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
  };
  return {
    read,
    /** Milliseconds of each counter spent between two readings. */
    busyBetween(before, after) {
      const ms = (name) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
      return {
        taskMs: ms('TaskDuration'),
        scriptMs: ms('ScriptDuration'),
        layoutMs: ms('LayoutDuration'),
        styleMs: ms('RecalcStyleDuration'),
      };
    },
    /** A collection before each measured run, so that no run pays for the previous one's garbage. */
    collectGarbage: () => session.send('HeapProfiler.collectGarbage'),
    /** The page's JavaScript heap in use, in bytes, after two full collections (weak maps let go on the second). */
    async heapAfterCollection() {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      const { usedSize } = await session.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}
