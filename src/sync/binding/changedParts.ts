// Which parts of a document Yjs transactions changed, so that a read goes back only to those
// records (documentReader.ts). A change is placed by walking up from the type it happened in to
// the root type: the key under the root names the record (or the setting, or the document field),
// however deep inside the record's map the change was (a peer may store a field as a Yjs type).

import * as Y from 'yjs';
import type { CollectionName } from '../../model/operations/changes';

/** A root type of the document: its own fields, its settings, or a collection of records. */
export type Part = 'meta' | 'settings' | CollectionName;

export class ChangedParts {
  /** Read everything again: nothing was read yet, or a change could not be placed. */
  everything = true;
  meta = false;
  settings = false;
  /** Record ids per collection, each added, removed, replaced or changed inside. */
  readonly records = new Map<CollectionName, Set<string>>();

  touch(part: Part, key: string | null): void {
    if (part === 'meta') this.meta = true;
    else if (part === 'settings') this.settings = true;
    // A root map has keys; a change without one (a list's) is not one this binding makes.
    else if (key === null) this.everything = true;
    else {
      const ids = this.records.get(part) ?? new Set<string>();
      ids.add(key);
      this.records.set(part, ids);
    }
  }

  clear(): void {
    this.everything = false;
    this.meta = false;
    this.settings = false;
    this.records.clear();
  }
}

/**
 * Adds what `transaction` changed to `changed`. `roots` names the document's root types; a change
 * under any other root is no part of the document and is ignored, as the full read ignores it.
 */
export function noteTransaction(transaction: Y.Transaction, roots: ReadonlyMap<object, Part>, changed: ChangedParts): void {
  for (const [type, keys] of transaction.changed) {
    const part = roots.get(type);
    if (part !== undefined) {
      for (const key of keys) changed.touch(part, key);
      continue;
    }
    let item = type._item;
    while (item !== null) {
      const parent = item.parent;
      if (!(parent instanceof Y.AbstractType)) {
        changed.everything = true;
        break;
      }
      const parentPart = roots.get(parent);
      if (parentPart !== undefined) {
        changed.touch(parentPart, item.parentSub);
        break;
      }
      item = parent._item;
    }
  }
}
