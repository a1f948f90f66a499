// Command-line flags of bench/run.mjs.

export const FULL_SIZES = [100, 500, 1000, 2000];
// Panning and dragging are measured at these sizes only (the targets); the open figure
// at every size.
const GESTURE_SIZES = [1000, 2000];
const DRAG_SIZE = 1000;
const FULL_RUNS = 5;

const USAGE = `Usage: node bench/run.mjs [--quick] [--sizes=100,500,1000,2000] [--runs=5] [--out=path] [--no-build]
  --quick      smoke test: smallest size only, one run, short gestures; writes bench/dist/results-quick.json
  --sizes=     node counts to open; pan and drag use those of 1,000 and 2,000 present (else the largest)
  --runs=      runs per figure (default 5)
  --out=       where to write the results (default bench/results.json)
  --no-build   reuse bench/dist from the previous run`;

export function parseArgs(argv) {
  const options = { quick: false, sizes: FULL_SIZES, runs: FULL_RUNS, out: null, build: true };
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2);
    if (flag === '--quick') options.quick = true;
    else if (flag === '--no-build') options.build = false;
    else if (flag === '--sizes' && value) options.sizes = value.split(',').map(Number);
    else if (flag === '--runs' && value) options.runs = Number(value);
    else if (flag === '--out' && value) options.out = value;
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
  if (options.quick) {
    options.sizes = [Math.min(...options.sizes)];
    options.runs = 1;
  }
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  const largest = options.sizes.at(-1);
  const gestureSizes = options.sizes.filter((size) => GESTURE_SIZES.includes(size));
  options.panSizes = gestureSizes.length > 0 ? gestureSizes : [largest];
  options.dragSize = options.sizes.includes(DRAG_SIZE) ? DRAG_SIZE : largest;
  return options;
}
