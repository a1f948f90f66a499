// What this replica's store changed, written into the Y.Doc: the store's document before and
// after, diffed into our operations' changes and applied field by field (applyChangesToYjs). One
// diff covers every way the store changes a document (an operation, a gesture's end, undo, redo).

import type * as Y from 'yjs';
import { diffDocuments } from '../../model/operations/diff';
import type { SalesDocument } from '../../model/types';
import { applyChangesToYjs } from './applyChangesToYjs';

export function writeDocumentToYjs(previous: SalesDocument, next: SalesDocument, ydoc: Y.Doc, origin: unknown): void {
  applyChangesToYjs(ydoc, diffDocuments(previous, next), origin);
}
