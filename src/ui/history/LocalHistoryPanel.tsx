import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { replaceContent } from '../../commands/replaceContent';
import type { Repository } from '../../storage/repository';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditor } from '../../store/EditorStoreProvider';
import { HistoryPanel } from './HistoryPanel';
import type { HistorySource } from './historySource';
import { reasonKey } from './reasonText';

/** The revisions this browser keeps of a local document (src/storage/revisions.ts). */
function useLocalHistory(repository: Repository, documentId: string): HistorySource {
  const { context } = useEditorCommands();
  const revisions = useLiveQuery(() => repository.listRevisions(documentId), [repository, documentId]);
  const entries = useMemo(
    () => (revisions?.ok ? revisions.value.map(({ id, createdAt, nodeCount, reason }) => ({ id, createdAt, nodeCount, reason: reasonKey(reason) })) : []),
    [revisions],
  );
  const load = useCallback(
    async (id: number) => {
      const loaded = await repository.loadRevision(id);
      return loaded.ok ? loaded.value : null;
    },
    [repository],
  );
  return {
    entries,
    intro: null,
    empty: 'history.empty',
    problem: null,
    load,
    // Without a copy of the current version the restore could not be undone in a later session: refused.
    restore: (version) => replaceContent(context, version, 'before-restore', { needsRestorePoint: true }),
  };
}

export function LocalHistoryPanel({ repository, onClose }: { repository: Repository; onClose: () => void }) {
  const documentId = useEditor((state) => state.document.id);
  return <HistoryPanel source={useLocalHistory(repository, documentId)} onClose={onClose} />;
}
