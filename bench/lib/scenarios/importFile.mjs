// Issue 20: a draw.io file and a Mermaid text of the generated document (our own exporters)
// imported from the library through the real file chooser, as a person does, until the new
// document is painted in the editor. Mermaid has no positions, so its import includes our auto
// layout; draw.io keeps the file's. Long tasks (PerformanceObserver 'longtask') from the choice
// until the paint; the task that commits the diagram is reported apart from the others.
import { fileOnDisk } from '../fileOnDisk.mjs';
import { longTasksIn } from '../longTasks.mjs';
import { spread } from '../stats.mjs';

export const IMPORT_FORMATS = [
  { format: 'drawio', name: 'bench.drawio' },
  { format: 'mermaid', name: 'bench.mmd' },
];

const CHOOSER = /^Choose a file to import/;
// Leaving the imported document flushes its autosave and draws its thumbnail: let that pass.
const SETTLE_MS = 1500;

async function importOnce(page, file) {
  const back = page.getByRole('button', { name: 'Back to library' });
  if ((await back.count()) > 0) await back.click();
  const chooser = page.getByLabel(CHOOSER);
  await chooser.waitFor({ state: 'attached' });
  await page.waitForTimeout(SETTLE_MS);
  await page.evaluate(() => {
    window.__bench.recordLongTasks();
    window.__bench.importPainted = window.__bench.waitForNewDiagram();
    window.__bench.importPainted.catch(() => undefined);
  });
  await chooser.setInputFiles(file);
  // An import the app refuses or asks about shows an alert or a dialog instead: say which.
  const refused = page
    .locator('[role="alert"], [role="dialog"]')
    .first()
    .waitFor({ timeout: 120_000 })
    .then(async () => {
      throw new Error(`the import showed: ${await page.locator('[role="alert"], [role="dialog"]').first().innerText()}`);
    });
  refused.catch(() => undefined);
  const { committedAt, paintedAt } = await Promise.race([page.evaluate(() => window.__bench.importPainted), refused]);
  const { changeAt, tasks } = await page.evaluate(() => window.__bench.stopLongTasks());
  if (changeAt === null) throw new Error('the file chooser reported no change');
  const nodes = await page.locator('.react-flow__node').count();
  return { paintedMs: paintedAt - changeAt, committedMs: committedAt - changeAt, nodesOnScreen: nodes, ...longTasksIn(tasks, { from: changeAt, to: paintedAt, commitAt: committedAt }) };
}

const spreadOf = (runs, field) => spread(runs.map((run) => run[field]).filter((value) => typeof value === 'number'));

/** `texts`: { drawio, mermaid } file texts of one `size`-node document; `app`: the app page at the library. */
export async function measureImport({ app, texts, size, runs, log }) {
  const figures = { size };
  for (const { format, name } of IMPORT_FORMATS) {
    const bytes = Buffer.from(texts[format]);
    const file = await fileOnDisk(name, bytes);
    // The first import of a visit loads the reader's worker (and for Mermaid ELK): reported alone.
    const first = await importOnce(app.page, file);
    const runsOf = [];
    for (let run = 0; run < runs; run += 1) {
      await app.metrics.collectGarbage();
      runsOf.push(await importOnce(app.page, file));
    }
    const f = {
      fileKB: bytes.length / 1024,
      firstUsePaintedMs: first.paintedMs,
      paintedMs: spreadOf(runsOf, 'paintedMs'),
      commitTaskMs: spreadOf(runsOf, 'commitTaskMs'),
      longestOtherTaskMs: spreadOf(runsOf, 'longestOtherTaskMs'),
      runs: runsOf,
    };
    figures[format] = f;
    log(
      `  import ${format} ${size}: painted ${f.paintedMs.median.toFixed(0)} ms (first use ${f.firstUsePaintedMs.toFixed(0)}), ` +
        `longest other task ${f.longestOtherTaskMs.max.toFixed(0)} ms, ${runsOf[0]?.nodesOnScreen ?? first.nodesOnScreen} nodes on screen`,
    );
  }
  return figures;
}
