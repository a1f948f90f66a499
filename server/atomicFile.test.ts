import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'salesflow-atomic-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// Version n of the file: 100,000 + 10·n bytes, each n mod 250. A torn write shows as a length
// that names no version or a byte of another one.
function versionOf(bytes: Buffer): number | null {
  const round = (bytes.length - 100_000) / 10;
  if (!Number.isInteger(round) || round < 0) return null;
  return bytes.every((byte) => byte === round % 250) ? round : null;
}

// The child runs our own writeFileAtomic (transpiled, since Node 20 runs no TypeScript) in a loop.
function childScript(target: string): string {
  const source = readFileSync(new URL('./atomicFile.ts', import.meta.url), 'utf8');
  const module = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  const modulePath = join(folder, 'atomicFile.mjs');
  writeFileSync(modulePath, module);
  const scriptPath = join(folder, 'writer.mjs');
  writeFileSync(
    scriptPath,
    `import { writeFileAtomic } from ${JSON.stringify(modulePath)};
     process.stdout.write('ready\\n');
     for (let round = 1; ; round += 1) writeFileAtomic(${JSON.stringify(target)}, new Uint8Array(100000 + round * 10).fill(round % 250));`,
  );
  return scriptPath;
}

describe('atomic file write', () => {
  it('leaves a whole version of the file however the writing process is killed', async () => {
    const target = join(folder, 'data.bin');
    writeFileSync(target, new Uint8Array(100_000).fill(0));
    const script = childScript(target);
    const seen: number[] = [];
    for (const delay of [5, 23, 61, 97, 150]) {
      const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      const version = versionOf(readFileSync(target));
      expect(version).not.toBeNull();
      seen.push(version ?? -1);
    }
    // The writer got somewhere: the test killed it mid-work, not before it began.
    expect(seen.some((version) => version > 0)).toBe(true);
    // Temporary files may stay behind after a kill; the next write replaces them.
    expect(readdirSync(folder).filter((name) => !name.endsWith('.tmp') && !name.endsWith('.mjs'))).toEqual(['data.bin']);
  });
});
