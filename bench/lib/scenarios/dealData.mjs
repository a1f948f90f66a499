// Issue 19: an event log of deal data (100,000 rows, one per stage change) as CSV and as XLSX,
// imported into the standard sales process template through the real `Import deal data` dialog:
// the file chosen with Import until its shape is shown (read and parsed in the dialog's worker),
// `Next` until the stage mapping is shown, `Import` until the Actuals chips are painted. The
// three are timed in the page and summed, without the moments between them (a person's clicks,
// and Playwright's round trips, a few ms each). Long tasks (PerformanceObserver 'longtask') over
// the whole import. Then the Actuals banner's date filter changed back and forth: from the
// select's change until the re-measured figures are painted.
import { spread } from '../stats.mjs';
import { fileOnDisk } from '../fileOnDisk.mjs';
import { longTasksIn } from '../longTasks.mjs';
import { watchRendererPeak } from '../processMemory.mjs';

const CHOOSER = /^Choose a file to import/;
const FORMATS = [
  { format: 'csv', name: 'deals.csv' },
  { format: 'xlsx', name: 'deals.xlsx' },
];
const PERIODS = ['Last 90 days', 'All data'];
const now = (page) => page.evaluate(() => performance.now());

async function useStandardTemplate(page) {
  await page.getByRole('article', { name: 'Standard sales process', exact: true }).getByRole('button', { name: 'Use template' }).click();
  await page.locator('.react-flow__node').first().waitFor();
}

async function importOnce(page, file) {
  await page.evaluate(() => window.__bench.recordLongTasks());
  await page.getByLabel(CHOOSER).setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import deal data' });
  await dialog.getByRole('radio', { name: /^Event log/, checked: true }).waitFor({ timeout: 120_000 });
  const parsedAt = await now(page);
  const nextAt = await now(page);
  await dialog.getByRole('button', { name: 'Next' }).click();
  await dialog.getByText(/rows, .* deals, .* stage names in/).waitFor({ timeout: 120_000 });
  const mappedAt = await now(page);
  const importAt = await now(page);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 120_000 });
  await page.getByTestId('actual-rate-chip').first().waitFor({ timeout: 120_000 });
  const paintedAt = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0))));
  const { changeAt, tasks } = await page.evaluate(() => window.__bench.stopLongTasks());
  if (changeAt === null) throw new Error('the file chooser reported no change');
  const parseMs = parsedAt - changeAt;
  const mapMs = mappedAt - nextAt;
  const measureMs = paintedAt - importAt;
  return { parseMs, mapMs, measureMs, totalMs: parseMs + mapMs + measureMs, ...longTasksIn(tasks, { from: changeAt, to: paintedAt }) };
}

async function filterOnce(page, period) {
  await page.evaluate(() => {
    window.__bench.recordLongTasks();
    window.__bench.filterPainted = window.__bench.waitForChangePainted();
    window.__bench.filterPainted.catch(() => undefined);
  });
  await page.getByRole('region', { name: 'Actuals' }).getByRole('combobox', { name: 'Period' }).selectOption({ label: period });
  const { paintedAt } = await page.evaluate(() => window.__bench.filterPainted);
  const { changeAt, tasks } = await page.evaluate(() => window.__bench.stopLongTasks());
  return { ms: paintedAt - changeAt, ...longTasksIn(tasks, { from: changeAt, to: paintedAt }) };
}

/** The import is one undo step: undone, the chips go, so the next import's chips are its own. */
async function undoImport(page) {
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('region', { name: 'Actuals' }).waitFor({ state: 'detached' });
}

const spreadOf = (runs, field) => spread(runs.map((run) => run[field]));

/** `log`: { csv, xlsxBase64, rows, deals } from the generator page; `app`: an app page at the library. */
export async function measureDealData({ app, dealLog, runs, filterSamples, log }) {
  await useStandardTemplate(app.page);
  const figures = { rows: dealLog.rows, deals: dealLog.deals };
  const bytes = { csv: Buffer.from(dealLog.csv), xlsx: Buffer.from(dealLog.xlsxBase64, 'base64') };
  for (const [index, { format, name }] of FORMATS.entries()) {
    if (index > 0) await undoImport(app.page);
    const file = await fileOnDisk(name, bytes[format]);
    // The first import of a visit loads the dialog's chunk and starts its worker: reported alone.
    const first = await importOnce(app.page, file);
    const runsOf = [];
    for (let run = 0; run < runs; run += 1) {
      await undoImport(app.page);
      await app.metrics.collectGarbage();
      runsOf.push(await importOnce(app.page, file));
    }
    figures[format] = {
      fileKB: bytes[format].length / 1024,
      firstUseTotalMs: first.totalMs,
      totalMs: spreadOf(runsOf, 'totalMs'),
      parseMs: spreadOf(runsOf, 'parseMs'),
      mapMs: spreadOf(runsOf, 'mapMs'),
      measureMs: spreadOf(runsOf, 'measureMs'),
      longestTaskMs: spreadOf(runsOf, 'longestOtherTaskMs'),
      runs: runsOf,
    };
    const f = figures[format];
    log(
      `  ${format} ${dealLog.rows} rows (${f.fileKB.toFixed(0)} KB): ${f.totalMs.median.toFixed(0)} ms ` +
        `(parse ${f.parseMs.median.toFixed(0)} + map ${f.mapMs.median.toFixed(0)} + measure ${f.measureMs.median.toFixed(0)}), ` +
        `longest task ${f.longestTaskMs.max.toFixed(0)} ms`,
    );
  }
  const filters = [];
  for (let sample = 0; sample < filterSamples; sample += 1) filters.push(await filterOnce(app.page, PERIODS[sample % PERIODS.length]));
  figures.filter = { ms: spreadOf(filters, 'ms'), longestTaskMs: spreadOf(filters, 'longestOtherTaskMs'), samples: filters };
  log(`  date filter: ${figures.filter.ms.median.toFixed(0)} ms (max ${figures.filter.ms.max.toFixed(0)})`);
  return figures;
}

// The file door's caps (src/io/tables/readTable.ts), which the at-cap file must stay under.
const MAX_TABLE_BYTES = 64 * 1024 * 1024;

/**
 * Memory at the size cap: an event log just under both caps (rows and bytes) imported through the
 * dialog into the open template, twice, after the figures above. The tab's renderer process (page
 * and the dialog's worker together) is read at the start, at its peak during each import, and
 * once the import is kept and garbage collected; the page's own heap before and after. What
 * reading a file at the cap costs; that only the aggregates stay in the page; and, from the
 * second import's peak, whether what the process keeps after the first is reused or piles up.
 */
export async function measureDealDataAtCap({ browser, app, capLog, log }) {
  const bytes = Buffer.from(capLog.csv);
  if (bytes.length > MAX_TABLE_BYTES) throw new Error(`the at-cap file is ${bytes.length} bytes, over the cap`);
  const file = await fileOnDisk('deals-at-cap.csv', bytes);
  await undoImport(app.page);
  await app.metrics.collectGarbage();
  const heapBefore = (await app.metrics.read()).JSHeapUsedSize;
  const whole = await watchRendererPeak(browser);
  const imports = [];
  for (let time = 0; time < 2; time += 1) {
    if (time > 0) await undoImport(app.page);
    const peak = await watchRendererPeak(browser);
    const run = await importOnce(app.page, file);
    const { peakMB, peakGrowthMB } = await peak.stop();
    await app.metrics.collectGarbage();
    imports.push({ totalMs: run.totalMs, longestTaskMs: run.longestOtherTaskMs, peakMB, peakGrowthMB });
  }
  await app.page.waitForTimeout(2000);
  await app.metrics.collectGarbage();
  const end = await whole.stop();
  const heapAfter = (await app.metrics.read()).JSHeapUsedSize;
  const figures = {
    rows: capLog.rows,
    fileMB: bytes.length / 1024 / 1024,
    imports,
    rendererStartMB: end.startMB,
    rendererPeakMB: end.peakMB,
    peakGrowthMB: end.peakGrowthMB,
    keptGrowthMB: end.nowMB - end.startMB,
    pageHeapGrowthMB: (heapAfter - heapBefore) / 1024 / 1024,
  };
  const [first, second] = imports;
  log(
    `  at the cap, ${capLog.rows} rows (${figures.fileMB.toFixed(1)} MB): ${first.totalMs.toFixed(0)} ms; renderer ` +
      `${figures.rendererStartMB.toFixed(0)} MB → peak ${first.peakMB.toFixed(0)} MB, again ${second.peakMB.toFixed(0)} MB; ` +
      `+${figures.keptGrowthMB.toFixed(0)} MB resident at the end (page heap ${figures.pageHeapGrowthMB >= 0 ? '+' : ''}${figures.pageHeapGrowthMB.toFixed(1)} MB)`,
  );
  return figures;
}
