// LibreOffice headless as an outside reader of our decks: it converts them to PDF, which poppler's
// tools then read. Each run gets a profile of its own, so that it never waits on (or breaks) an
// office instance someone else is running on the machine.

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts every file in one office start (it is slow to start); the results land in `outDir`. */
export function convertWithOffice(files: readonly string[], outDir: string, format: 'pdf' | 'odp'): void {
  const profile = mkdtempSync(join(tmpdir(), 'salesflow-soffice-'));
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (result.error !== undefined) throw new Error(`soffice could not run (${result.error.message}): apt-get install -y libreoffice-impress-nogui`);
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

export function run(command: string, args: readonly string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error !== undefined) throw new Error(`${command} could not run (${result.error.message}): apt-get install -y poppler-utils`);
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}
