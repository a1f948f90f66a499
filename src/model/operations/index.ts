// Every way a document changes (DESIGN.md, "Commands"): pure functions that return the next
// document with its changes, or a typed refusal. The editor store runs them (store/editorStore.ts).

export * from './edits';
export * from './structure';
export * from './lanes';
export * from './document';
export * from './scenarios';
export * from './rates';
export * from './walkthrough';
export * from './dealData';
export type { Applied, Operation, OperationResult } from './operation';
export type { Change, CollectionName, FieldChange } from './changes';
export { invertChanges } from './changes';
export * from './insertContent';
