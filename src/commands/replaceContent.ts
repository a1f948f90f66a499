import { replaceDocument } from '../model/operations';
import type { SalesDocument } from '../model/types';
import type { EditorContext, SnapshotReason } from './context';

/**
 * Replaces what the open document holds (an import into it, a restored revision, the pinned
 * baseline) as one undo step, after a snapshot of what it held: the one way to do it, so none of
 * them forgets the snapshot. The document keeps its identity. False when nothing was replaced.
 */
export async function replaceContent(context: EditorContext, next: SalesDocument, reason: SnapshotReason): Promise<boolean> {
  if (!context.canEdit()) {
    context.notify({ key: 'notice.readOnly', tone: 'error' });
    return false;
  }
  await context.snapshot(reason);
  return context.perform(replaceDocument(next)).ok;
}
