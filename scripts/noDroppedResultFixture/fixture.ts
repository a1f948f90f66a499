// Stands in for the code that src/noDroppedResult.lint.test.ts lints: this folder's own small
// project, so the linter's TypeScript service loads this file and `Result` rather than the whole repository.
export {};
