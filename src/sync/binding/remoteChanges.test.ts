import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { makeChain } from '../../model/fixtures/documents';
import { connect, editNode, removeRecords, type Operation } from '../../model/operations';
import { applyChanges } from '../../model/operations/applyChanges';
import type { SalesDocument } from '../../model/types';
import { applyChangesToYjs } from './applyChangesToYjs';
import { docToYjs } from './docToYjs';
import { DocumentReader } from './documentReader';
import { remoteChanges } from './remoteChanges';

function run(operation: Operation, document: SalesDocument) {
  const result = operation(document);
  if (!result.ok) throw new Error('refused');
  return result.value;
}

describe('remoteChanges', () => {
  it("describes a collaborator's edits as our changes, which bring our document to theirs", () => {
    const document = makeChain();
    const mine = new Y.Doc();
    docToYjs(document, mine);
    const theirs = new Y.Doc();
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    let view = document;
    for (const operation of [editNode('a', { label: 'Qualified' }), connect({ id: 'e9', source: 'start', target: 'b' }), removeRecords(['note'], ['e3'])]) {
      const applied = run(operation, view);
      applyChangesToYjs(theirs, applied.changes, 'them');
      view = applied.document;
    }
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    const remote = remoteChanges(document, new DocumentReader(mine));
    if (!remote.ok) throw new Error('unreadable');
    expect(remote.value.document).toEqual(view);
    expect(applyChanges(document, remote.value.changes)).toEqual(view);
    expect(remote.value.changes.map((change) => change.type).sort()).toEqual(['add', 'remove', 'remove', 'update']);
  });

  it('answers no changes when nothing changed', () => {
    const document = makeChain();
    const ydoc = new Y.Doc();
    docToYjs(document, ydoc);
    const remote = remoteChanges(document, new DocumentReader(ydoc));
    expect(remote.ok && remote.value.changes).toEqual([]);
  });
});
