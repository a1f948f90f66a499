// The printed table and bench/results.json.
import { writeFile } from 'node:fs/promises';

const ms = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const kb = (bytes) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB` : '–');
const range = (spread, digits = 1) => {
  if (!Number.isFinite(spread.median)) return '–';
  if (spread.runs === 1 || spread.min === spread.max) return ms(spread.median, digits);
  return `${ms(spread.median, digits)} (${ms(spread.min, digits)}–${ms(spread.max, digits)})`;
};

function table(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  return [`\n${title}`, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function coldLoadTable(cold) {
  const rows = [
    ['start screen (library): initial JS, gzipped', `${cold.initialJsGzipKB.toFixed(1)} KB in ${cold.initialScripts.length} file(s)`],
    ['start screen: actions painted (ms)', range(cold.interactiveMs, 0)],
    ['start screen: DOMContentLoaded (ms)', range(cold.domContentLoadedMs, 0)],
    ...(cold.serviceWorker ? [['service worker registered, after load (ms)', ms(cold.serviceWorker.afterLoadMs, 0)]] : []),
  ];
  if (cold.documentUrl) {
    const doc = cold.documentUrl;
    rows.push(
      [`document URL (${doc.nodes} nodes): JS, gzipped`, `${doc.jsGzipKB.toFixed(1)} KB in ${doc.scripts.length} file(s)`],
      ['document URL: first node painted (ms)', range(doc.firstNodePaintedMs, 0)],
    );
  }
  return table('Cold load (fresh context, no cache)', ['figure', 'value'], rows);
}

function openTable(open) {
  const rows = Object.entries(open).map(([size, f]) => [
    size,
    range(f.app.readValidateMs),
    range(f.bare.parseMs),
    `${range(f.app.renderedMs, 0)} / ${range(f.bare.renderedMs, 0)}`,
    `${times(f.renderedMsRatio)} (${f.view?.zoom.toFixed(2) ?? '–'})`,
    times(f.busyMsRatio),
    f.fitted ? `${range(f.fitted.app.renderedMs, 0)} / ${range(f.fitted.bare.renderedMs, 0)}` : '–',
    f.fitted ? `${times(f.fitted.renderedMsRatio)} (${f.fitted.view.zoom.toFixed(3)})` : '–',
    f.fitted ? times(f.fitted.busyMsRatio) : '–',
  ]);
  return table(
    'Open a document until painted at the view it opens at (app: stored document opened by its URL; bare: JSON.parse + setNodes at that view)',
    ['nodes', 'read+validate+migrate', 'JSON.parse', 'opening view: app / bare', 'ratio (zoom)', 'CPU ratio', 'both fitted: app / bare', 'ratio (zoom)', 'CPU ratio'],
    rows,
  );
}

function gestureTable(figures) {
  const gestureRows = [];
  for (const [size, byZoom] of Object.entries(figures.pan ?? {})) {
    for (const [zoom, f] of Object.entries(byZoom)) {
      gestureRows.push([`pan ${size} @ ${zoom} (${f.zoom.toFixed(2)}, ${f.nodes.app.onScreen} on screen)`, f]);
    }
  }
  for (const [size, byZoom] of Object.entries(figures.drag ?? {})) {
    for (const [zoom, f] of Object.entries(byZoom)) gestureRows.push([`drag 1 node in ${size} @ ${zoom} (${f.zoom.toFixed(2)})`, f]);
  }
  if (gestureRows.length === 0) return null;
  const rows = gestureRows.map(([label, f]) => [
    label,
    `${ms(f.app.mean)} / ${ms(f.app.median)} / ${ms(f.app.p95)}`,
    `${ms(f.bare.mean)} / ${ms(f.bare.median)} / ${ms(f.bare.p95)}`,
    times(f.meanRatio),
    times(f.p95Ratio),
    `${ms(f.app.busyMsPerS.median, 0)} / ${ms(f.bare.busyMsPerS.median, 0)}`,
    times(f.busyRatio),
    `${ms(f.app.busyMsPerFrame.median)} / ${ms(f.bare.busyMsPerFrame.median)}`,
    times(f.busyPerFrameRatio),
    `${f.app.frames} / ${f.bare.frames}`,
  ]);
  return table(
    'Gestures (frame times pooled over all runs, ms; ratios app ÷ bare React Flow)',
    ['gesture (zoom)', 'app mean/med/p95', 'bare mean/med/p95', 'mean×', 'p95×', 'busy ms/s app/bare', 'busy×', 'busy ms/frame app/bare', 'busy/frame×', 'frames'],
    rows,
  );
}

function layoutTable(layout) {
  const rows = Object.entries(layout).map(([key, f]) => [
    key,
    range(f.app.ms, 0),
    range(f.bare.ms, 0),
    times(f.overheadRatio),
    `${ms(f.overheadRatioByRun.min, 2)}–${ms(f.overheadRatioByRun.max, 2)}`,
    `${ms(f.app.mainThreadBeforeElkMs.median)} + ${ms(f.app.mainThreadAfterElkMs.median)}`,
  ]);
  return table(
    'Auto layout: our pipeline against bare elkjs on the same graph (both in a Web Worker of the lab page)',
    ['nodes', 'pipeline ms', 'bare elkjs ms', 'overhead×', 'by run', 'main thread before + after ELK, ms'],
    rows,
  );
}

function appLayoutTable(appLayout) {
  const rows = Object.entries(appLayout).map(([label, f]) => {
    const over = f.runs.reduce((sum, run) => sum + run.otherTasksOver50, 0);
    return [
      label,
      range(f.resultMs, 0),
      ms(f.firstUseResultMs, 0),
      range(f.paintedMs, 0),
      f.commitTaskReportedRuns === 0 ? '< 50' : range(f.commitTaskMs, 0),
      range(f.commitFrameMs, 0),
      `${ms(f.longestOtherTaskMs.max, 0)} (${over} over 50 ms in ${f.runs.length} runs)`,
    ];
  });
  return table(
    'Auto layout in the app (toolbar button on an open document; ms from the press; tasks from PerformanceObserver)',
    ['document', 'result on screen', 'first use', 'painted', 'commit task', 'commit frame', 'longest other task while it ran'],
    rows,
  );
}

function exportTable(exported) {
  const { svgOnly = {}, ...both } = exported;
  const rows = Object.entries(both).map(([size, f]) => [
    size,
    `${f.png.width}×${f.png.height}`,
    `${range(f.png.app.ms, 0)} / ${kb(f.png.app.bytes)}`,
    range(f.png.bare.ms, 0),
    times(f.png.msRatio),
    range(f.png.bareToPng.ms, 0),
    `${range(f.svg.app.ms)} / ${kb(f.svg.app.bytes)}`,
    `${range(f.svg.bare.ms, 0)} / ${kb(f.svg.bare.bytes)}`,
    `${times(f.svg.msRatio)} / ${times(f.svg.bytesRatio)}`,
  ]);
  for (const [size, f] of Object.entries(svgOnly)) rows.push([size, '–', '–', '–', '–', '–', `${range(f.ms, 0)} / ${kb(f.bytes)}`, '–', '–']);
  return table(
    'Export (1x, white; html-to-image on the same SVG host element; ms / size)',
    ['nodes', 'PNG px', 'our PNG', 'toBlob', 'PNG×', 'toPng', 'our SVG', 'toSvg', 'SVG time× / size×'],
    rows,
  );
}

function storageTable(storage) {
  const { save, load, list } = storage;
  const pairRow = (label, f, field) => [label, range(f.app[field]), range(f.bare[field]), times(f[`${field}Ratio`])];
  return table(
    `Storage (IndexedDB through Dexie; ms; a page.evaluate alone costs ${ms(storage.evaluateFloorMainThreadMs)} ms of main thread)`,
    ['figure', 'app', 'raw Dexie', 'ratio'],
    [
      pairRow(`save ${save.nodes} nodes: main thread`, save, 'mainThreadMs'),
      pairRow(`save ${save.nodes} nodes: until committed`, save, 'wallMs'),
      [`  + thumbnail (every 10 s and on leaving)`, range(save.thumbnailMs), '', ''],
      ...(storage.saveLarge ? [pairRow(`save ${storage.saveLarge.nodes} nodes: main thread`, storage.saveLarge, 'mainThreadMs')] : []),
      pairRow(`load ${load.nodes} nodes (read + validate)`, load, 'wallMs'),
      pairRow(`list ${list.documents} documents`, list, 'wallMs'),
      [
        `  bodies read while listing`,
        `${list.bodyReads} (a load: ${list.bodyReadsSeenByOneLoad})`,
        '',
        list.sameListWithoutBodies ? 'same list with every body deleted' : 'LIST CHANGED without bodies',
      ],
    ],
  );
}

function memoryTable(memory) {
  const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
  const share = (value) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;
  return table(
    'Memory (the page\'s JavaScript heap after forced collections)',
    ['figure', 'before', 'after', 'growth'],
    [
      [`${memory.edits.edits} edits of ${memory.edits.nodes} nodes (before: history full)`, mb(memory.edits.historyFullBytes), mb(memory.edits.afterBytes), share(memory.edits.growth)],
      [`${memory.documents.opens} documents opened and closed`, mb(memory.documents.beforeBytes), mb(memory.documents.afterBytes), share(memory.documents.growth)],
    ],
  );
}

function analyticsTable(analytics) {
  const rows = Object.entries(analytics).map(([size, f]) => [
    size,
    `${ms(f.recomputeMs.median, 2)} (${ms(f.recomputeMs.min, 2)}–${ms(f.recomputeMs.max, 2)})`,
    ms(f.recomputeMs.p95, 2),
    f.edits,
    ms(f.unchangedFiguresMs.median, 2),
  ]);
  return table(
    'Analytics: every figure after one edit (a conversion rate), through analysisOf',
    ['nodes', 'recompute ms', 'p95', 'edits', 'edit that changes no figure, ms'],
    rows,
  );
}

function operationsTable(operations) {
  const f = operations.fieldEditMs;
  return table(
    'Operations: one field edit through the editor store (operation, history, autosave scheduling)',
    ['nodes', 'median ms', 'p95 ms', 'max ms', 'edits'],
    [[operations.size, ms(f.median, 3), ms(f.p95, 3), ms(f.max, 3), operations.edits]],
  );
}

function routingTable(routing) {
  const f = routing.dropMs;
  return table(
    `Routing: the update after a node is dropped across ${routing.blockedEdges} edges (they route around it)`,
    ['nodes', 'median ms', 'p95 ms', 'max ms', 'drops', 'every route from scratch, ms'],
    [[routing.size, ms(f.median, 3), ms(f.p95, 3), ms(f.max, 3), routing.drops, ms(routing.routeAllMs.median, 1)]],
  );
}

function importTable(imported) {
  const rows = ['drawio', 'mermaid']
    .filter((format) => imported[format])
    .map((format) => {
      const f = imported[format];
      const over = f.runs.reduce((sum, run) => sum + run.otherTasksOver50, 0);
      const committed = f.runs.some((run) => run.commitTaskMs !== null);
      return [
        `${format} ${imported.size} nodes (${ms(f.fileKB, 0)} KB)`,
        range(f.paintedMs, 0),
        ms(f.firstUsePaintedMs, 0),
        committed ? range(f.commitTaskMs, 0) : '< 50',
        `${ms(f.longestOtherTaskMs.max, 0)} (${over} over 50 ms in ${f.runs.length} runs)`,
      ];
    });
  return table(
    'Import from the library (file chooser to document painted, ms; tasks from PerformanceObserver)',
    ['file', 'painted', 'first use', 'commit task', 'longest other task'],
    rows,
  );
}

function handoutTable(handout) {
  const rows = ['pdf', 'pptx']
    .filter((format) => handout[format])
    .map((format) => {
      const f = handout[format];
      const over = f.runs.reduce((sum, run) => sum + run.otherTasksOver50, 0);
      return [format, range(f.ms, 0), ms(f.firstUseMs, 0), kb(f.bytes), `${ms(f.longestTaskMs.max, 0)} (${over} over 50 ms in ${f.runs.length} runs)`];
    });
  return table(
    `Handout and deck of ${handout.steps} walkthrough steps (${handout.nodes} nodes; Export dialog, Download to file, ms)`,
    ['file', 'time', 'first use', 'size', 'longest main-thread task'],
    rows,
  );
}

function walkthroughTable(walkthrough) {
  const { frames } = walkthrough;
  return table(
    `Walkthrough of ${walkthrough.nodes} nodes (F5, then ${walkthrough.steps} steps with the arrow key, × ${walkthrough.runs}; frame times, glides included, ms)`,
    ['frames', 'mean', 'median', 'p95'],
    [[String(frames.frames), ms(frames.mean), ms(frames.median), ms(frames.p95)]],
  );
}

function dealDataTable(deals) {
  const rows = ['csv', 'xlsx']
    .filter((format) => deals[format])
    .map((format) => {
      const f = deals[format];
      const over = f.runs.reduce((sum, run) => sum + run.otherTasksOver50, 0);
      return [
        `${format} (${ms(f.fileKB, 0)} KB)`,
        range(f.totalMs, 0),
        `${ms(f.parseMs.median, 0)} + ${ms(f.mapMs.median, 0)} + ${ms(f.measureMs.median, 0)}`,
        ms(f.firstUseTotalMs, 0),
        `${ms(f.longestTaskMs.max, 0)} (${over} over 50 ms in ${f.runs.length} runs)`,
      ];
    });
  if (deals.filter) {
    rows.push(['date filter changed', range(deals.filter.ms, 0), '', '', `${ms(deals.filter.longestTaskMs.max, 0)}`]);
  }
  return table(
    `Deal data: ${deals.rows} event rows (${deals.deals} deals) through Import deal data, ms`,
    ['file', 'total', 'parse + map + measure', 'first use', 'longest main-thread task'],
    rows,
  );
}

function teamTable(team) {
  const { editToPaint: edit, openShared: open, memory } = team;
  const rows = [
    [`edit to paint, ${edit.nodes} nodes, ${edit.people} simulated + ${edit.browsers} browsers: median / p95 / max (ms)`, `${ms(edit.latencyMs.median, 0)} / ${ms(edit.latencyMs.p95, 0)} / ${ms(edit.latencyMs.max, 0)}`],
    [`open ${open.nodes} nodes from its link (ms)`, range(open.shared, 0)],
    [`open ${open.nodes} nodes from the library (ms)`, range(open.local, 0)],
    ['open: link over library', times(open.ratio)],
    [`server memory, ${memory.documents} documents of ${memory.nodes} nodes × ${memory.peoplePerDocument} people: resident / peak (MB)`, `${ms(memory.residentMB, 0)} / ${ms(memory.peakResidentMB, 0)}`],
  ];
  return table('Team server on loopback (fresh server per figure)', ['figure', 'value'], rows);
}

export function formatReport(results) {
  const { figures, targets } = results;
  const parts = [];
  parts.push(
    `Salesflow benchmark — ${results.date} — ${results.machine.cores} cores, Node ${results.machine.node}, ` +
      `Chromium ${results.machine.chromium}` +
      (results.commit ? ` — commit ${results.commit.slice(0, 10)}${results.uncommittedChanges ? ' with uncommitted changes' : ''}` : '') +
      (results.quick ? ' — QUICK (smoke test, one run: figures are not meaningful)' : ''),
  );
  parts.push('Times in ms: median (min–max) over runs. Ratios: ours ÷ baseline, same run, alternating.');

  if (figures.coldLoad) parts.push(coldLoadTable(figures.coldLoad));
  if (figures.open) parts.push(openTable(figures.open));
  const gestures = gestureTable(figures);
  if (gestures) parts.push(gestures);
  if (figures.layout) parts.push(layoutTable(figures.layout));
  if (figures.appLayout) parts.push(appLayoutTable(figures.appLayout));
  if (figures.export) parts.push(exportTable(figures.export));
  if (figures.memory) parts.push(memoryTable(figures.memory));
  if (figures.storage) parts.push(storageTable(figures.storage));
  if (figures.analytics) parts.push(analyticsTable(figures.analytics));
  if (figures.operations) parts.push(operationsTable(figures.operations));
  if (figures.routing) parts.push(routingTable(figures.routing));
  if (figures.import) parts.push(importTable(figures.import));
  if (figures.handout) parts.push(handoutTable(figures.handout));
  if (figures.dealData) parts.push(dealDataTable(figures.dealData));
  if (figures.walkthrough) parts.push(walkthroughTable(figures.walkthrough));
  if (figures.team) parts.push(teamTable(figures.team));

  const growthRows = Object.entries(results.growth)
    .filter(([, g]) => g.sizes.length >= 2)
    .map(([name, g]) => [name, g.sizes.join(', '), Number.isFinite(g.slope) ? g.slope.toFixed(2) : '–', g.growth]);
  if (growthRows.length > 0) parts.push(table('Growth with N (log-log slope)', ['figure', 'sizes', 'slope', 'growth'], growthRows));

  const targetRows = Object.values(targets).map((target) => [
    target.pass === null ? 'n/a' : target.pass ? 'PASS' : 'FAIL',
    target.label,
    target.value === null
      ? 'not measured'
      : target.unit === '×'
        ? times(target.value)
        : `${ms(target.value, { ms: 1, MB: 2, share: 3 }[target.unit] ?? 0)} ${target.unit}`,
    target.rule,
  ]);
  parts.push(table('Targets', ['', 'target', 'value', 'rule'], targetRows));

  if (results.errors.length > 0) {
    parts.push(`\nErrors:\n${results.errors.map((error) => `  ${error.scenario}: ${error.message}`).join('\n')}`);
  }
  return parts.join('\n');
}

export async function writeResults(path, results) {
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
