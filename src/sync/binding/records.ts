// How one record is read from its Y.Map, and where it sorts: shared by the full read (yjsToDoc) and
// the incremental one (documentReader), which must read every record the same way for every
// replica to draw the same document whichever of the two it ran.

import * as Y from 'yjs';
import { compareByOrder } from '../../lib/orderKey';
import type { CollectionName } from '../../model/operations/changes';
import { PLACE, PLACED, placeOf } from './shape';

export type Plain = Record<string, unknown>;

// A value a peer stored as a Yjs type rather than plain JSON is read as its JSON.
function plainValue(value: unknown): unknown {
  return value instanceof Y.AbstractType ? (value.toJSON() as unknown) : value;
}

// Object.fromEntries makes every key an own property, `__proto__` included.
export function plainMap(map: Y.Map<unknown>, skip: ReadonlySet<string> = new Set()): Plain {
  return Object.fromEntries([...map.entries()].filter(([key]) => !skip.has(key)).map(([key, value]) => [key, plainValue(value)]));
}

const NOT_FIELDS: ReadonlySet<string> = new Set([PLACE, 'id']);

/** What a record sorts by: its place (nodes, edges, scenarios) or its order key, then its id. */
export interface SortKey {
  id: string;
  place: number;
  order: string;
}

export interface RecordEntry extends SortKey {
  record: Plain;
}

export function readRecord(id: string, map: Y.Map<unknown>): RecordEntry {
  // The key it is filed under is the record's id, whatever a field says.
  const record: Plain = { ...plainMap(map, NOT_FIELDS), id };
  const order = record['order'];
  return { id, record, place: placeOf(map), order: typeof order === 'string' ? order : '' };
}

function compareIds(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

function comparePlaces(a: SortKey, b: SortKey): number {
  return a.place - b.place || compareIds(a.id, b.id);
}

/** The order every replica agrees on: by place, or by order key, ties by id either way. */
export function entryOrder(collection: CollectionName): (a: SortKey, b: SortKey) => number {
  return PLACED.has(collection) ? comparePlaces : compareByOrder;
}
