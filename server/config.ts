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
  /** PostgreSQL instead of SQLite in DATA_DIR: what several instances share. */
  databaseUrl?: string;
  /** Redis, through which several instances relay every change to each other. */
  redisUrl?: string;
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

function urlOf(environment: NodeJS.ProcessEnv, variable: string, protocols: readonly string[]): string | undefined | ConfigProblem {
  const given = environment[variable];
  if (given === undefined || given === '') return undefined;
  try {
    if (protocols.includes(new URL(given).protocol)) return given;
  } catch {
    // Not a URL at all: the same answer as a URL of another kind.
  }
  return { variable, reason: `must be a URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')}` };
}

// Several instances must share what makes a link valid (the secret) and what it opens (the
// database); each refusal names the variable to set.
function instanceProblem(environment: NodeJS.ProcessEnv, databaseUrl: string | undefined, redisUrl: string | undefined): ConfigProblem | null {
  if (redisUrl === undefined) return null;
  if (databaseUrl === undefined) return { variable: 'DATABASE_URL', reason: 'must be set with REDIS_URL: several instances share one PostgreSQL database' };
  const secret = environment['SALESFLOW_SECRET'];
  if (secret === undefined || secret === '') return { variable: 'SALESFLOW_SECRET', reason: 'must be set with REDIS_URL: every instance checks the links with the same secret' };
  return null;
}

export function readConfig(environment: NodeJS.ProcessEnv, root: string): ServerConfig | ConfigProblem {
  const databaseUrl = urlOf(environment, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  if (typeof databaseUrl === 'object') return databaseUrl;
  const redisUrl = urlOf(environment, 'REDIS_URL', ['redis:', 'rediss:']);
  if (typeof redisUrl === 'object') return redisUrl;
  const problem = instanceProblem(environment, databaseUrl, redisUrl);
  if (problem !== null) return problem;
  const port = Number(environment['PORT'] ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { variable: 'PORT', reason: 'must be a port number' };
  const dataDir = resolve(root, environment['DATA_DIR'] ?? 'data');
  const secret = secretFrom(environment, dataDir);
  if (typeof secret !== 'string') return secret;
  return {
    port,
    host: environment['HOST'] ?? '0.0.0.0',
    dataDir,
    appDir: resolve(root, environment['APP_DIR'] ?? 'dist'),
    secret,
    databaseUrl,
    redisUrl,
  };
}
