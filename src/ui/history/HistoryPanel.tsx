import { useReadOnlyReason } from '../useReadOnlyReason';
import { useEffect, useMemo, useRef, useState } from 'react';
import { X } from 'lucide-react';
import { THUMBNAIL_SIZE, renderThumbnailSvg } from '../../io/svg/thumbnail';
import type { SalesDocument } from '../../model/types';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { usePopoverFocus } from '../usePopoverFocus';
import type { HistoryEntry, HistorySource } from './historySource';

function previewUrl(document: SalesDocument): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderThumbnailSvg(document, THUMBNAIL_SIZE))}`;
}

/**
 * A document's versions, newest first: preview one and restore it. Restoring keeps the current
 * version first (where `source` keeps versions) and is itself one undo step.
 */
export function HistoryPanel({ source, onClose }: { source: HistorySource; onClose: () => void }) {
  const { t, tn, language } = useI18n();
  const store = useEditorStoreApi();
  const readOnlyReason = useReadOnlyReason();
  const [chosen, setChosen] = useState<HistoryEntry | null>(null);
  const [preview, setPreview] = useState<SalesDocument | null>(null);
  const [refused, setRefused] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  usePopoverFocus(true, panelRef, onClose);
  const format = useMemo(() => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }), [language]);
  const { load } = source;

  useEffect(() => {
    let cancelled = false;
    setPreview(null);
    if (!chosen) return;
    void load(chosen.id).then((loaded) => {
      if (!cancelled && loaded) setPreview(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [chosen, load]);

  const restore = async () => {
    if (!preview) return;
    const outcome = await source.restore(preview);
    if (outcome === 'no-restore-point') setRefused(true);
    if (outcome !== 'replaced') return;
    store.getState().viewport?.fitView();
    onClose();
  };

  const list = source.entries ?? [];
  return (
    <aside className="sf-history" aria-label={t('history.title')} ref={panelRef}>
      <header className="sf-history__header">
        <h2>{t('history.title')}</h2>
        <button type="button" className="sf-icon-button" aria-label={t('history.close')} onClick={onClose}>
          <X size={16} aria-hidden="true" />
        </button>
      </header>
      {source.intro ? <p className="sf-history__intro">{t(source.intro)}</p> : null}
      {source.problem ? (
        <p className="sf-history__empty" role="alert">
          {source.problem}
        </p>
      ) : null}
      {source.entries !== null && list.length === 0 && !source.problem ? <p className="sf-history__empty">{t(source.empty)}</p> : null}
      <ol className="sf-history__list">
        {list.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="sf-history__item" aria-pressed={chosen?.id === entry.id} onClick={() => setChosen(entry)}>
              <span>{format.format(entry.createdAt)}</span>
              <span className="sf-history__meta">
                {t(entry.reason)} · {tn('count.nodes', entry.nodeCount)}
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
