// What collaborators changed, in the language of our own operations: the Y.Doc read again and
// compared with the document as it was. One diff describes every remote edit, however Yjs merged
// it, so the store applies remote changes exactly as it applies its own (applyChanges).

import type * as Y from 'yjs';
import { ok, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import type { Change } from '../../model/operations/changes';
import { diffDocuments } from '../../model/operations/diff';
import type { Repair } from '../../model/repairs';
import type { SalesDocument } from '../../model/types';
import { yjsToDoc } from './yjsToDoc';

export interface RemoteChanges {
  /** The document the Y.Doc holds now, normalized. */
  document: SalesDocument;
  /** From `previous` to `document`: empty when nothing changed. */
  changes: Change[];
  repairs: Repair[];
}

export function remoteChanges(previous: SalesDocument, ydoc: Y.Doc): Result<RemoteChanges, DocumentError> {
  const read = yjsToDoc(ydoc);
  if (!read.ok) return read;
  const { document, repairs } = read.value;
  return ok({ document, changes: diffDocuments(previous, document), repairs });
}
