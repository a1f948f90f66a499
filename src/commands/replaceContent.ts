import { replaceDocument } from '../model/operations';
import type { SalesDocument } from '../model/types';
import type { EditorContext, SnapshotReason } from './context';

export type ReplaceOutcome = 'replaced' | 'refused' | 'no-restore-point';

/**
 * Replaces what the open document holds (an import into it, a restored revision) as one undo
 * step, after a snapshot of what it held: the one way to do it, so neither forgets the snapshot. The document keeps its identity. With `needsRestorePoint`, nothing is
 * replaced when the snapshot could not be stored.
 */
export async function replaceContent(
  context: EditorContext,
  next: SalesDocument,
  reason: SnapshotReason,
  { needsRestorePoint = false }: { needsRestorePoint?: boolean } = {},
): Promise<ReplaceOutcome> {
  if (!context.canEdit()) {
    context.notify({ key: 'notice.readOnly', tone: 'error' });
    return 'refused';
  }
  const kept = await context.snapshot(reason);
  if (!kept && needsRestorePoint) return 'no-restore-point';
  return context.perform(replaceDocument(next)).ok ? 'replaced' : 'refused';
}
