// Applies changes to a document: what undo, redo and (later) a collaborator's edits go through.
// A change to a record that is gone, or an add of a record that exists, is skipped, so changes made
// on one version of a document apply to a later one without breaking its invariants' ids.

import { compareByOrder } from '../../lib/orderKey';
import type { SalesDocument, Settings } from '../types';
import { collectionOf, withCollection, type Change, type CollectionName, type FieldChange, ORDERED_COLLECTIONS, type RecordTypes } from './changes';

function withFields<T extends object>(record: T, fields: readonly FieldChange[]): T {
  const next = { ...record } as Record<string, unknown>;
  for (const { field, to } of fields) {
    if (to === undefined) delete next[field];
    else next[field] = to;
  }
  return next as T;
}

type AnyRecord = RecordTypes[CollectionName];

/** One collection's records being edited: updates are gathered by id and applied in one pass. */
class CollectionDraft {
  records: AnyRecord[];
  private pending = new Map<string, FieldChange[]>();
  changed = false;

  constructor(records: readonly AnyRecord[]) {
    this.records = [...records];
  }

  update(id: string, fields: readonly FieldChange[]): void {
    const list = this.pending.get(id) ?? [];
    list.push(...fields);
    this.pending.set(id, list);
  }

  add(record: AnyRecord, index: number): void {
    this.flush();
    if (this.records.some((existing) => existing.id === record.id)) return;
    const at = Math.max(0, Math.min(this.records.length, index));
    this.records.splice(at, 0, record);
    this.changed = true;
  }

  remove(id: string): void {
    this.flush();
    const at = this.records.findIndex((existing) => existing.id === id);
    if (at < 0) return;
    this.records.splice(at, 1);
    this.changed = true;
  }

  flush(): void {
    if (this.pending.size === 0) return;
    this.records = this.records.map((record) => {
      const fields = this.pending.get(record.id);
      if (fields === undefined) return record;
      this.changed = true;
      return withFields(record, fields);
    });
    this.pending.clear();
  }
}

export function applyChanges(document: SalesDocument, changes: readonly Change[]): SalesDocument {
  if (changes.length === 0) return document;
  const drafts = new Map<CollectionName, CollectionDraft>();
  const draftOf = (collection: CollectionName) => {
    let draft = drafts.get(collection);
    if (draft === undefined) {
      draft = new CollectionDraft(collectionOf(document, collection));
      drafts.set(collection, draft);
    }
    return draft;
  };
  let next = document;
  for (const change of changes) {
    switch (change.type) {
      case 'document':
        next = withFields(next, change.fields);
        break;
      case 'settings':
        next = { ...next, settings: withFields<Settings>(next.settings, change.fields) };
        break;
      case 'add':
        draftOf(change.collection).add(change.record, change.index);
        break;
      case 'remove':
        draftOf(change.collection).remove(change.record.id);
        break;
      case 'update':
        draftOf(change.collection).update(change.id, change.fields);
        break;
    }
  }
  for (const [collection, draft] of drafts) {
    draft.flush();
    if (!draft.changed) continue;
    const records = ORDERED_COLLECTIONS.has(collection) ? (draft.records as Array<AnyRecord & { order: string }>).sort(compareByOrder) : draft.records;
    next = withCollection(next, collection, records as RecordTypes[typeof collection][]);
  }
  return next;
}
