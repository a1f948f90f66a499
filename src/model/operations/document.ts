// Operations on the document as a whole: replacing what it holds (import into an open document,
// restoring a revision) and taking a layout's result. Each is described as
// the changes from the old content to the new, never as a swap, so history and autosave see
// ordinary changes.

import type { SalesDocument } from '../types';
import { applyChanges } from './applyChanges';
import type { Change } from './changes';
import { finish, refuse, type Operation } from './operation';

/** The content of `next` in the current document, which keeps its identity and creation time. */
export function replaceDocument(next: SalesDocument): Operation {
  return (doc) => finish(doc, { ...next, id: doc.id, createdAt: doc.createdAt, updatedAt: doc.updatedAt });
}

/**
 * Takes what a layout changed (positions, sizes, routes) onto the document as it is now: an edit
 * made while the layout animated stays, and records the layout no longer has are skipped.
 */
export function applyLayoutChanges(changes: readonly Change[]): Operation {
  return (doc) => finish(doc, applyChanges(doc, changes.filter((change) => change.type === 'update')));
}

/**
 * The operation, if the open document is still the one with this id. A panel can commit after
 * another document has been opened; ids repeat across documents made from one template, so the
 * edit is dropped rather than landing on a record of the same id elsewhere.
 */
export function onDocument(documentId: string, operation: Operation): Operation {
  return (doc) => (doc.id === documentId ? operation(doc) : refuse({ code: 'not-found', id: documentId }));
}
