// The printed table and bench/results.json.
import { writeFile } from 'node:fs/promises';

const ms = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const times = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const range = (spread, digits = 1) =>
  `${ms(spread.median, digits)} (${ms(spread.min, digits)}–${ms(spread.max, digits)})`;

function table(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  return [`\n${title}`, line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export function formatReport(results) {
  const { figures, targets } = results;
  const parts = [];
  parts.push(
    `Salesflow benchmark — ${results.date} — ${results.machine.cores} cores, Node ${results.machine.node}, ` +
      `Chromium ${results.machine.chromium}${results.quick ? ' — QUICK (smoke test, one run: figures are not meaningful)' : ''}`,
  );
  parts.push('Times in ms: median (min–max) over runs. Ratios: app ÷ bare React Flow, same run, alternating.');

  if (figures.coldLoad) {
    const cold = figures.coldLoad;
    parts.push(
      table('Cold load', ['figure', 'value'], [
        ['initial JS, gzipped', `${cold.initialJsGzipKB.toFixed(1)} KB in ${cold.initialScripts.length} file(s)`],
        ['first node painted (ms)', range(cold.interactiveMs, 0)],
        ['DOMContentLoaded (ms)', range(cold.domContentLoadedMs, 0)],
      ]),
    );
  }

  if (figures.open) {
    const rows = Object.entries(figures.open).map(([size, f]) => [
      size,
      range(f.app.readValidateMs),
      range(f.app.renderedMs, 0),
      range(f.bare.renderedMs, 0),
      times(f.renderedMsRatio),
    ]);
    parts.push(
      table('Open a document', ['nodes', 'app read+validate', 'app painted', 'bare painted', 'painted ratio'], rows),
    );
  }

  const gestureRows = [];
  for (const [size, byZoom] of Object.entries(figures.pan ?? {})) {
    for (const [zoom, f] of Object.entries(byZoom)) {
      gestureRows.push([`pan ${size} @ ${zoom} (${f.zoom.toFixed(2)}, ${f.nodes.app.onScreen} on screen)`, f]);
    }
  }
  if (figures.drag) gestureRows.push([`drag 1 node in ${figures.drag.size} @ 100%`, figures.drag]);
  if (gestureRows.length > 0) {
    const rows = gestureRows.map(([label, f]) => [
      label,
      `${ms(f.app.mean)} / ${ms(f.app.median)} / ${ms(f.app.p95)}`,
      `${ms(f.bare.mean)} / ${ms(f.bare.median)} / ${ms(f.bare.p95)}`,
      times(f.meanRatio),
      times(f.p95Ratio),
      `${ms(f.app.busyMsPerS.median, 0)} / ${ms(f.bare.busyMsPerS.median, 0)}`,
      times(f.busyRatio),
      `${ms(f.app.busyMsPerFrame.median)} / ${ms(f.bare.busyMsPerFrame.median)}`,
      `${f.app.frames} / ${f.bare.frames}`,
    ]);
    parts.push(
      table(
        'Gestures (frame times pooled over all runs, ms)',
        ['gesture (zoom)', 'app mean/med/p95', 'bare mean/med/p95', 'mean×', 'p95×', 'busy ms/s app/bare', 'busy×', 'busy ms/frame', 'frames'],
        rows,
      ),
    );
  }

  const growthRows = Object.entries(results.growth)
    .filter(([, g]) => g.sizes.length >= 2)
    .map(([name, g]) => [name, g.sizes.join(', '), Number.isFinite(g.slope) ? g.slope.toFixed(2) : '–', g.growth]);
  if (growthRows.length > 0) parts.push(table('Growth with N (log-log slope)', ['figure', 'sizes', 'slope', 'growth'], growthRows));

  const targetRows = Object.values(targets).map((target) => [
    target.pass === null ? 'n/a' : target.pass ? 'PASS' : 'FAIL',
    target.label,
    target.value === null ? 'not measured' : target.unit === '×' ? times(target.value) : `${ms(target.value)} ${target.unit}`,
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
