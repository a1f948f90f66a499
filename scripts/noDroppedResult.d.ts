import type { Rule } from 'eslint';

export const noDroppedResult: Rule.RuleModule;
