import type { ESLint } from 'eslint';

export const salesflowPlugin: ESLint.Plugin;
