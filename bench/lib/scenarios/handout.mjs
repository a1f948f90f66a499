// Issue 21: the PDF handout and the PowerPoint deck of a document with 50 walkthrough steps, made
// through the Export dialog as a person does, timed from the press of Download until the browser
// hands over the file; its size read from the download. Long tasks (PerformanceObserver
// 'longtask') over the same window: the handout is built in a worker, so none should be over 50 ms.
import { stat } from 'node:fs/promises';
import { longTasksIn } from '../longTasks.mjs';
import { spread } from '../stats.mjs';

export const DECKS = [
  { format: 'pdf', radio: 'PDF handout', extension: '.pdf' },
  { format: 'pptx', radio: 'PowerPoint (.pptx)', extension: '.pptx' },
];

async function exportOnce(page, { radio, extension }) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: radio }).check();
  await page.evaluate(() => window.__bench.recordLongTasks());
  const from = await page.evaluate(() => performance.now());
  const began = performance.now();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  const ms = performance.now() - began;
  const to = await page.evaluate(() => performance.now());
  const { tasks } = await page.evaluate(() => window.__bench.stopLongTasks());
  if (!file.suggestedFilename().endsWith(extension)) throw new Error(`expected a ${extension} file, got ${file.suggestedFilename()}`);
  const bytes = (await stat(await file.path())).size;
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  return { ms, bytes, ...longTasksIn(tasks, { from, to }) };
}

const spreadOf = (runs, field) => spread(runs.map((run) => run[field]));

/** `document`: { text, nodes, steps } from generateWithSteps; `app`: an app page. */
export async function measureHandout({ app, document, runs, log }) {
  const error = await app.page.evaluate(async (t) => window.salesflowTest.openDocumentFile(t), document.text);
  if (error !== null) throw new Error(`the app refused the document: ${error}`);
  await app.page.locator('.react-flow__node').first().waitFor();
  const figures = { steps: document.steps, nodes: document.nodes };
  for (const deck of DECKS) {
    // The first export of a visit loads the exporter's chunk (and the handout's font): alone.
    const first = await exportOnce(app.page, deck);
    const runsOf = [];
    for (let run = 0; run < runs; run += 1) {
      await app.metrics.collectGarbage();
      runsOf.push(await exportOnce(app.page, deck));
    }
    figures[deck.format] = {
      firstUseMs: first.ms,
      ms: spreadOf(runsOf, 'ms'),
      bytes: runsOf.at(-1).bytes,
      longestTaskMs: spreadOf(runsOf, 'longestOtherTaskMs'),
      runs: runsOf,
    };
    const f = figures[deck.format];
    log(
      `  ${deck.format} of ${document.steps} steps: ${f.ms.median.toFixed(0)} ms (first use ${first.ms.toFixed(0)}), ` +
        `${(f.bytes / 1024).toFixed(0)} KB, longest task ${f.longestTaskMs.max.toFixed(0)} ms`,
    );
  }
  return figures;
}
