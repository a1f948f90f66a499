// A whole document into a Y.Doc: what the owner of a document does once, when sharing it.

import type * as Y from 'yjs';
import { collectionOf, COLLECTIONS } from '../../model/operations/changes';
import type { SalesDocument } from '../../model/types';
import { collectionMap, META_FIELDS, metaOf, PLACED, recordMap, settingsOf } from './shape';

function setOrDelete(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}

/**
 * Writes `document` into `ydoc` in one transaction, replacing whatever was there (a record or a
 * setting the document lacks is deleted), so the Y.Doc reads back as `document`.
 */
export function docToYjs(document: SalesDocument, ydoc: Y.Doc, origin: unknown = null): void {
  ydoc.transact(() => {
    const meta = metaOf(ydoc);
    for (const field of META_FIELDS) setOrDelete(meta, field, document[field]);
    const settings = settingsOf(ydoc);
    for (const key of [...settings.keys()]) if (!Object.hasOwn(document.settings, key)) settings.delete(key);
    for (const [field, value] of Object.entries(document.settings)) setOrDelete(settings, field, value);
    for (const collection of COLLECTIONS) {
      const map = collectionMap(ydoc, collection);
      map.clear();
      const placed = PLACED.has(collection);
      for (const [index, record] of collectionOf(document, collection).entries()) {
        map.set(record.id, recordMap(record, placed ? index : undefined));
      }
    }
  }, origin);
}
