import { useState } from 'react';
import { useT, type Translate } from '../../i18n/I18nProvider';
import type { Repository } from '../../storage/repository';
import type { DocumentSummary } from '../../storage/rows';
import { leaveShared, rejoinShared, type LeaveError } from '../../sync/leaveShared';
import type { SharedEntry } from '../../sync/sharedRegistry';
import { ConfirmDialog } from '../ConfirmDialog';
import { storageReason } from '../storageReason';
import type { LibraryNotice } from './libraryNotice';

interface LeaveSharedDialogProps {
  summary: DocumentSummary;
  entry: SharedEntry;
  repository: Repository;
  onNotice: (notice: LibraryNotice) => void;
  onClose: () => void;
}

function leaveErrorText(t: Translate, title: string, error: LeaveError): string {
  if (error.code === 'trash-failed') return t('library.deleteFailed', { title, reason: storageReason(t, error.error) });
  return error.error.code === 'unreachable' ? t('team.ownerUnreachable') : t('team.ownerRefused', { status: error.error.status });
}

/**
 * Deleting a shared flowchart's card: asked first, since it means leaving it (src/sync/leaveShared.ts).
 * Its owner may stop sharing it as well. Undo brings the copy back and, unless sharing stopped, joins again.
 */
export function LeaveSharedDialog({ summary, entry, repository, onNotice, onClose }: LeaveSharedDialogProps) {
  const t = useT();
  const [stopToo, setStopToo] = useState(false);
  const { title } = summary;

  const leave = async () => {
    onClose();
    const left = await leaveShared(summary.id, entry, repository, { stopSharing: stopToo });
    if (!left.ok) {
      onNotice({ text: leaveErrorText(t, title, left.error), tone: 'error' });
      return;
    }
    onNotice({
      text: t(left.value.stopped ? 'teamLibrary.leftStopped' : 'teamLibrary.left', { title }),
      tone: 'info',
      undo: () => {
        onNotice(null);
        void rejoinShared(summary.id, left.value, repository).then((restored) => {
          if (!restored.ok) onNotice({ text: t('library.undoDeleteFailed', { title, reason: storageReason(t, restored.error) }), tone: 'error' });
        });
      },
    });
  };

  return (
    <ConfirmDialog
      message={t('teamLibrary.leaveConfirm', { title })}
      confirmLabel={t('teamLibrary.leave')}
      cancelLabel={t('library.cancel')}
      onConfirm={() => void leave()}
      onCancel={onClose}
      initialFocus="cancel"
    >
      {entry.lastState === 'unsynced' ? <p className="sf-confirm__warning">{t('teamLibrary.leaveUnsynced')}</p> : null}
      {entry.ownerSecret !== undefined ? (
        <label className="sf-confirm__choice">
          <input type="checkbox" checked={stopToo} onChange={(event) => setStopToo(event.target.checked)} />
          <span>{t('teamLibrary.alsoStop')}</span>
        </label>
      ) : null}
    </ConfirmDialog>
  );
}
