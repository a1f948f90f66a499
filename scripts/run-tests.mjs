// npm test: every phase in order, stopping at the first that fails, each with how long it took
// (the whole CI run must stay under 20 minutes; the times say where they go).
import { spawn } from 'node:child_process';

// Phases in one step run side by side: the type checker and the linter each keep one core busy,
// and CI has two (together they took 43 s there instead of 68 s one after the other).
const STEPS = [
  [['system dependencies', 'node', ['scripts/ensure-system-deps.mjs']]],
  [
    ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
    ['lint', 'npm', ['run', '--silent', 'lint']],
  ],
  [['unit and component tests', 'npm', ['run', '--silent', 'test:unit']]],
  [['end-to-end tests', 'npx', ['playwright', 'test']]],
];

/** Runs one phase with the terminal as its own; answers its exit status and seconds. */
function run([name, command, args]) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    let finished = false;
    const finish = (status) => {
      if (finished) return;
      finished = true;
      const seconds = (performance.now() - started) / 1000;
      console.log(`\n── ${name}: ${seconds.toFixed(0)} s${status === 0 ? '' : ' (failed)'}\n`);
      resolve({ name, status, seconds });
    };
    child.on('error', () => finish(1));
    child.on('close', (code) => finish(code ?? 1));
  });
}

const timings = [];
let status = 0;
for (const step of STEPS) {
  const started = performance.now();
  const results = await Promise.all(step.map(run));
  timings.push(...results.map(({ name, seconds }) => [name, seconds]));
  if (step.length > 1) timings.push([`  (side by side, in all)`, (performance.now() - started) / 1000]);
  const failed = results.find((result) => result.status !== 0);
  if (failed) {
    status = failed.status;
    break;
  }
}

console.log('Phase times:');
for (const [name, seconds] of timings) console.log(`  ${name.padEnd(28)} ${seconds.toFixed(0).padStart(5)} s`);
process.exit(status);
