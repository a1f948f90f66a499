import { defineConfig } from 'vite';
import packageJson from '../package.json' with { type: 'json' };

// The team server bundled for Node: our TypeScript (server/ and the parts of src/ it imports) in one
// file, its packages left in node_modules. No loader at run time and no extra build tool.
export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  build: {
    ssr: 'server/main.ts',
    outDir: 'dist-server',
    target: 'node20',
    emptyOutDir: true,
    minify: false,
  },
  logLevel: 'warn',
});
