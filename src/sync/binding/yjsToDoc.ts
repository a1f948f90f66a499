// A Y.Doc read back as a document. Replicas that hold the same Yjs state read the same document:
// every order comes from the state (order keys, places, ids), never from the order in which a
// replica happened to receive updates. Then `normalize`: a merge of edits that were each valid can
// be invalid (an edge to a node someone else removed), and every replica repairs it the same way.
// The repairs are not written back: two replicas writing the same repair would be two edits.

import * as Y from 'yjs';
import { err, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import type { CollectionName } from '../../model/operations/changes';
import { normalize, type Normalized } from '../../model/normalize';
import { entryOrder, plainMap, readRecord, type Plain, type RecordEntry } from './records';
import { collectionMap, metaOf, settingsOf } from './shape';

/** A collection's records in the order every replica agrees on. */
function readCollection(ydoc: Y.Doc, collection: CollectionName): Plain[] {
  const entries: RecordEntry[] = [];
  for (const [id, map] of collectionMap(ydoc, collection).entries()) {
    if (map instanceof Y.Map) entries.push(readRecord(id, map));
  }
  return entries.sort(entryOrder(collection)).map((entry) => entry.record);
}

/**
 * The document held by `ydoc`, made valid by `normalize`, with what had to be repaired. A Y.Doc
 * that holds no document yet (before its first sync) answers `id` required.
 */
export function yjsToDoc(ydoc: Y.Doc): Result<Normalized, DocumentError> {
  const meta = metaOf(ydoc);
  if (!meta.has('id')) return err({ code: 'invalid', path: 'id', reason: 'required' });
  const value: Plain = {
    ...plainMap(meta),
    settings: plainMap(settingsOf(ydoc)),
    lanes: readCollection(ydoc, 'lanes'),
    nodes: readCollection(ydoc, 'nodes'),
    edges: readCollection(ydoc, 'edges'),
    scenarios: readCollection(ydoc, 'scenarios'),
    walkthrough: { steps: readCollection(ydoc, 'walkthroughSteps') },
  };
  return normalize(value);
}
