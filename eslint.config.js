import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layerRules } from './scripts/layers.js';
import { oneEntryConfig } from './scripts/oneEntry.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/dist/**', 'coverage/**'] },
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
  ...layerRules,
  oneEntryConfig,
);
