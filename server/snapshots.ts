// When the server keeps a snapshot of a shared document, and what one holds: the document as the
// browser reads it (yjsToDoc, normalized) written as a Salesflow file and gzipped, so a snapshot is
// what a person saw and can be previewed and restored by the same code as a local revision.
//
// - `shared`: the document as it was uploaded, the first point to go back to.
// - `interval`: while a document is edited, the version stored before the change that comes five
//   minutes or more after the last snapshot (as the browser's own History does for local
//   documents): at most one per five minutes of activity, each the state before a stretch of work.
// - `before-restore`: asked by a browser (edit link) before it restores one, so that everyone can
//   go back on the restore too.
// A snapshot equal to the newest one is not kept again; the 50 newest are kept.

import { gzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { serializeDocumentFile } from '../src/model/parse';
import { yjsToDoc } from '../src/sync/binding/yjsToDoc';
import type { SnapshotReason, SnapshotStore, SnapshotSummary } from './snapshotStore';

export const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;
export const MAX_SNAPSHOTS_PER_DOCUMENT = 50;

interface SnapshotContent {
  content: Uint8Array;
  nodeCount: number;
}

/** The document a Yjs state holds, as a snapshot's content; null when it cannot be read as one. */
export function snapshotContent(state: Y.Doc | Uint8Array): SnapshotContent | null {
  let ydoc = state;
  if (state instanceof Uint8Array) {
    ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, state);
  }
  const read = yjsToDoc(ydoc as Y.Doc);
  if (state instanceof Uint8Array) (ydoc as Y.Doc).destroy();
  if (!read.ok) return null;
  // The same document gives the same bytes (gzip writes no time), so equal snapshots compare equal.
  return { content: gzipSync(serializeDocumentFile(read.value.document)), nodeCount: read.value.document.nodes.length };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export class SnapshotKeeper {
  /**
   * Per document, the time from which the next `interval` snapshot is counted: the newest
   * snapshot's, or a later moment at which it was found to still hold the stored version. Only
   * spares the store a query per save; another instance's snapshots are read from the store.
   */
  private readonly countedFrom = new Map<string, number>();

  constructor(
    private readonly store: SnapshotStore,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps the document as `state` holds it now; the newest snapshot when that one holds the same. */
  async keep(document: string, state: Y.Doc | Uint8Array, reason: SnapshotReason): Promise<SnapshotSummary | null> {
    const [newest] = await this.store.listSnapshots(document);
    return this.keepAfter(newest, document, state, reason);
  }

  /** Whether a new version of the document, about to be stored, should first keep the stored one. */
  due(document: string): boolean {
    const from = this.countedFrom.get(document);
    return from === undefined || this.now() - from >= SNAPSHOT_INTERVAL_MS;
  }

  /** Keeps `stored` (the version stored before the one just written) when the interval has passed. */
  async keepBeforeChange(document: string, stored: Uint8Array): Promise<void> {
    const [newest] = await this.store.listSnapshots(document);
    if (newest !== undefined && this.now() - newest.createdAt < SNAPSHOT_INTERVAL_MS) {
      this.countedFrom.set(document, newest.createdAt);
      return;
    }
    await this.keepAfter(newest, document, stored, 'interval');
  }

  private async keepAfter(newest: SnapshotSummary | undefined, document: string, state: Y.Doc | Uint8Array, reason: SnapshotReason): Promise<SnapshotSummary | null> {
    const snapshot = snapshotContent(state);
    if (snapshot === null) return null;
    const time = this.now();
    if (newest !== undefined && (await this.holds(document, newest, snapshot))) {
      this.countedFrom.set(document, time);
      return newest;
    }
    const kept = await this.store.addSnapshot(document, { createdAt: time, reason, ...snapshot }, MAX_SNAPSHOTS_PER_DOCUMENT);
    if (kept !== null) this.countedFrom.set(document, time);
    return kept;
  }

  private async holds(document: string, newest: SnapshotSummary, snapshot: SnapshotContent): Promise<boolean> {
    const content = await this.store.readSnapshot(document, newest.id);
    return content !== null && sameBytes(content, snapshot.content);
  }
}
