// The team server's settings, from the environment (README, "Team server").

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomic } from './atomicFile';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** The built app (vite build) served at `/`. */
  appDir: string;
  secret: string;
}

export type ConfigProblem = { variable: string; reason: string };

const SECRET_FILE = 'secret';
const MIN_SECRET_LENGTH = 32;

// Without SALESFLOW_SECRET the server makes one and keeps it in DATA_DIR, so links given out stay
// valid across restarts; a company running several instances must set the same one on each.
function secretFrom(environment: NodeJS.ProcessEnv, dataDir: string): string | ConfigProblem {
  const given = environment['SALESFLOW_SECRET'];
  if (given !== undefined && given !== '') {
    return given.length >= MIN_SECRET_LENGTH ? given : { variable: 'SALESFLOW_SECRET', reason: `must be at least ${MIN_SECRET_LENGTH} characters` };
  }
  const path = join(dataDir, SECRET_FILE);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const made = randomBytes(32).toString('base64url');
  mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(path, new TextEncoder().encode(made));
  return made;
}

export function readConfig(environment: NodeJS.ProcessEnv, root: string): ServerConfig | ConfigProblem {
  for (const variable of ['DATABASE_URL', 'REDIS_URL']) {
    if (environment[variable]) return { variable, reason: 'is not supported yet: the team server stores in SQLite in DATA_DIR' };
  }
  const port = Number(environment['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { variable: 'PORT', reason: 'must be a port number' };
  const dataDir = resolve(root, environment['DATA_DIR'] ?? 'data');
  const secret = secretFrom(environment, dataDir);
  if (typeof secret !== 'string') return secret;
  return { port, host: environment['HOST'] ?? '0.0.0.0', dataDir, appDir: resolve(root, environment['APP_DIR'] ?? 'dist'), secret };
}
