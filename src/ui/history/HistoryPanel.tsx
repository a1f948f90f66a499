import { replaceContent } from '../../commands/replaceContent';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useReadOnlyReason } from '../useReadOnlyReason';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { X } from 'lucide-react';
import { THUMBNAIL_SIZE, renderThumbnailSvg } from '../../io/svg/thumbnail';
import type { SalesDocument } from '../../model/types';
import type { Repository } from '../../storage/repository';
import type { RevisionSummary } from '../../storage/revisions';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { reasonKey } from './reasonText';
import { usePopoverFocus } from '../usePopoverFocus';

function previewUrl(document: SalesDocument): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderThumbnailSvg(document, THUMBNAIL_SIZE))}`;
}

/**
 * The document's snapshots, newest first: preview one and restore it. Restoring takes a snapshot of
 * the current state first and is itself one undo step.
 */
export function HistoryPanel({ repository, onClose }: { repository: Repository; onClose: () => void }) {
  const { t, tn, language } = useI18n();
  const store = useEditorStoreApi();
  const { context } = useEditorCommands();
  const documentId = useEditor((state) => state.document.id);
  const readOnlyReason = useReadOnlyReason();
  const revisions = useLiveQuery(() => repository.listRevisions(documentId), [repository, documentId]);
  const [chosen, setChosen] = useState<RevisionSummary | null>(null);
  const [preview, setPreview] = useState<SalesDocument | null>(null);
  const [refused, setRefused] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  usePopoverFocus(true, panelRef, onClose);
  const format = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }), [language]);

  useEffect(() => {
    let cancelled = false;
    setPreview(null);
    if (!chosen) return;
    void repository.loadRevision(chosen.id).then((loaded) => {
      if (!cancelled && loaded.ok) setPreview(loaded.value);
    });
    return () => {
      cancelled = true;
    };
  }, [chosen, repository]);

  const restore = async () => {
    if (!preview) return;
    const outcome = await replaceContent(context, preview, 'before-restore', { needsRestorePoint: true });
    // Without a copy of the current version the restore could not be undone in a later session: refused.
    if (outcome === 'no-restore-point') setRefused(true);
    if (outcome !== 'replaced') return;
    store.getState().viewport?.fitView();
    onClose();
  };

  const list = revisions?.ok ? revisions.value : [];
  return (
    <aside className="sf-history" aria-label={t('history.title')} ref={panelRef}>
      <header className="sf-history__header">
        <h2>{t('history.title')}</h2>
        <button type="button" className="sf-icon-button" aria-label={t('history.close')} onClick={onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {list.length === 0 ? <p className="sf-history__empty">{t('history.empty')}</p> : null}
      <ol className="sf-history__list">
        {list.map((revision) => (
          <li key={revision.id}>
            <button
              type="button"
              className="sf-history__item"
              aria-pressed={chosen?.id === revision.id}
              onClick={() => setChosen(revision)}
            >
              <span>{format.format(revision.createdAt)}</span>
              <span className="sf-history__meta">
                {t(reasonKey(revision.reason))} · {tn('count.nodes', revision.nodeCount)}
              </span>
            </button>
          </li>
        ))}
      </ol>
      {chosen ? (
        <div className="sf-history__preview">
          {preview ? <img src={previewUrl(preview)} alt={t('history.preview')} /> : null}
          <button
            type="button"
            className="sf-button sf-button--primary"
            onClick={() => void restore()}
            disabled={!preview || readOnlyReason !== undefined}
            title={readOnlyReason}
          >
            {t('history.restore')}
          </button>
          {refused ? <p role="alert">{t('history.restoreRefused')}</p> : null}
        </div>
      ) : null}
    </aside>
  );
}
