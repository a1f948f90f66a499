// The built app, served from the same origin as the collaboration socket so that the page's
// Content-Security-Policy can stay `connect-src 'self'`.

import { createReadStream, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

function fileIn(appDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const path = normalize(join(appDir, decoded));
  // Nothing outside the app's folder, whatever `..` the address holds.
  if (path !== appDir && !path.startsWith(appDir + sep)) return null;
  try {
    return statSync(path).isFile() ? path : null;
  } catch {
    return null;
  }
}

/**
 * The page tells the app it is served by a team server with a meta element, read synchronously
 * at start: asking an endpoint instead would log a 404 in the console of every stand-alone page.
 */
export const TEAM_SERVER_META = '<meta name="salesflow-team-server" content="1" />';

function indexPage(path: string): Buffer {
  const html = readFileSync(path, 'utf8');
  return Buffer.from(html.replace('<head>', `<head>\n    ${TEAM_SERVER_META}`));
}

/** Answers GET and HEAD for a file of the app; the app's routes live in the hash, so `/` is index.html. */
export function serveApp(appDir: string, request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const path = fileIn(appDir, urlPath === '/' ? '/index.html' : urlPath);
  if (path === null) return false;
  const immutable = urlPath.startsWith('/assets/');
  response.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else if (path.endsWith('index.html')) response.end(indexPage(path));
  else createReadStream(path).pipe(response);
  return true;
}
