// A Y.Doc read back as a document. Replicas that hold the same Yjs state read the same document:
// every order comes from the state (order keys, places, ids), never from the order in which a
// replica happened to receive updates. Then `normalize`: a merge of edits that were each valid can
// be invalid (an edge to a node someone else removed), and every replica repairs it the same way.
// The repairs are not written back: two replicas writing the same repair would be two edits.

import * as Y from 'yjs';
import { err, type Result } from '../../lib/result';
import { compareByOrder } from '../../lib/orderKey';
import type { DocumentError } from '../../model/errors';
import type { CollectionName } from '../../model/operations/changes';
import { normalize, type Normalized } from '../../model/normalize';
import { collectionMap, metaOf, PLACE, PLACED, placeOf, settingsOf, type RecordMap } from './shape';

type Plain = Record<string, unknown>;

// A value a peer stored as a Yjs type rather than plain JSON is read as its JSON.
function plainValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
}

// Object.fromEntries makes every key an own property, `__proto__` included.
function plainMap(map: Y.Map<unknown>, skip: ReadonlySet<string> = new Set()): Plain {
  return Object.fromEntries([...map.entries()].filter(([key]) => !skip.has(key)).map(([key, value]) => [key, plainValue(value)]));
}

const NOT_FIELDS: ReadonlySet<string> = new Set([PLACE, 'id']);

interface Entry {
  id: string;
  record: Plain;
  map: RecordMap;
}

function orderKeyOf(entry: Entry): { order: string; id: string } {
  const order = entry.record['order'];
  return { order: typeof order === 'string' ? order : '', id: entry.id };
}

function comparePlaces(a: Entry, b: Entry): number {
  const difference = placeOf(a.map) - placeOf(b.map);
  if (difference !== 0) return difference;
  return a.id === b.id ? 0 : a.id < b.id ? -1 : 1;
}

/** A collection's records in the order every replica agrees on. */
function readCollection(ydoc: Y.Doc, collection: CollectionName): Plain[] {
  const entries: Entry[] = [];
  for (const [id, map] of collectionMap(ydoc, collection).entries()) {
    if (!(map instanceof Y.Map)) continue;
    // The key it is filed under is the record's id, whatever a field says.
    entries.push({ id, map, record: { ...plainMap(map, NOT_FIELDS), id } });
  }
  entries.sort(PLACED.has(collection) ? comparePlaces : (a, b) => compareByOrder(orderKeyOf(a), orderKeyOf(b)));
  return entries.map((entry) => entry.record);
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
