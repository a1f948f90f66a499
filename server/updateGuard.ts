// Which Yjs updates a client may send: the server refuses, before applying it, an update that puts
// into a document anything the model would not hold. Every client runs `normalize` when reading,
// so a hostile value would be repaired on screen anyway; this keeps it out of the server's memory,
// its database and every other client. An update is read as it is (Y.decodeUpdate), each struct
// placed where Yjs would integrate it, against the document as the server holds it:
//
// - only the binding's parts (src/sync/binding/shape.ts): the document's own fields, settings, and
//   the collections' records, each a map of fields; never a text, an array or a map nested deeper;
// - each field a plain value that passes the model's schema for that field (so within its caps:
//   text lengths, list lengths, numbers' ranges), a record's id a valid id;
// - no more records in a collection than its cap, counting those the update adds and removes.
//
// Writes into a record someone removed are let through: Yjs integrates them as deleted. A struct
// that hangs on one the server does not have yet is held aside by Yjs until that one arrives (a
// client's edit sent while its reconnection's sync is still on its way does this): it is let
// through if it is plain content, and checked again, where it lands, with the update that brings
// what it hangs on. What is held aside is bounded in size.

import * as Y from 'yjs';
import type { CollectionName } from '../src/model/operations/changes';
import { documentSchema, settingsSchema } from '../src/model/schema';
import { COLLECTION_RULES } from '../src/model/collectionRules';
import { z } from '../src/model/zodConfig';
import { META, META_FIELDS, PLACE, PLACED, SETTINGS } from '../src/sync/binding/shape';

export type Refusal = 'unreadable' | 'unknown-part' | 'outside-caps' | 'too-many-records' | 'too-much-held-aside';

/** What may wait for structs the server lacks: legitimately a few edits, made during a reconnection. */
export const MAX_HELD_ASIDE_BYTES = 4 * 1024 * 1024;

type FieldSchemas = Readonly<Record<string, z.ZodType>>;

function fieldsOf(shape: FieldSchemas, keep: (field: string) => boolean): ReadonlyMap<string, z.ZodType> {
  return new Map(Object.entries(shape).filter(([field]) => keep(field)));
}

const RECORD_FIELDS = (shape: FieldSchemas) => fieldsOf(shape, (field) => field !== 'id');

const COLLECTIONS: ReadonlyMap<string, { fields: ReadonlyMap<string, z.ZodType>; cap: number }> = new Map(
  (Object.keys(COLLECTION_RULES) as CollectionName[]).map((name) => [name, { fields: RECORD_FIELDS(COLLECTION_RULES[name].schema.shape), cap: COLLECTION_RULES[name].cap }]),
);

const ROOT_FIELDS: ReadonlyMap<string, ReadonlyMap<string, z.ZodType>> = new Map([
  [META, fieldsOf(documentSchema.shape, (field) => (META_FIELDS as readonly string[]).includes(field))],
  [SETTINGS, fieldsOf(settingsSchema.shape, () => true)],
]);

const RECORD_ID = COLLECTION_RULES.lanes.schema.shape.id;

/** Where a struct lands: an entry of a root map, a field of a record, or nowhere we keep. */
type Place =
  | { at: 'root'; root: string; key: string | null }
  | { at: 'record'; collection: string; key: string | null }
  | { at: 'elsewhere' }
  /** Under something removed: Yjs integrates it as deleted. */
  | { at: 'gone' }
  /** Hangs on a struct the server does not have yet. */
  | { at: 'missing' };

const ELSEWHERE: Place = { at: 'elsewhere' };
const GONE: Place = { at: 'gone' };
const MISSING: Place = { at: 'missing' };

class UpdateReader {
  private readonly byClient = new Map<number, (Y.Item | Y.GC | Y.Skip)[]>();
  private readonly places = new Map<Y.Item, Place>();

  constructor(
    private readonly ydoc: Y.Doc,
    structs: readonly (Y.Item | Y.GC | Y.Skip)[],
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client) ?? [];
      list.push(struct);
      this.byClient.set(struct.id.client, list);
    }
  }

  placeOf(item: Y.Item): Place {
    const known = this.places.get(item);
    if (known !== undefined) return known;
    const place = this.findPlace(item);
    this.places.set(item, place);
    return place;
  }

  private findPlace(item: Y.Item): Place {
    const parent = item.parent as unknown;
    if (typeof parent === 'string') return { at: 'root', root: parent, key: item.parentSub };
    if (parent instanceof Y.ID) return this.insideOf(this.find(parent), item.parentSub);
    // No parent written: Yjs takes its neighbour's parent and key.
    const neighbour = item.origin ?? item.rightOrigin;
    if (neighbour === null) return ELSEWHERE;
    const found = this.find(neighbour);
    if (found === null) return MISSING;
    if (!(found instanceof Y.Item)) return GONE;
    return this.ydocHolds(found) ? placeInDocument(found) : this.placeOf(found);
  }

  /** The place of an entry keyed `key` in the type `holder` holds. */
  private insideOf(holder: Y.Item | Y.GC | null, key: string | null): Place {
    if (holder === null) return MISSING;
    if (!(holder instanceof Y.Item) || holder.deleted) return GONE;
    const place = this.ydocHolds(holder) ? placeInDocument(holder) : this.placeOf(holder);
    return recordIn(place, holder, key);
  }

  private ydocHolds(item: Y.Item): boolean {
    return item.parent instanceof Y.AbstractType;
  }

  /** The struct holding `id`: the server's own when it has it, else this update's. */
  private find(id: Y.ID): Y.Item | Y.GC | null {
    if (id.clock < Y.getState(this.ydoc.store, id.client)) return Y.getItem(this.ydoc.store, id) as Y.Item | Y.GC;
    const struct = this.byClient.get(id.client)?.find((candidate) => candidate.id.clock <= id.clock && id.clock < candidate.id.clock + candidate.length);
    return struct === undefined || struct instanceof Y.Skip ? null : struct;
  }
}

/** A record's map sits at a collection's root under its id; anything under it is one of its fields. */
function recordIn(holderPlace: Place, holder: Y.Item, key: string | null): Place {
  if (holderPlace.at === 'gone' || holderPlace.at === 'missing') return holderPlace;
  const isRecord = holderPlace.at === 'root' && COLLECTIONS.has(holderPlace.root) && holder.content instanceof Y.ContentType && holder.content.type instanceof Y.Map;
  return isRecord ? { at: 'record', collection: holderPlace.root, key } : ELSEWHERE;
}

/** The place of a struct the server's document already holds. */
function placeInDocument(item: Y.Item): Place {
  const parent = item.parent as Y.AbstractType<unknown>;
  if (parent._item === null) return { at: 'root', root: Y.findRootTypeKey(parent), key: item.parentSub };
  const holder = parent._item;
  if (holder.deleted) return GONE;
  return recordIn(placeInDocument(holder), holder, item.parentSub);
}

/** A field's content: plain values that pass its schema (or content already deleted). */
function fieldRefusal(content: Y.Item['content'], schema: z.ZodType | undefined): Refusal | null {
  if (schema === undefined) return 'unknown-part';
  if (content instanceof Y.ContentDeleted) return null;
  if (!(content instanceof Y.ContentAny)) return 'unknown-part';
  return content.arr.every((value) => schema.safeParse(value).success) ? null : 'outside-caps';
}

// A record's place (binding/shape.ts): any finite number.
const PLACE_SCHEMA = z.number();

function isPlainContent(content: Y.Item['content']): boolean {
  return content instanceof Y.ContentAny || content instanceof Y.ContentDeleted || (content instanceof Y.ContentType && content.type instanceof Y.Map);
}

function refusalAt(place: Place, item: Y.Item): Refusal | null {
  switch (place.at) {
    case 'missing':
      return isPlainContent(item.content) ? null : 'unknown-part';
    case 'gone':
      return null;
    case 'elsewhere':
      return 'unknown-part';
    case 'record': {
      if (place.key === null) return 'unknown-part';
      const fields = COLLECTIONS.get(place.collection)!.fields;
      const schema = place.key === PLACE && PLACED.has(place.collection as CollectionName) ? PLACE_SCHEMA : fields.get(place.key);
      return fieldRefusal(item.content, schema);
    }
    case 'root': {
      if (place.key === null) return 'unknown-part';
      const fields = ROOT_FIELDS.get(place.root);
      if (fields !== undefined) return fieldRefusal(item.content, fields.get(place.key));
      if (!COLLECTIONS.has(place.root)) return 'unknown-part';
      if (!RECORD_ID.safeParse(place.key).success) return 'outside-caps';
      const isRecordMap = item.content instanceof Y.ContentType && item.content.type instanceof Y.Map;
      return isRecordMap || item.content instanceof Y.ContentDeleted ? null : 'unknown-part';
    }
  }
}

// The records a collection would hold: those it holds, plus the new ids the update adds, less the
// ones it removes (a cut and paste at the cap adds and removes in one update).
function overCap(ydoc: Y.Doc, collection: string, added: ReadonlySet<string>, deletes: ReturnType<typeof Y.decodeUpdate>['ds']): boolean {
  const records = ydoc.getMap(collection);
  const cap = COLLECTIONS.get(collection)!.cap;
  if (records.size + added.size <= cap) return false;
  let removed = 0;
  for (const [key, item] of records._map) {
    if (!item.deleted && !added.has(key) && Y.isDeleted(deletes, item.id)) removed += 1;
  }
  return records.size + added.size - removed > cap;
}

// Yjs integrates each client's structs in clock order: one that starts past what the server holds
// of its client (a gap, or a Skip standing for one) waits with everything after it.
function leavesGap(ydoc: Y.Doc, structs: readonly (Y.Item | Y.GC | Y.Skip)[]): boolean {
  const reached = new Map<number, number>();
  for (const struct of [...structs].sort((a, b) => a.id.clock - b.id.clock)) {
    const { client, clock } = struct.id;
    const covered = reached.get(client) ?? Y.getState(ydoc.store, client);
    if (clock > covered) return true;
    if (!(struct instanceof Y.Skip)) reached.set(client, Math.max(covered, clock + struct.length));
  }
  return false;
}

/** Why `update` may not be applied to `ydoc`, or null when it may. */
export function refusalOf(ydoc: Y.Doc, update: Uint8Array): Refusal | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return 'unreadable';
  }
  // What Yjs holds aside from earlier updates integrates with this one if this brings what it
  // hangs on: both are read together.
  const heldAside = ydoc.store.pendingStructs?.update ?? null;
  const structs = heldAside === null ? decoded.structs : [...Y.decodeUpdateV2(heldAside).structs, ...decoded.structs];
  const reader = new UpdateReader(ydoc, structs);
  const added = new Map<string, Set<string>>();
  let hangs = false;
  for (const struct of structs) {
    // A struct the server already holds (a client sending again what it sent before) is skipped by Yjs too.
    if (!(struct instanceof Y.Item) || struct.id.clock + struct.length <= Y.getState(ydoc.store, struct.id.client)) continue;
    const place = reader.placeOf(struct);
    const refusal = refusalAt(place, struct);
    if (refusal !== null) return refusal;
    hangs ||= place.at === 'missing';
    const addsRecord = place.at === 'root' && COLLECTIONS.has(place.root) && struct.content instanceof Y.ContentType && !Y.isDeleted(decoded.ds, struct.id);
    if (addsRecord && place.key !== null && !ydoc.getMap(place.root).has(place.key)) {
      const keys = added.get(place.root) ?? new Set<string>();
      keys.add(place.key);
      added.set(place.root, keys);
    }
  }
  for (const [collection, keys] of added) {
    if (overCap(ydoc, collection, keys, decoded.ds)) return 'too-many-records';
  }
  if ((hangs || leavesGap(ydoc, structs)) && update.byteLength + (heldAside?.byteLength ?? 0) > MAX_HELD_ASIDE_BYTES) return 'too-much-held-aside';
  return null;
}
