import type { ESLint, Rule } from 'eslint';

export const noDroppedResult: Rule.RuleModule;
export const salesflowPlugin: ESLint.Plugin;
