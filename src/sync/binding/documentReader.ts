// The Y.Doc read incrementally: only the records that transactions touched since the last read are
// read and checked again; every other record keeps its object from the last read (or the
// caller's equal one), so the diff that follows, the store and the canvas do only the touched
// work. The document read is always the one the full read (yjsToDoc) gives for the same state:
// each record passes the same schema on its own as it does inside the document, and what spans
// records is repaired by the same code (normalizeAcrossRecords). A state with anything the schema
// refuses (a hostile peer's write, a list past its cap) is read in full, so `normalize` repairs it
// exactly as it always does.

import * as Y from 'yjs';
import { err, ok, type Result } from '../../lib/result';
import type { DocumentError } from '../../model/errors';
import { normalizeAcrossRecords, type Normalized } from '../../model/normalize';
import { collectionOf, COLLECTIONS, type CollectionName, type RecordTypes } from '../../model/operations/changes';
import { sameValue } from '../../model/operations/diff';
import { documentSchema } from '../../model/schema';
import { COLLECTION_RULES } from '../../model/collectionRules';
import type { SalesDocument } from '../../model/types';
import { ChangedParts, noteTransaction, type Part } from './changedParts';
import { entryOrder, plainMap, readRecord, type SortKey } from './records';
import { collectionMap, metaOf, settingsOf } from './shape';
import { yjsToDoc } from './yjsToDoc';

type AnyRecord = RecordTypes[CollectionName];

interface RecordSchema {
  safeParse: (value: unknown) => { success: true; data: AnyRecord } | { success: false };
}

interface CachedRecord {
  key: SortKey;
  /** The record as the schema gives it back; null when the schema refuses it. */
  checked: AnyRecord | null;
}

/** One collection as last read: its records by id, and in order. */
class CollectionReading {
  readonly records = new Map<string, CachedRecord>();
  refused = 0;
  private ordered: string[] = [];
  private orderStale = true;
  private list: readonly AnyRecord[] | null = null;

  constructor(private readonly collection: CollectionName) {}

  /** Reads the record filed under `id` again (gone when it is not a record map). */
  refresh(id: string, value: unknown): void {
    const before = this.records.get(id);
    if (before?.checked === null) this.refused -= 1;
    if (!(value instanceof Y.Map)) {
      if (before !== undefined) {
        this.records.delete(id);
        this.orderStale = true;
        this.list = null;
      }
      return;
    }
    const { record, ...key } = readRecord(id, value);
    const schema: RecordSchema = COLLECTION_RULES[this.collection].schema;
    const parsed = schema.safeParse(record);
    const checked = parsed.success ? parsed.data : null;
    if (checked === null) this.refused += 1;
    this.records.set(id, { key, checked });
    if (before === undefined || before.key.place !== key.place || before.key.order !== key.order) this.orderStale = true;
    this.list = null;
  }

  /** Every record read again, and those no longer there forgotten. */
  refreshAll(records: Y.Map<unknown>): void {
    for (const id of [...this.records.keys()]) if (!records.has(id)) this.refresh(id, undefined);
    for (const [id, value] of records.entries()) this.refresh(id, value);
  }

  /**
   * Where a record of `previous` (the caller's document, the store's) equals the one read, the
   * previous object is kept from now on: the diff against it is then a comparison of references.
   */
  adopt(previous: readonly AnyRecord[]): void {
    for (const record of previous) {
      const cached = this.records.get(record.id);
      if (cached === undefined || cached.checked === null || cached.checked === record) continue;
      if (sameValue(cached.checked, record)) {
        cached.checked = record;
        this.list = null;
      }
    }
  }

  /** The records in the order every replica agrees on; the same array while nothing changed. */
  checkedList(): readonly AnyRecord[] {
    if (this.orderStale) {
      const order = entryOrder(this.collection);
      this.ordered = [...this.records.values()].map((cached) => cached.key).sort(order).map((key) => key.id);
      this.orderStale = false;
    }
    this.list ??= this.ordered.map((id) => this.records.get(id)?.checked ?? null).filter((record): record is AnyRecord => record !== null);
    return this.list;
  }
}

/**
 * The document's own fields and its settings as the schema gives them back, its lists empty (the
 * records are checked one by one); null when the schema refuses them.
 */
type Shell = SalesDocument | null;

export class DocumentReader {
  private readonly changed = new ChangedParts();
  private readonly collections = new Map<CollectionName, CollectionReading>(COLLECTIONS.map((collection) => [collection, new CollectionReading(collection)]));
  private readonly roots: ReadonlyMap<object, Part>;
  private shell: Shell = null;
  /** The collections of the last document read, to tell whether the caller's are still those. */
  private lastRead: SalesDocument | null = null;
  private readonly onTransaction = (transaction: Y.Transaction) => noteTransaction(transaction, this.roots, this.changed);

  constructor(private readonly ydoc: Y.Doc) {
    this.roots = new Map<object, Part>([
      [metaOf(ydoc), 'meta'],
      [settingsOf(ydoc), 'settings'],
      ...COLLECTIONS.map((collection): [object, Part] => [collectionMap(ydoc, collection), collection]),
    ]);
    ydoc.on('afterTransaction', this.onTransaction);
  }

  stop(): void {
    this.ydoc.off('afterTransaction', this.onTransaction);
  }

  /**
   * The document the Y.Doc holds, as yjsToDoc reads it. `previous` (the caller's last document)
   * lends its records wherever they equal the ones read, so that unchanged records stay the same
   * objects.
   */
  read(previous?: SalesDocument): Result<Normalized, DocumentError> {
    this.catchUp();
    if (!metaOf(this.ydoc).has('id')) return err({ code: 'invalid', path: 'id', reason: 'required' });
    const readable = this.shell !== null && COLLECTIONS.every((collection) => this.reading(collection).refused === 0 && this.reading(collection).records.size <= COLLECTION_RULES[collection].cap);
    if (this.shell === null || !readable) {
      this.lastRead = null;
      return yjsToDoc(this.ydoc);
    }
    if (previous !== undefined) {
      for (const collection of COLLECTIONS) {
        const records = collectionOf(previous, collection);
        if (this.lastRead === null || records !== collectionOf(this.lastRead, collection)) this.reading(collection).adopt(records);
      }
    }
    const shell = this.sharedShell(this.shell, previous);
    const read = normalizeAcrossRecords({
      ...shell,
      lanes: this.list('lanes'),
      nodes: this.list('nodes'),
      edges: this.list('edges'),
      scenarios: this.list('scenarios'),
      walkthrough: { steps: this.list('walkthroughSteps') },
    });
    this.lastRead = read.document;
    return ok(read);
  }

  private reading(collection: CollectionName): CollectionReading {
    const reading = this.collections.get(collection);
    if (reading === undefined) throw new Error(`no reading of ${collection}`);
    return reading;
  }

  private list<C extends CollectionName>(collection: C): RecordTypes[C][] {
    // Each collection's reading holds only records its own schema gave back.
    return this.reading(collection).checkedList() as RecordTypes[C][];
  }

  /** The settings and deal data of `previous` where they equal the ones read. */
  private sharedShell(shell: NonNullable<Shell>, previous: SalesDocument | undefined): NonNullable<Shell> {
    if (previous === undefined) return shell;
    const settings = shell.settings !== previous.settings && sameValue(shell.settings, previous.settings) ? previous.settings : shell.settings;
    const dealData = shell.dealData !== previous.dealData && sameValue(shell.dealData, previous.dealData) ? previous.dealData : shell.dealData;
    if (settings === shell.settings && dealData === shell.dealData) return shell;
    this.shell = { ...shell, settings, ...(dealData === undefined ? {} : { dealData }) };
    return this.shell;
  }

  /** Reads again what changed since the last read. */
  private catchUp(): void {
    const { changed, ydoc } = this;
    if (changed.everything || changed.meta || changed.settings) this.shell = readShell(ydoc);
    for (const collection of COLLECTIONS) {
      const records = collectionMap(ydoc, collection) as Y.Map<unknown>;
      const reading = this.reading(collection);
      if (changed.everything) reading.refreshAll(records);
      else for (const id of changed.records.get(collection) ?? []) reading.refresh(id, records.get(id));
    }
    changed.clear();
  }
}

// The document's own fields and settings through the document's schema, its lists left empty:
// the lists' records are checked one by one, against the same schemas the document's lists use.
function readShell(ydoc: Y.Doc): Shell {
  const value = {
    ...plainMap(metaOf(ydoc)),
    settings: plainMap(settingsOf(ydoc)),
    lanes: [],
    nodes: [],
    edges: [],
    scenarios: [],
    walkthrough: { steps: [] },
  };
  const parsed = documentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
