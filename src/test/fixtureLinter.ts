import { ESLint } from 'eslint';

/**
 * ESLint with the project's configuration, for code linted as if it sat at a path in src/ where
 * no file exists. The type-aware rules need the file in the TypeScript project, so they are off
 * here; `noDroppedResult.lint.test.ts` tests them with a project of their own.
 */
export function fixtureLinter(): ESLint {
  return new ESLint({
    cwd: process.cwd(),
    overrideConfig: {
      files: ['src/**/*.{ts,tsx}'],
      languageOptions: { parserOptions: { projectService: false, project: null } },
      rules: { '@typescript-eslint/no-floating-promises': 'off', 'salesflow/no-dropped-result': 'off' },
    },
  });
}
