// What collaborators changed, in the language of our own operations: the Y.Doc read again (only
// the records updates touched, documentReader.ts) and compared with the document as it was. One
// diff describes every remote edit, however Yjs merged it, so the store applies remote changes
// exactly as it applies its own (applyChanges).

import { ok, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import type { Change } from '../../model/operations/changes';
import { diffDocuments } from '../../model/operations/diff';
import type { Repair } from '../../model/repairs';
import type { SalesDocument } from '../../model/types';
import type { DocumentReader } from './documentReader';

export interface RemoteChanges {
  /** The document the Y.Doc holds now, normalized. */
  document: SalesDocument;
  /** From `previous` to `document`: empty when nothing changed. */
  changes: Change[];
  repairs: Repair[];
}

export function remoteChanges(previous: SalesDocument, reader: DocumentReader): Result<RemoteChanges, DocumentError> {
  const read = reader.read(previous);
  if (!read.ok) return read;
  const { document, repairs } = read.value;
  return ok({ document, changes: diffDocuments(previous, document), repairs });
}
