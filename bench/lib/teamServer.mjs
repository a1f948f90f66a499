// The team server (server/, built into bench/dist/server) on a free loopback port, serving the
// app's benchmark build, with its own data folder; and the simulated people of teamCrowd.mjs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_DIST, SERVER_DIST } from './build.mjs';

const SECRET = 'benchmark-secret-of-at-least-thirty-two-characters';
const CROWD = fileURLToPath(new URL('./teamCrowd.mjs', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function until(ready, what, timeoutMs = 20_000) {
  for (const started = Date.now(); !(await ready()); ) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen in ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Resident memory of a process from /proc (Linux): now and its peak, in MB. */
function residentMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function startTeamServer() {
  const dataDir = mkdtempSync(join(tmpdir(), 'salesflow-bench-team-'));
  const port = await freePort();
  const server = spawn(process.execPath, [join(SERVER_DIST, 'main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, APP_DIR: APP_DIST, SALESFLOW_SECRET: SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  await until(async () => (await fetch(`${origin}/readyz`).catch(() => null))?.status === 200, 'the team server starting');
  return {
    origin,
    socketUrl: `ws://127.0.0.1:${port}/collab`,
    resident: () => residentMB(server.pid),
    /** Uploads a document file as `Share` does; its name and edit token. */
    async share(text) {
      const response = await fetch(`${origin}/api/documents`, { method: 'POST', body: text });
      if (response.status !== 201) throw new Error(`the team server refused the document (${response.status})`);
      const { document, tokens } = await response.json();
      return { name: document, token: tokens.edit, link: `${origin}/#/join/${encodeURIComponent(document)}/${encodeURIComponent(tokens.edit)}` };
    },
    async stop() {
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Starts teamCrowd.mjs with `config` and resolves once every simulated person is in (teamCrowd.mjs). */
export async function startCrowd(config) {
  const crowd = spawn(process.execPath, [CROWD, JSON.stringify(config)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => crowd.once('exit', resolve));
  await new Promise((resolve, reject) => {
    let output = '';
    crowd.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('ready')) resolve();
    });
    crowd.once('exit', (code) => reject(new Error(`the simulated people ended before they were in (exit ${code})`)));
  });
  return {
    async stop() {
      crowd.kill('SIGTERM');
      await exited;
    },
  };
}
