// Runs build-templates.ts: Node 20 cannot load TypeScript, so Vite's module runner does, the same
// way Vitest loads the app's modules.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const { module } = await runnerImport(fileURLToPath(new URL('./build-templates.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'warn',
});
const files = await module.buildTemplates(fileURLToPath(new URL('../templates', import.meta.url)), version);
console.log(`Sized and laid out ${files.length} templates.`);
