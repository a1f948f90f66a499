import { describe, expect, it } from 'vitest';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { noDroppedResult } from '../scripts/noDroppedResult.js';

// RuleTester reports through the test framework's describe and it; Vitest's globals are off.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// The fixtures are linted as scripts/noDroppedResultFixture/fixture.ts, in a project of its own that
// imports the real `Result`, so the rule meets the types it meets in the app. In the repository's
// project, the TypeScript service first loaded every file: 40 s of the unit phase on CI.
const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { projectService: true, tsconfigRootDir: process.cwd() },
  },
});

const filename = `${process.cwd()}/scripts/noDroppedResultFixture/fixture.ts`;
const header = `import { ok, err, type Result } from '../../src/lib/result';
declare function load(): Result<number, { code: 'missing' }>;
declare function save(): Promise<Result<void, { code: 'full' }>>;
declare function plain(): number;
declare function later(): Promise<number>;
declare const repo: { save: () => Promise<Result<void, string>>; maybe?: () => Result<void, string> };
`;

const valid = [
  'const loaded = load(); if (!loaded.ok) console.log(loaded.error.code);',
  'export async function f() { const saved = await save(); return saved.ok; }',
  'plain();',
  'export async function f() { await later(); }',
  'void later();',
  'export const x = ok(1);',
  'export const checked = load().ok;',
  'void save().then((saved) => { if (!saved.ok) console.log(saved.error); });',
  // A Result-shaped value that is not our Result type is not this rule's business.
  'declare function other(): { ok: boolean }; other();',
].map((code) => ({ name: code, code: header + code, filename }));

const invalid = [
  'load();',
  'void load();',
  'export async function f() { await save(); }',
  'void save();',
  'repo.maybe?.();',
  'export async function f() { await repo.save(); }',
].map((code) => ({ name: code, code: header + code, filename, errors: [{ messageId: 'dropped' as const }] }));

describe('no-dropped-result', { timeout: 120_000 }, () => {
  ruleTester.run('no-dropped-result', noDroppedResult, { valid, invalid });
});

describe('the lint configuration', { timeout: 120_000 }, () => {
  it("switches the rule on for the app's code, beside no-floating-promises", async () => {
    const config = (await new ESLint({ cwd: process.cwd() }).calculateConfigForFile('src/app/App.tsx')) as { rules: Record<string, unknown[]> };
    expect(config.rules['salesflow/no-dropped-result']?.[0]).toBe(2);
    expect(config.rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(2);
  });
});
