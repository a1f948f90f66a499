import type { SnapshotReason } from '../storage/revisions';
import type { Repository } from '../storage/repository';
import type { EditorStore } from '../store/editorStore';

/**
 * Keeps a restore point in the History; says so when the database refuses. The edit it guards
 * goes ahead either way: the document itself is still saved as it changes.
 */
export async function snapshotOrWarn(repository: Repository, store: EditorStore, reason: SnapshotReason): Promise<boolean> {
  const saved = await repository.snapshot(store.getState().document, reason);
  if (!saved.ok) store.getState().notify({ key: 'notice.snapshotFailed', tone: 'error' });
  return saved.ok;
}
