// Our operations' changes written into a Y.Doc, field by field: a field is the unit of merge, so
// two people editing different fields of one record both keep their edit, and the same field
// ends with one of the two values on every replica.

import * as Y from 'yjs';
import type { Change, CollectionName, FieldChange } from '../../model/operations/changes';
import { collectionMap, metaOf, PLACE, PLACED, placeOf, recordMap, settingsOf, type RecordMap } from './shape';

function writeFields(map: Y.Map<unknown>, fields: readonly FieldChange[]): void {
  for (const { field, to } of fields) {
    // A record's id is the key it is filed under; a place is the binding's, not a field.
    if (field === 'id' || field === PLACE) continue;
    if (to === undefined) map.delete(field);
    else map.set(field, to);
  }
}

/**
 * The records of one placed collection in order, as the changes go: an add names the index it
 * takes in the list, and gets a place between its neighbours there.
 */
class Places {
  private readonly entries: { id: string; place: number }[];

  constructor(records: Y.Map<RecordMap>) {
    this.entries = [...records.entries()]
      .map(([id, map]) => ({ id, place: placeOf(map) }))
      .sort((a, b) => a.place - b.place || (a.id === b.id ? 0 : a.id < b.id ? -1 : 1));
  }

  remove(id: string): void {
    const at = this.entries.findIndex((entry) => entry.id === id);
    if (at >= 0) this.entries.splice(at, 1);
  }

  insert(id: string, index: number): number {
    this.remove(id);
    const at = Math.max(0, Math.min(this.entries.length, index));
    const before = this.entries[at - 1]?.place;
    const after = this.entries[at]?.place;
    const place = before === undefined ? (after === undefined ? 0 : after - 1) : after === undefined ? before + 1 : (before + after) / 2;
    this.entries.splice(at, 0, { id, place });
    return place;
  }
}

/**
 * Applies `changes` to `ydoc` in one transaction tagged with `origin`, so that Yjs's UndoManager,
 * tracking that origin, undoes one operation as one step and never a collaborator's edit. An
 * update of a record that is gone (removed by someone else meanwhile) is dropped, as applyChanges
 * does: the removal wins.
 */
export function applyChangesToYjs(ydoc: Y.Doc, changes: readonly Change[], origin: unknown): void {
  if (changes.length === 0) return;
  ydoc.transact(() => {
    const places = new Map<CollectionName, Places>();
    const placesOf = (collection: CollectionName): Places => {
      let found = places.get(collection);
      if (found === undefined) {
        found = new Places(collectionMap(ydoc, collection));
        places.set(collection, found);
      }
      return found;
    };
    for (const change of changes) {
      switch (change.type) {
        case 'document':
          writeFields(metaOf(ydoc), change.fields);
          break;
        case 'settings':
          writeFields(settingsOf(ydoc), change.fields);
          break;
        case 'add': {
          const place = PLACED.has(change.collection) ? placesOf(change.collection).insert(change.record.id, change.index) : undefined;
          collectionMap(ydoc, change.collection).set(change.record.id, recordMap(change.record, place));
          break;
        }
        case 'remove':
          if (PLACED.has(change.collection)) placesOf(change.collection).remove(change.record.id);
          collectionMap(ydoc, change.collection).delete(change.record.id);
          break;
        case 'update': {
          const record = collectionMap(ydoc, change.collection).get(change.id);
          if (record instanceof Y.Map) writeFields(record, change.fields);
          break;
        }
      }
    }
  }, origin);
}
