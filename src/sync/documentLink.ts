// A shared document's two-way link between the editor store and the Y.Doc. The store changes
// the document as it always does; each change is written into the Y.Doc (writeDocumentToYjs).
// Collaborators' updates come back as our own change list (remoteChanges) through the store's
// one remote entry, so the canvas, the analysis and autosave see them like any edit.

import type * as Y from 'yjs';
import type { Change } from '../model/operations/changes';
import { throttled, type Scheduler } from '../lib/throttled';
import type { SalesDocument } from '../model/types';
import { DocumentReader } from './binding/documentReader';
import { remoteChanges } from './binding/remoteChanges';
import { writeDocumentToYjs } from './binding/writeDocument';

/** The editor store as the link sees it (src/sync may not import the store). */
export interface DocumentHost {
  current: () => SalesDocument;
  applyRemote: (changes: readonly Change[]) => void;
  /** Calls back with the store's document after every change of it, and at a gesture's end. */
  subscribe: (listener: (document: SalesDocument) => void) => () => void;
  /** Whether a gesture (a drag) is under way: its moves are written throttled, its end at once. */
  inGesture: () => boolean;
}

// Updates that arrive within 50 ms are read once (a collaborator's drag sends one per pointer
// move). The read itself is cheap now (documentReader.ts: about 1 ms for a one-field edit of 1,000
// nodes), but each read the store applies costs the canvas a render of the whole diagram (label
// placement, routing, React Flow's nodes: tens of ms at 500 nodes under load), so fewer reads
// under a crowd's edits still pay.
const PULL_DELAY_MS = 50;
const coalescing: Scheduler = (pull) => {
  const timer = setTimeout(pull, PULL_DELAY_MS);
  return () => clearTimeout(timer);
};

// A drag changes positions on every pointer move; collaborators see it move at 20 updates a
// second, which is smooth enough and a tenth of the traffic. Its end is written at once.
const WRITE_INTERVAL_MS = 50;

export interface LinkTiming {
  /** When a collaborator's update is read into the store. */
  pull: Scheduler;
  /** When this replica's changes are written into the Y.Doc. */
  write: Scheduler;
}

/**
 * Starts the link from a Y.Doc that already holds the shared document (after the first sync):
 * the store is brought to it first. Returns the function that ends the link.
 */
export function linkDocument(ydoc: Y.Doc, host: DocumentHost, timing: LinkTiming = { pull: coalescing, write: throttled(WRITE_INTERVAL_MS) }): () => void {
  // This replica's own writes, told apart from the provider's by origin (and so undoable by a
  // Yjs UndoManager tracking it, later).
  const origin = { link: 'local' };
  // The document as the Y.Doc holds it, as this replica last read or wrote it.
  let shared = host.current();
  let applyingRemote = false;
  const reader = new DocumentReader(ydoc);

  const pull = () => {
    const read = remoteChanges(shared, reader);
    // A state no replica can read as a document (before the first sync) changes nothing here.
    if (!read.ok) return;
    shared = read.value.document;
    applyingRemote = true;
    try {
      host.applyRemote(read.value.changes);
    } finally {
      applyingRemote = false;
    }
  };

  // A local write between an update and its read is safe: it is diffed from `shared` and written
  // field by field, and the read then diffs from what this replica wrote.
  let scheduled = false;
  let cancelPull = () => undefined as void;
  const onUpdate = (_update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === origin || scheduled) return;
    scheduled = true;
    cancelPull = timing.pull(() => {
      scheduled = false;
      pull();
    });
  };

  // A write diffs from `shared` when it runs, so a collaborator's update read in between is not
  // written back, and the store's changes since the last write go out as one.
  let writeScheduled = false;
  let cancelWrite = () => undefined as void;
  const write = () => {
    writeScheduled = false;
    const document = host.current();
    if (document === shared) return;
    writeDocumentToYjs(shared, document, ydoc, origin);
    shared = document;
  };

  pull();
  ydoc.on('update', onUpdate);
  const unsubscribe = host.subscribe((document) => {
    if (applyingRemote || document === shared) return;
    // An edit, or a gesture's end, goes out at once: "saved" is then never shown for an edit that
    // is not yet in the Y.Doc.
    if (!host.inGesture()) {
      cancelWrite();
      write();
      return;
    }
    if (writeScheduled) return;
    writeScheduled = true;
    cancelWrite = timing.write(write);
  });
  return () => {
    unsubscribe();
    cancelPull();
    cancelWrite();
    // What the store changed last (a drag's end) still goes out.
    if (writeScheduled) write();
    ydoc.off('update', onUpdate);
    reader.stop();
  };
}
