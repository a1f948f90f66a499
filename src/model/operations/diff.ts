// The changes that turn one document into another. Operations are written as plain document
// updates (model/graph.ts) and described by this diff, so no operation can forget to describe a
// field it changed. Unchanged records are shared by reference between the two documents, which
// makes the common case (one record changed among thousands) a walk over references.

import type { SalesDocument, Settings } from '../types';
import { COLLECTIONS, collectionOf, type Change, type CollectionName, type DocumentFieldName, type FieldChange, type RecordChange, ORDERED_COLLECTIONS, type RecordTypes } from './changes';

/** Equality of plain JSON-like values: records hold numbers, strings, booleans, arrays and objects. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  const aRecord = a as Record<string, unknown>;
  return aKeys.every((key) => Object.hasOwn(bRecord, key) && sameValue(aRecord[key], bRecord[key]));
}

function fieldChanges<F extends string>(before: object, after: object): FieldChange<F>[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changes: FieldChange<F>[] = [];
  for (const field of Object.keys(a)) {
    if (!sameValue(a[field], Object.hasOwn(b, field) ? b[field] : undefined)) {
      changes.push({ field: field as F, from: a[field], to: Object.hasOwn(b, field) ? b[field] : undefined });
    }
  }
  for (const field of Object.keys(b)) {
    if (!Object.hasOwn(a, field) && b[field] !== undefined) changes.push({ field: field as F, from: undefined, to: b[field] });
  }
  return changes;
}

function updateOf<C extends CollectionName>(collection: C, before: RecordTypes[C], after: RecordTypes[C]): RecordChange | null {
  if (before === after) return null;
  const fields = fieldChanges<Extract<keyof RecordTypes[C], string>>(before, after);
  return fields.length === 0 ? null : ({ type: 'update', collection, id: after.id, fields } as RecordChange);
}

function sameIdsInOrder(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((record, index) => record.id === b[index]?.id);
}

function diffCollection<C extends CollectionName>(
  collection: C,
  before: readonly RecordTypes[C][],
  after: readonly RecordTypes[C][],
): RecordChange[] {
  if (before === after) return [];
  const changes: RecordChange[] = [];
  if (sameIdsInOrder(before, after)) {
    for (let index = 0; index < after.length; index += 1) {
      const change = updateOf(collection, before[index]!, after[index]!);
      if (change !== null) changes.push(change);
    }
    return changes;
  }
  const beforeById = new Map(before.map((record) => [record.id, record]));
  const afterIds = new Set(after.map((record) => record.id));
  const keptBefore = before.filter((record) => afterIds.has(record.id));
  const keptAfter = after.filter((record) => beforeById.has(record.id));
  // Records that only changed places in an unordered collection: described as removed and added
  // again, so that applying the changes reproduces the order exactly.
  const reordered = !ORDERED_COLLECTIONS.has(collection) && !sameIdsInOrder(keptBefore, keptAfter);
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const record = before[index]!;
    if (reordered || !afterIds.has(record.id)) changes.push({ type: 'remove', collection, record, index } as RecordChange);
  }
  for (const [index, record] of after.entries()) {
    const previous = beforeById.get(record.id);
    if (reordered || previous === undefined) changes.push({ type: 'add', collection, record, index } as RecordChange);
  }
  if (reordered) return changes;
  for (const record of after) {
    const previous = beforeById.get(record.id);
    if (previous === undefined) continue;
    const change = updateOf(collection, previous, record);
    if (change !== null) changes.push(change);
  }
  return changes;
}

const DOCUMENT_FIELDS: readonly DocumentFieldName[] = ['title', 'dealData'];

/** Everything that differs between two versions of one document, except `updatedAt`. */
export function diffDocuments(before: SalesDocument, after: SalesDocument): Change[] {
  if (before === after) return [];
  const changes: Change[] = [];
  const documentFields: FieldChange<DocumentFieldName>[] = [];
  for (const field of DOCUMENT_FIELDS) {
    if (!sameValue(before[field], after[field])) documentFields.push({ field, from: before[field], to: after[field] });
  }
  if (documentFields.length > 0) changes.push({ type: 'document', fields: documentFields });
  if (before.settings !== after.settings) {
    const fields = fieldChanges<Extract<keyof Settings, string>>(before.settings, after.settings);
    if (fields.length > 0) changes.push({ type: 'settings', fields });
  }
  for (const collection of COLLECTIONS) {
    changes.push(...diffCollection(collection, collectionOf(before, collection), collectionOf(after, collection)));
  }
  return changes;
}
