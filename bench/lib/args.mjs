// Command-line flags of bench/run.mjs.
import { ZOOMS } from './viewport.mjs';

export const FULL_SIZES = [100, 500, 1000, 2000, 5000];
// Panning and dragging are measured at these sizes only (the issues' targets); the open figure
// at every size.
const GESTURE_SIZES = [1000, 2000, 5000];
const DRAG_SIZES = [1000, 5000];
const FULL_RUNS = 5;
// The sizes the issues name for the lab's figures (auto layout: issue 6, export: 7, storage: 4,
// analytics: 8). They do not follow --sizes: each is generated in the lab page itself.
const LAYOUT_SIZES = [200, 1000];
const APP_LAYOUT_SIZE = 1000;
const EXPORT_SIZES = [100, 500];
// The SVG export alone at the node cap (issue 22).
const SVG_EXPORT_SIZES = [5000];
const SAVE_SIZE = 1000;
// Saving at the node cap (issue 22); not in the smoke test.
const LARGE_SAVE_SIZE = 5000;
const LIBRARY_SIZE = 500;
const ANALYTICS_SIZES = [200, 1000];
const ANALYTICS_SAMPLES = 20;
// The smoke test still runs every path once, on small inputs.
const QUICK_LIBRARY_SIZE = 20;
const QUICK_ANALYTICS_SAMPLES = 3;
// One field edit of a document this size (issue "Operations").
const OPERATIONS_SIZE = 1000;
const OPERATIONS_SAMPLES = 50;
const QUICK_OPERATIONS_SAMPLES = 5;
// A node dropped across ten edges of a document this size (issue 16).
const ROUTING_SIZE = 1000;
const ROUTING_SAMPLES = 20;
const QUICK_ROUTING_SAMPLES = 3;

// A draw.io file and a Mermaid text of this size imported from the library (issue 20).
const IMPORT_SIZE = 1000;
// The PDF handout and the PowerPoint deck of a document with this many walkthrough steps (issue 21).
const HANDOUT_STEPS = 50;
const QUICK_HANDOUT_STEPS = 5;
// An event log of deal data this long, as CSV and XLSX, and date filter changes (issue 19).
const DEAL_ROWS = 100_000;
const QUICK_DEAL_ROWS = 2_000;
// Just under both caps of a deal file (src/io/tables/readTable.ts): 1,000,000 rows and 64 MB, with
// two extra columns of a CRM export. Not in a quick run: generating and reading it takes a minute.
const DEAL_CAP_ROWS = 990_000;
const FILTER_SAMPLES = 10;
const QUICK_FILTER_SAMPLES = 2;
// The walkthrough of a document this size, stepped through this many times a run (issue 21).
const WALKTHROUGH_SIZE = 1000;
const WALKTHROUGH_STEPS = 12;
const QUICK_WALKTHROUGH_STEPS = 2;
// Issue 23, with the team server on loopback: edit to paint between two browsers among this many
// simulated people on a document of this size; opening a shared document of this size; the
// server's memory with this many documents of this size open, with this many people on each.
const TEAM = { editSize: 500, people: 18, samples: 40, openSize: 1000, memorySize: 100, memoryDocuments: 200, memoryPeople: 5 };
const QUICK_TEAM = { people: 3, samples: 4, memoryDocuments: 10, memoryPeople: 2 };

// Memory (issue 22): this many scripted edits of the largest document, and documents opened and closed.
const MEMORY_EDITS = 3000;
const QUICK_MEMORY_EDITS = 200;
const MEMORY_OPENS = 20;
const QUICK_MEMORY_OPENS = 2;

export const FIGURES = ['coldLoad', 'open', 'pan', 'drag', 'appLayout', 'layout', 'export', 'storage', 'analytics', 'operations', 'routing', 'import', 'handout', 'dealData', 'walkthrough', 'team', 'memory'];

const USAGE = `Usage: node bench/run.mjs [--quick] [--sizes=100,500,1000,2000,5000] [--runs=5] [--only=pan,drag] [--zooms=fit,100%] [--out=path] [--no-build]
  --quick      smoke test: smallest size only, one run, short gestures, every figure's path once on
               small inputs; writes bench/dist/results-quick.json
  --sizes=     node counts to open; pan uses those of 1,000, 2,000 and 5,000 present, drag those of
               1,000 and 5,000 (else the largest)
  --runs=      runs per figure (default 5)
  --only=      these figures only (${FIGURES.join(', ')}); for a quick look while
               working on one: its results go to bench/dist/results-only.json unless --out is given
  --zooms=     pan and drag at these zooms only (fit, 100%); like --only, writes results-only.json
  --out=       where to write the results (default bench/results.json)
  --no-build   reuse bench/dist from the previous run`;

export function parseArgs(argv) {
  const options = { quick: false, sizes: FULL_SIZES, runs: FULL_RUNS, out: null, build: true, only: null, zooms: ZOOMS };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--quick') options.quick = true;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--sizes' && value) options.sizes = value.split(',').map(Number);
    else if (flag === '--runs' && value) options.runs = Number(value);
    else if (flag === '--out' && value) options.out = value;
    else if (flag === '--only' && value) options.only = value.split(',');
    else if (flag === '--zooms' && value) options.zooms = value.split(',');
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown argument ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (options.sizes.some((size) => !Number.isInteger(size) || size < 2) || options.sizes.length === 0) {
    console.error(`--sizes takes whole numbers of at least 2\n${USAGE}`);
    process.exit(2);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1) {
    console.error(`--runs takes a whole number of at least 1\n${USAGE}`);
    process.exit(2);
  }
  const unknown = (options.only ?? []).filter((name) => !FIGURES.includes(name));
  if (unknown.length > 0) {
    console.error(`--only takes ${FIGURES.join(', ')}; not ${unknown.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  if (options.zooms.some((zoom) => !ZOOMS.includes(zoom))) {
    console.error(`--zooms takes ${ZOOMS.join(', ')}\n${USAGE}`);
    process.exit(2);
  }
  options.partial = options.only !== null || options.zooms.length < ZOOMS.length;
  options.wants = (name) => options.only === null || options.only.includes(name);
  if (options.quick) {
    options.sizes = [Math.min(...options.sizes)];
    options.runs = 1;
  }
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  const largest = options.sizes.at(-1);
  const gestureSizes = options.sizes.filter((size) => GESTURE_SIZES.includes(size));
  options.panSizes = gestureSizes.length > 0 ? gestureSizes : [largest];
  const dragSizes = options.sizes.filter((size) => DRAG_SIZES.includes(size));
  options.dragSizes = dragSizes.length > 0 ? dragSizes : [largest];
  const smallest = options.sizes[0];
  options.layoutSizes = options.quick ? [smallest] : LAYOUT_SIZES;
  // Through the app: a document the app has stored; with and without lanes (the two paths of
  // applyElkResult), except in the smoke test.
  options.appLayout = options.quick
    ? { size: smallest, lanes: [true] }
    : { size: options.sizes.includes(APP_LAYOUT_SIZE) ? APP_LAYOUT_SIZE : largest, lanes: [true, false] };
  options.appLayoutRuns = Math.min(options.runs, 3);
  options.exportSizes = options.quick ? [smallest] : EXPORT_SIZES;
  options.svgExportSizes = options.quick ? [smallest] : SVG_EXPORT_SIZES;
  options.saveSize = options.quick ? smallest : SAVE_SIZE;
  options.largeSaveSize = options.quick ? null : LARGE_SAVE_SIZE;
  options.librarySize = options.quick ? QUICK_LIBRARY_SIZE : LIBRARY_SIZE;
  options.analyticsSizes = options.quick ? [smallest] : ANALYTICS_SIZES;
  options.analyticsSamples = options.quick ? QUICK_ANALYTICS_SAMPLES : ANALYTICS_SAMPLES;
  options.operationsSize = options.quick ? smallest : OPERATIONS_SIZE;
  options.operationsSamples = options.quick ? QUICK_OPERATIONS_SAMPLES : OPERATIONS_SAMPLES;
  options.routingSize = options.quick ? smallest : ROUTING_SIZE;
  options.routingSamples = options.quick ? QUICK_ROUTING_SAMPLES : ROUTING_SAMPLES;
  options.importSize = options.quick ? smallest : IMPORT_SIZE;
  options.importRuns = Math.min(options.runs, 3);
  options.handoutSteps = options.quick ? QUICK_HANDOUT_STEPS : HANDOUT_STEPS;
  options.handoutRuns = Math.min(options.runs, 3);
  options.dealRows = options.quick ? QUICK_DEAL_ROWS : DEAL_ROWS;
  options.dealRuns = Math.min(options.runs, 3);
  options.dealCapRows = options.quick ? null : DEAL_CAP_ROWS;
  options.filterSamples = options.quick ? QUICK_FILTER_SAMPLES : FILTER_SAMPLES;
  options.walkthroughSize = options.quick ? smallest : WALKTHROUGH_SIZE;
  options.walkthroughSteps = options.quick ? QUICK_WALKTHROUGH_STEPS : WALKTHROUGH_STEPS;
  options.walkthroughRuns = Math.min(options.runs, 3);
  // The team figures' sizes, else the nearest generated.
  const nearest = (size) => options.sizes.reduce((best, each) => (Math.abs(each - size) < Math.abs(best - size) ? each : best));
  options.team = {
    ...TEAM,
    editSize: nearest(TEAM.editSize),
    openSize: nearest(TEAM.openSize),
    memorySize: nearest(TEAM.memorySize),
    ...(options.quick ? QUICK_TEAM : {}),
  };
  options.memory = {
    editSize: largest,
    edits: options.quick ? QUICK_MEMORY_EDITS : MEMORY_EDITS,
    opens: options.quick ? QUICK_MEMORY_OPENS : MEMORY_OPENS,
  };
  return options;
}
