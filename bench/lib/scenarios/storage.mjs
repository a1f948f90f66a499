// Storage in the lab page (pages/lab/storage.ts), against raw Dexie on the same database:
// - saving an N-node document through the repository (one transaction over metadata and body)
//   against one raw put of the same envelope: wall time until committed, and main-thread time,
//   Chromium's TaskDuration over the call, since IndexedDB's structured clone runs on the main
//   thread while the write itself does not;
// - loading it back (read, validate, migrate) against a raw get;
// - listing a library of many documents, with proof that no body is read.
import { median, ratio, spread } from '../stats.mjs';

/** Wall time answered by the page, main-thread time from Chromium's counters around the call. */
async function timed(lab, fn, args) {
  await lab.metrics.collectGarbage();
  const before = await lab.metrics.read();
  const answer = await lab.page.evaluate(fn, args);
  const busy = lab.metrics.busyBetween(before, await lab.metrics.read());
  const wallMs = typeof answer === 'number' ? answer : answer.ms;
  return { wallMs, mainThreadMs: busy.taskMs, answer };
}

function pair(samples) {
  const wall = (side) => samples[side].map((sample) => sample.wallMs);
  const main = (side) => samples[side].map((sample) => sample.mainThreadMs);
  return {
    app: { wallMs: spread(wall('app')), mainThreadMs: spread(main('app')) },
    bare: { wallMs: spread(wall('bare')), mainThreadMs: spread(main('bare')) },
    wallMsRatio: ratio(median(wall('app')), median(wall('bare'))),
    mainThreadMsRatio: ratio(median(main('app')), median(main('bare'))),
  };
}

async function alternate(lab, runs, perRun, calls) {
  const samples = { app: [], bare: [] };
  for (let run = 0; run < runs; run += 1) {
    for (let repeat = 0; repeat < perRun; repeat += 1) {
      const order = (run + repeat) % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
      for (const side of order) samples[side].push(await timed(lab, calls[side], undefined));
    }
  }
  return samples;
}

/** `largeSaveSize`: a second, bigger document whose save is timed too (issue 22: 5,000 nodes). */
export async function measureStorage({ lab, saveSize, largeSaveSize = null, librarySize, runs, log }) {
  // Evaluated for the floor of the method: what one page.evaluate costs the main thread by itself.
  const empty = [];
  for (let i = 0; i < 5; i += 1) empty.push((await timed(lab, () => 0)).mainThreadMs);

  await lab.page.evaluate((n) => window.benchLab.storage.prepareSave(n), saveSize);
  // Compiles both paths once.
  await lab.page.evaluate(() => window.benchLab.storage.saveApp());
  await lab.page.evaluate(() => window.benchLab.storage.saveBare());
  const save = pair(
    await alternate(lab, runs, 2, {
      app: () => window.benchLab.storage.saveApp(),
      bare: () => window.benchLab.storage.saveBare(),
    }),
  );
  const thumbnails = [];
  for (let run = 0; run < runs; run += 1) thumbnails.push(await lab.page.evaluate(() => window.benchLab.storage.thumbnail()));
  const load = pair(
    await alternate(lab, runs, 1, {
      app: () => window.benchLab.storage.loadApp(),
      bare: () => window.benchLab.storage.loadBare(),
    }),
  );
  log(
    `  save ${saveSize}: main thread ${save.app.mainThreadMs.median.toFixed(1)} ms (raw put ${save.bare.mainThreadMs.median.toFixed(1)}), ` +
      `committed in ${save.app.wallMs.median.toFixed(0)} ms; load ${load.app.wallMs.median.toFixed(0)} ms (raw get ${load.bare.wallMs.median.toFixed(0)})`,
  );

  let saveLarge = null;
  if (largeSaveSize !== null) {
    await lab.page.evaluate((n) => window.benchLab.storage.prepareSave(n), largeSaveSize);
    await lab.page.evaluate(() => window.benchLab.storage.saveApp());
    saveLarge = pair(
      await alternate(lab, runs, 1, {
        app: () => window.benchLab.storage.saveApp(),
        bare: () => window.benchLab.storage.saveBare(),
      }),
    );
    log(`  save ${largeSaveSize}: main thread ${saveLarge.app.mainThreadMs.median.toFixed(1)} ms (raw put ${saveLarge.bare.mainThreadMs.median.toFixed(1)})`);
  }

  await lab.page.evaluate((n) => window.benchLab.storage.prepareLibrary(n), librarySize);
  await lab.page.evaluate(() => window.benchLab.storage.listApp());
  const listSamples = await alternate(lab, runs, 1, {
    app: () => window.benchLab.storage.listApp(),
    bare: () => window.benchLab.storage.listBare(),
  });
  const list = pair(listSamples);
  const bodyReadsWhileListing = listSamples.app.reduce((sum, sample) => sum + sample.answer.bodyReads, 0);
  const proof = await lab.page.evaluate(() => window.benchLab.storage.proveNoBodyRead());
  const listed = listSamples.app[0]?.answer.listed ?? 0;
  log(
    `  list ${librarySize}: ${list.app.wallMs.median.toFixed(1)} ms (raw meta read ${list.bare.wallMs.median.toFixed(1)}), ` +
      `${bodyReadsWhileListing + proof.bodyReadsWhileListing} body reads; same list without bodies: ${proof.sameListWithoutBodies}`,
  );
  if (listed !== librarySize) throw new Error(`the library listed ${listed} of ${librarySize} documents`);
  if (proof.bodyReadsSeenByOneLoad < 1) throw new Error('the body-read counter missed a load: it proves nothing');

  return {
    evaluateFloorMainThreadMs: median(empty),
    save: { nodes: saveSize, ...save, thumbnailMs: spread(thumbnails) },
    load: { nodes: saveSize, ...load },
    ...(saveLarge === null ? {} : { saveLarge: { nodes: largeSaveSize, ...saveLarge } }),
    list: {
      documents: librarySize,
      ...list,
      bodyReads: bodyReadsWhileListing + proof.bodyReadsWhileListing,
      bodyReadsSeenByOneLoad: proof.bodyReadsSeenByOneLoad,
      sameListWithoutBodies: proof.sameListWithoutBodies,
    },
  };
}
