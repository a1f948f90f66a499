import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The policy of DESIGN.md: scripts only from our origin, no inline script, no eval. Inline
// *styles* stay allowed because React Flow positions every node with a style attribute.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Every worker (ELK, the readers, the PNG and PDF encoders, the service worker) is a file of ours:
  // none is made from a blob: URL, so none may be.
  "worker-src 'self'",
  "manifest-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// Only the built page gets the policy: the dev server injects an inline React Refresh preamble.
function contentSecurityPolicy(): Plugin {
  return {
    name: 'salesflow-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    ${meta}`);
    },
  };
}

// The service worker precaches every file of the build, so that after one visit the app opens and
// works with no network. Every file means the lazy ones too: ELK's worker (1.6 MB) and the PDF's
// CJK font (2.9 MB) are over Workbox's 2 MB default, and the plugin fails the build rather than
// leave a file out. `prompt`: a new version waits until the user clicks Reload (src/app/serviceWorker.ts
// registers it, after `load`, from our bundle: no inline script). The manifest is public/manifest.webmanifest.
function serviceWorker() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifest: false,
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      // Only the first install takes the open page at once, so that a first visit already works
      // offline; an update still waits in `installed` for the user (no skipWaiting).
      clientsClaim: true,
      cleanupOutdatedCaches: true,
    },
  });
}

// SALESFLOW_VERSION lets a test build a second, different version (e2e/offline.spec.ts serves it as an update).
const APP_VERSION = process.env.SALESFLOW_VERSION ?? packageJson.version;

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'templates/**/*.test.ts', 'bench/**/*.test.ts'],
    setupFiles: ['src/test/setup.ts'],
    globals: false,
    testTimeout: 20000,
    // Vitest's default in a run is one worker fewer than the cores: one, on CI's two. Two workers
    // keep both cores busy while the other waits on imports and jsdom (268 s → 185 s here).
    maxWorkers: 2,
    // Worker threads rather than child processes: the same files, isolated as before, ran in 167 s
    // against 202 s here (each file's imports and jsdom start sooner in a thread).
    pool: 'threads',
  },
});
