import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import react from '@vitejs/plugin-react';

// The policy of DESIGN.md: scripts only from our origin, no inline script, no eval. Inline
// *styles* stay allowed because React Flow positions every node with a style attribute.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
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
  },
});
