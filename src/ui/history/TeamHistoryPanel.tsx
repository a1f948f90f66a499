import { useCallback, useEffect, useMemo, useState } from 'react';
import { replaceContent } from '../../commands/replaceContent';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/I18nProvider';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import type { SharedEntry } from '../../sync/sharedRegistry';
import { keepTeamSnapshot, listTeamSnapshots, loadTeamSnapshot, type TeamHistoryError, type TeamSnapshot } from '../../sync/teamHistory';
import { HistoryPanel } from './HistoryPanel';
import type { HistorySource } from './historySource';

// Keyed by every reason the server gives, `unknown` included: a reason added without a sentence
// fails to compile.
const REASON_KEYS: Record<TeamSnapshot['reason'], MessageKey> = {
  shared: 'teamHistory.reason.shared',
  interval: 'history.reason.interval',
  'before-restore': 'history.reason.before-restore',
  unknown: 'history.reason.unknown',
};

function problemKey(error: TeamHistoryError): MessageKey {
  if (error.code === 'unreachable') return 'teamHistory.unreachable';
  return error.code === 'refused' ? 'teamHistory.refused' : 'teamHistory.unreadable';
}

/**
 * The snapshots the team server keeps of a shared document, for everyone with a link. Restoring one
 * first asks the server to keep the document as it is, so everyone can go back on it; the restore
 * itself is this person's edit, sent like any other, which the others see and only they undo.
 */
function useTeamHistory(entry: SharedEntry): HistorySource {
  const t = useT();
  const { context } = useEditorCommands();
  const [listed, setListed] = useState<{ snapshots: TeamSnapshot[] | null; problem: TeamHistoryError | null }>({ snapshots: null, problem: null });
  const { name, token } = entry;

  useEffect(() => {
    let live = true;
    void listTeamSnapshots(name, token).then((result) => {
      if (live) setListed(result.ok ? { snapshots: result.value, problem: null } : { snapshots: [], problem: result.error });
    });
    return () => {
      live = false;
    };
  }, [name, token]);

  const entries = useMemo(
    () => listed.snapshots?.map(({ id, createdAt, nodeCount, reason }) => ({ id, createdAt, nodeCount, reason: REASON_KEYS[reason] })) ?? null,
    [listed.snapshots],
  );
  const load = useCallback(
    async (id: number) => {
      const loaded = await loadTeamSnapshot(name, token, id);
      return loaded.ok ? loaded.value : null;
    },
    [name, token],
  );
  const problem = listed.problem;
  return {
    entries,
    intro: 'teamHistory.intro',
    empty: 'teamHistory.empty',
    problem: problem === null ? null : t(problemKey(problem), { status: problem.code === 'refused' ? problem.status : 0 }),
    load,
    restore: async (version) => {
      if (!context.canEdit()) {
        context.notify({ key: 'notice.readOnly', tone: 'error' });
        return 'refused';
      }
      const kept = await keepTeamSnapshot(name, token);
      if (!kept.ok) return 'no-restore-point';
      return replaceContent(context, version, 'before-restore');
    },
  };
}

export function TeamHistoryPanel({ entry, onClose }: { entry: SharedEntry; onClose: () => void }) {
  return <HistoryPanel source={useTeamHistory(entry)} onClose={onClose} />;
}
