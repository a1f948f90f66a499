import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { removeRecords } from '../../model/operations';
import { applyChanges } from '../../model/operations/applyChanges';
import { sampleDocument } from '../../model/sample';
import { docToYjs } from './docToYjs';
import { coversOwnChanges, readStoredMessage, storedMessage } from './storedAck';
import { writeDocumentToYjs } from './writeDocument';

describe('stored acknowledgement', () => {
  it('reads back the state vector a server wrote, and nothing from other messages', () => {
    const ydoc = new Y.Doc();
    ydoc.getMap('document').set('title', 'x');
    const vector = readStoredMessage(storedMessage(Y.encodeStateVector(ydoc)));
    expect(vector?.get(ydoc.clientID)).toBe(1);
    expect(readStoredMessage('{"type":"other"}')).toBeNull();
    expect(readStoredMessage('not json')).toBeNull();
    expect(readStoredMessage('{"type":"stored","stateVector":"%%%"}')).toBeNull();
  });

  it('says a replica is saved only when the stored vector covers its own changes, a removal included', () => {
    const document = sampleDocument();
    const ydoc = new Y.Doc();
    docToYjs(document, ydoc);
    const stored = Y.decodeStateVector(Y.encodeStateVector(ydoc));
    expect(coversOwnChanges(stored, ydoc)).toBe(true);

    // A removal only deletes map entries; the write must still be seen as not stored yet.
    const edge = document.edges[0]!;
    const removed = removeRecords([], [edge.id])(document);
    if (!removed.ok) throw new Error('the removal was refused');
    writeDocumentToYjs(document, applyChanges(document, removed.value.changes), ydoc, 'local');
    expect(coversOwnChanges(stored, ydoc)).toBe(false);
    expect(coversOwnChanges(Y.decodeStateVector(Y.encodeStateVector(ydoc)), ydoc)).toBe(true);
  });
});
