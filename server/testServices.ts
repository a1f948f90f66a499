// PostgreSQL and Redis of a test's own, for the scale-out test: a fresh database cluster and a
// Redis server on free loopback ports, under /tmp, gone when stopped. No container engine: the
// Debian packages (scripts/ensure-system-deps.mjs installs them). PostgreSQL refuses to run as
// root, so as root its commands run as the `postgres` user the package made.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestServices {
  databaseUrl: string;
  redisUrl: string;
  /** PostgreSQL stopped at once (its clients' connections drop), and started again on the same port. */
  stopDatabase: () => void;
  startDatabase: () => void;
  stop: () => Promise<void>;
}

const POSTGRES_ROOT = '/usr/lib/postgresql';
const DATABASE_USER = 'salesflow';

/** A port nobody listens on at this moment. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Debian keeps initdb and pg_ctl out of PATH, one folder per major version: the newest.
function postgresBin(): string {
  const versions = existsSync(POSTGRES_ROOT) ? readdirSync(POSTGRES_ROOT).filter((name) => existsSync(join(POSTGRES_ROOT, name, 'bin', 'initdb'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) throw new Error('PostgreSQL is not installed: run node scripts/ensure-system-deps.mjs');
  return join(POSTGRES_ROOT, newest, 'bin');
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function runAsDatabaseOwner(command: string, args: string[]): void {
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

function idOf(flag: '-u' | '-g', user: string): number {
  return Number(execFileSync('id', [flag, user], { encoding: 'utf8' }).trim());
}

async function startPostgres(folder: string): Promise<{ url: string; start: () => void; stop: () => void }> {
  const bin = postgresBin();
  if (isRoot) chownSync(folder, idOf('-u', 'postgres'), idOf('-g', 'postgres'));
  const data = join(folder, 'data');
  const port = await freePort();
  runAsDatabaseOwner(join(bin, 'initdb'), ['-D', data, '-U', DATABASE_USER, '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  const start = () => runAsDatabaseOwner(join(bin, 'pg_ctl'), ['-D', data, '-l', join(folder, 'log'), '-w', '-t', '30', '-o', options, 'start']);
  start();
  return {
    url: `postgres://${DATABASE_USER}@127.0.0.1:${port}/postgres`,
    start,
    stop: () => runAsDatabaseOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']),
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  // No snapshots and no append-only file: nothing of it outlives the test.
  const redis: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  let failed = false;
  redis.once('error', () => (failed = true));
  const exited = new Promise<void>((resolve) => redis.once('exit', () => resolve()));
  for (let waited = 0; !(await accepts(port)); waited += 50) {
    if (failed || redis.exitCode !== null || waited > 10_000) {
      redis.kill('SIGKILL');
      throw new Error('redis-server did not start: run node scripts/ensure-system-deps.mjs');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      redis.kill('SIGTERM');
      await exited;
    },
  };
}

export async function startTestServices(): Promise<TestServices> {
  const folder = mkdtempSync(join(tmpdir(), 'salesflow-services-'));
  const postgres = await startPostgres(folder).catch((error: unknown) => {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  });
  const redis = await startRedis().catch((error: unknown) => {
    postgres.stop();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  });
  return {
    databaseUrl: postgres.url,
    redisUrl: redis.url,
    stopDatabase: postgres.stop,
    startDatabase: postgres.start,
    stop: async () => {
      await redis.stop();
      postgres.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
