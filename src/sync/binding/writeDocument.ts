// What this replica's store changed, written into the Y.Doc: the store's document before and
// after, diffed into our operations' changes and applied field by field (applyChangesToYjs). One
// diff covers every way the store changes a document (an operation, a gesture's end, undo, redo).

import type * as Y from 'yjs';
import { diffDocuments } from '../../model/operations/diff';
import type { SalesDocument } from '../../model/types';
import { applyChangesToYjs } from './applyChangesToYjs';
import { metaOf } from './shape';

/**
 * Also sets `updatedAt` in the same transaction: a Yjs deletion advances no clock, so without a
 * set beside it a removal would look already stored to the "stored" test (storedAck.ts).
 */
export function writeDocumentToYjs(previous: SalesDocument, next: SalesDocument, ydoc: Y.Doc, origin: unknown): void {
  const changes = diffDocuments(previous, next);
  if (changes.length === 0) return;
  ydoc.transact(() => {
    applyChangesToYjs(ydoc, changes, origin);
    metaOf(ydoc).set('updatedAt', next.updatedAt);
  }, origin);
}
