// Where each part of a document lives in a Y.Doc (CONTEXT.md). Every part is a root type, named:
// Yjs merges root types by name, whereas a map nested under a key and created by two replicas
// before they meet is two maps, and one replaces the other whole.

import * as Y from 'yjs';
import type { CollectionName } from '../../model/operations';

/** The document's own fields, META_FIELDS. */
export const META = 'document';
export const META_FIELDS = ['id', 'createdAt', 'updatedAt', 'title', 'dealData'] as const;
export const SETTINGS = 'settings';

/**
 * Lanes and walkthrough steps carry their own order key. Nodes, edges and scenarios are arrays in
 * the model but have no key of their own, and a Y.Map has no order that every replica shares, so
 * the binding gives each record a number, its place, kept in the record's map under this name
 * (no field of the model starts with `@`). A number, not a fractional string key: an append takes
 * the last place + 1, so the thousands of appends of a long session never lengthen it.
 */
export const PLACE = '@place';

export const PLACED: ReadonlySet<CollectionName> = new Set(['nodes', 'edges', 'scenarios']);

export type RecordMap = Y.Map<unknown>;

export function metaOf(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(META);
}

export function settingsOf(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(SETTINGS);
}

/** One collection: record maps keyed by record id. */
export function collectionMap(ydoc: Y.Doc, collection: CollectionName): Y.Map<RecordMap> {
  return ydoc.getMap(collection);
}

/** A record's place; anything but a finite number (a peer's bad write) sorts as 0. */
export function placeOf(record: unknown): number {
  const place = record instanceof Y.Map ? (record.get(PLACE) as unknown) : undefined;
  return typeof place === 'number' && Number.isFinite(place) ? place : 0;
}

/** A record's fields as a Y.Map: its id is the key it is filed under, not a field. */
export function recordMap(record: object, place: number | undefined): RecordMap {
  const map: RecordMap = new Y.Map();
  for (const [field, value] of Object.entries(record)) {
    if (field !== 'id' && value !== undefined) map.set(field, value);
  }
  if (place !== undefined) map.set(PLACE, place);
  return map;
}
