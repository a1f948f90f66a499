import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layerRules } from './scripts/layers.js';
import { salesflowPlugin } from './scripts/salesflowPlugin.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/dist/**', 'coverage/**', 'dist-server/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text as text: no dangerouslySetInnerHTML.',
        },
        // The same prop passed by spreading an object or through createElement.
        {
          selector: "Property[key.name='dangerouslySetInnerHTML'], Property[key.value='dangerouslySetInnerHTML']",
          message: 'Render text as text: no dangerouslySetInnerHTML.',
        },
        // The DOM's own ways of parsing a string as HTML.
        {
          selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]",
          message: 'Render text as text: set textContent, not innerHTML or outerHTML.',
        },
        {
          selector: "CallExpression > MemberExpression.callee[property.name=/^(insertAdjacentHTML|write|writeln)$/][object.name='document'], CallExpression > MemberExpression.callee[property.name='insertAdjacentHTML']",
          message: 'Render text as text: no insertAdjacentHTML or document.write.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Type-aware rules for the app's own code: a promise or a Result nobody looks at is an error
  // nobody hears about (issue "Crash-proof").
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { salesflow: salesflowPlugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'salesflow/no-dropped-result': 'error',
    },
  },
  {
    // Documents change only through operations run by the editor store (scripts/oneEntry.js).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: { 'salesflow/one-entry': 'error' },
  },
  {
    // Tests store fixtures through calls that answer a Result; a failed setup fails the test's
    // own assertions.
    files: ['src/**/*.test.{ts,tsx}'],
    rules: { 'salesflow/no-dropped-result': 'off' },
  },
  ...layerRules,
);
