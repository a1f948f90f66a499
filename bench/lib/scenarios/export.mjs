// Export in the lab page (pages/lab/export.ts): our PNG path against html-to-image on the same SVG
// host element (toBlob, the call our path makes, for the ratio; toPng, as the issue names it, for
// information), and our SVG renderer against html-to-image's toSvg of that same element,
// alternating, at the export dialog's defaults but 1x (lab/export.ts says why).
import { median, ratio, spread } from '../stats.mjs';

// A 500-node generated document is about 15,000 px square: one PNG call takes 10 to 15 s here, and
// html-to-image's toSvg of it (26 MB) as long. At that size the PNG pair runs twice, alternating,
// toSvg once (its size is the figure, and it is a hundred times ours), and toPng, which is only
// for information, not at all; so the whole run stays in budget.
const HEAVY_EXPORT_NODES = 500;
const HEAVY_PNG_RUNS = 2;
const WARM_UP_NODES = 12;

/**
 * `svgSizes`: documents whose SVG export alone is timed (issue 22: 5,000 nodes under 1 s), since
 * their PNG would take minutes. Reported under `svgOnly` by size.
 */
export async function measureExport({ lab, sizes, svgSizes = [], runs, log }) {
  const call = (name, size) => lab.page.evaluate(([n, s]) => window.benchLab.exporting[n](s), [name, size]);
  for (const size of [WARM_UP_NODES, ...sizes]) await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
  // Loads html-to-image and compiles every path once, on a small document.
  for (const name of ['pngApp', 'pngBare', 'pngBareToPng', 'svgApp', 'svgBare']) await call(name, WARM_UP_NODES);

  const figures = {};
  for (const size of sizes) {
    const samples = { pngApp: [], pngBare: [], pngBareToPng: [], svgApp: [], svgBare: [] };
    const heavy = size >= HEAVY_EXPORT_NODES;
    const pngRuns = heavy ? Math.min(runs, HEAVY_PNG_RUNS) : runs;
    const infoRuns = heavy ? 1 : runs;
    for (let run = 0; run < pngRuns; run += 1) {
      const even = run % 2 === 0;
      const calls = even ? ['pngApp', 'pngBare'] : ['pngBare', 'pngApp'];
      if (run < infoRuns) calls.push(...(heavy ? [] : ['pngBareToPng']), ...(even ? ['svgApp', 'svgBare'] : ['svgBare', 'svgApp']));
      for (const name of calls) {
        await lab.metrics.collectGarbage();
        samples[name].push(await call(name, size));
      }
    }
    const ms = (list) => list.map((sample) => sample.ms);
    const bytes = (list) => median(list.map((sample) => sample.bytes));
    const png = samples.pngApp.at(-1);
    figures[size] = {
      png: {
        width: png.width,
        height: png.height,
        app: { ms: spread(ms(samples.pngApp)), bytes: bytes(samples.pngApp) },
        bare: { ms: spread(ms(samples.pngBare)), bytes: bytes(samples.pngBare) },
        bareToPng: { ms: spread(ms(samples.pngBareToPng)), bytes: bytes(samples.pngBareToPng) },
        msRatio: ratio(median(ms(samples.pngApp)), median(ms(samples.pngBare))),
        msRatioByRun: spread(samples.pngApp.map((sample, i) => ratio(sample.ms, samples.pngBare[i].ms))),
        msRatioToPng: ratio(median(ms(samples.pngApp)), median(ms(samples.pngBareToPng))),
      },
      svg: {
        app: { ms: spread(ms(samples.svgApp)), bytes: bytes(samples.svgApp) },
        bare: { ms: spread(ms(samples.svgBare)), bytes: bytes(samples.svgBare) },
        msRatio: ratio(median(ms(samples.svgApp)), median(ms(samples.svgBare))),
        // Ours over toSvg's: at most 0.1 is ten times smaller.
        bytesRatio: ratio(bytes(samples.svgApp), bytes(samples.svgBare)),
      },
    };
    const f = figures[size];
    log(
      `  export ${size}: PNG ${f.png.width}×${f.png.height} ${f.png.app.ms.median.toFixed(0)} vs toBlob ${f.png.bare.ms.median.toFixed(0)} ms ` +
        `(×${f.png.msRatio.toFixed(2)}), toPng ${f.png.bareToPng.ms.runs > 0 ? `${f.png.bareToPng.ms.median.toFixed(0)} ms` : 'not run'}; SVG ${(f.svg.app.bytes / 1024).toFixed(0)} KB in ${f.svg.app.ms.median.toFixed(1)} ms ` +
        `vs toSvg ${(f.svg.bare.bytes / 1024).toFixed(0)} KB in ${f.svg.bare.ms.median.toFixed(0)} ms`,
    );
  }
  for (const size of svgSizes) {
    await lab.page.evaluate((n) => window.benchLab.prepare(n, true), size);
    await call('svgApp', size);
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      await lab.metrics.collectGarbage();
      samples.push(await call('svgApp', size));
    }
    figures.svgOnly ??= {};
    figures.svgOnly[size] = { ms: spread(samples.map((sample) => sample.ms)), bytes: median(samples.map((sample) => sample.bytes)) };
    log(`  export ${size}: SVG ${(figures.svgOnly[size].bytes / 1024).toFixed(0)} KB in ${figures.svgOnly[size].ms.median.toFixed(0)} ms`);
  }
  return figures;
}
