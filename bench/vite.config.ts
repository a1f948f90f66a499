// The benchmark's own pages, built apart from the app so that nothing of the benchmark ships:
// a bare React Flow page (the baseline), a page that runs the model's seeded generator, so
// that Vite compiles src/model's TypeScript and Node never has to, and the lab, which runs single
// modules of the app (parse, layout, export, storage, analytics) beside their baselines.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/pages', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        bare: `${pages}/bare.html`,
        generator: `${pages}/generator.html`,
        lab: `${pages}/lab.html`,
      },
    },
  },
});
