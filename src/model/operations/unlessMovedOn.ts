// Undo and redo in a document others edit too (issue 23): a step's changes, less every field that
// has moved on since, so that taking back one's own edit never takes back a collaborator's later
// edit of the same field. Alone in a document no field moves on behind one's back, so nothing is
// left out. Adds and removals stay: applyChanges already skips an add of a record that exists and
// a removal of one that is gone.

import type { SalesDocument } from '../types';
import { collectionOf, type Change, type FieldChange } from './changes';
import { sameValue } from './diff';

function fieldsStillAt<F extends string>(current: object, fields: readonly FieldChange<F>[]): FieldChange<F>[] {
  const values = current as Record<string, unknown>;
  return fields.filter(({ field, from }) => sameValue(Object.hasOwn(values, field) ? values[field] : undefined, from));
}

/** `changes` as they apply to `document`: each field change only where the field still holds its `from`. */
export function unlessMovedOn(document: SalesDocument, changes: readonly Change[]): Change[] {
  const kept: Change[] = [];
  for (const change of changes) {
    if (change.type === 'add' || change.type === 'remove') {
      kept.push(change);
      continue;
    }
    if (change.type === 'document') {
      const fields = fieldsStillAt(document, change.fields);
      if (fields.length > 0) kept.push({ ...change, fields });
      continue;
    }
    if (change.type === 'settings') {
      const fields = fieldsStillAt(document.settings, change.fields);
      if (fields.length > 0) kept.push({ ...change, fields });
      continue;
    }
    const record = collectionOf(document, change.collection).find((candidate) => candidate.id === change.id);
    if (record === undefined) continue;
    const fields = fieldsStillAt(record, change.fields);
    if (fields.length > 0) kept.push({ ...change, fields } as Change);
  }
  return kept;
}
