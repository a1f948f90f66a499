// Our own ESLint rules, as one plugin: a config may name a plugin only once.
import { noDroppedResult } from './noDroppedResult.js';
import { oneEntryRule } from './oneEntry.js';

export const salesflowPlugin = { rules: { 'no-dropped-result': noDroppedResult, 'one-entry': oneEntryRule } };
