// Builds the app and the benchmark's pages with the project's own Vite. The app goes to
// bench/dist/app rather than dist/, so a benchmark never rewrites the dist/ that someone's
// `vite preview` or end-to-end run may be serving at the same moment.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const APP_DIST = fileURLToPath(new URL('../dist/app', import.meta.url));
/** An unminified build for profiles, so that function names in them are readable. */
export const APP_UNMINIFIED_DIST = fileURLToPath(new URL('../dist/app-unminified', import.meta.url));
export const PAGES_DIST = fileURLToPath(new URL('../dist/pages', import.meta.url));
/** The team server (server/), serving APP_DIST: the team figures' server. */
export const SERVER_DIST = fileURLToPath(new URL('../dist/server', import.meta.url));
const SERVER_CONFIG = fileURLToPath(new URL('../../server/vite.config.ts', import.meta.url));
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const BENCH_CONFIG = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

function runVite(args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VITE_BIN, 'build', '--logLevel', 'warn', ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} build failed (exit ${code})`))));
  });
}

export async function buildAll() {
  await runVite(['--outDir', APP_DIST, '--emptyOutDir'], 'app');
  await runVite(['--config', BENCH_CONFIG], 'benchmark pages');
  await runVite(['--config', SERVER_CONFIG, '--outDir', SERVER_DIST], 'team server');
}

export async function buildForProfiling() {
  await runVite(['--outDir', APP_UNMINIFIED_DIST, '--emptyOutDir', '--minify', 'false'], 'unminified app');
  await runVite(['--config', BENCH_CONFIG, '--minify', 'false'], 'benchmark pages');
}
