// A tiny static file server for built pages. Written here rather than using `vite preview` so
// that the benchmark controls everything a timing depends on: an ephemeral port (other people's
// test servers on this machine keep theirs), no compression, and no caching, so every cold load
// is cold.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function resolveInside(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative === '' ? 'index.html' : relative);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to `{ port, close }`. */
export async function serveDirectory(root) {
  const server = createServer(async (request, response) => {
    const file = resolveInside(root, request.url ?? '/');
    if (file === null) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  return {
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
