// Resident memory of Chromium's renderer processes, read from Linux's /proc: a page and its
// dedicated workers share one renderer process, so its peak resident set is what a tab costs the
// machine while a worker parses a file, which neither performance.memory (the page's heap only)
// nor the heap profiler (one isolate at a time) can tell.
import { readFile, writeFile } from 'node:fs/promises';

const MB = 1024;

/** The renderer processes' ids, from the browser's own list. */
export async function rendererPids(browser) {
  const session = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = await session.send('SystemInfo.getProcessInfo');
    return processInfo.filter((process) => process.type === 'renderer').map((process) => process.id);
  } finally {
    await session.detach();
  }
}

async function statusOf(pid) {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  const kB = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { rssMB: kB('VmRSS') / MB, peakMB: kB('VmHWM') / MB };
}

/**
 * Starts watching the renderers' peaks: each one's peak is reset to its current resident set
 * (`clear_refs` 5). `stop()` answers, for the renderer that grew most, its resident set at the start,
 * its peak since, and its resident set now.
 */
export async function watchRendererPeak(browser) {
  const pids = await rendererPids(browser);
  const start = new Map();
  for (const pid of pids) {
    await writeFile(`/proc/${pid}/clear_refs`, '5');
    start.set(pid, (await statusOf(pid)).rssMB);
  }
  return {
    async stop() {
      let grown = null;
      for (const pid of pids) {
        const now = await statusOf(pid).catch(() => null);
        if (now === null) continue;
        const growth = now.peakMB - start.get(pid);
        if (grown === null || growth > grown.peakGrowthMB) grown = { startMB: start.get(pid), peakMB: now.peakMB, nowMB: now.rssMB, peakGrowthMB: growth };
      }
      if (grown === null) throw new Error('no renderer process left to read');
      return grown;
    },
  };
}
