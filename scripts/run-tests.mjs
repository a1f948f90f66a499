// npm test: every phase in order, stopping at the first that fails, each with how long it took
// (the whole CI run must stay under 20 minutes; the times say where they go).
import { spawnSync } from 'node:child_process';

const PHASES = [
  ['system dependencies', 'node', ['scripts/ensure-system-deps.mjs']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['unit and component tests', 'npm', ['run', '--silent', 'test:unit']],
  ['end-to-end tests', 'npx', ['playwright', 'test']],
];

const timings = [];
let status = 0;
for (const [name, command, args] of PHASES) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = (performance.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`\n── ${name}: ${seconds.toFixed(0)} s${result.status === 0 ? '' : ' (failed)'}\n`);
  if (result.status !== 0) {
    status = result.status ?? 1;
    break;
  }
}

console.log('Phase times:');
for (const [name, seconds] of timings) console.log(`  ${name.padEnd(28)} ${seconds.toFixed(0).padStart(5)} s`);
process.exit(status);
