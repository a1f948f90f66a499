import { useState } from 'react';
import { MoreHorizontal } from 'lucide-react';
import type { DocumentSummary } from '../../storage/rows';
import { useI18n } from '../../i18n/I18nProvider';
import { useSharedEntry } from '../share/useSharedEntry';

interface DocumentCardProps {
  summary: DocumentSummary;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onDelete: () => void;
}

function thumbnailUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

export function DocumentCard({ summary, onOpen, onRename, onDuplicate, onExport, onDelete }: DocumentCardProps) {
  const { t, tn, language } = useI18n();
  const [menuOpen, setMenuOpen] = useState(false);
  const [renaming, setRenaming] = useState(false);
  // A restored backup joins its shared flowcharts again after their cards appear.
  const shared = useSharedEntry(summary.id);
  const edited = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(summary.updatedAt);
  const run = (action: () => void) => () => {
    setMenuOpen(false);
    action();
  };
  return (
    <article className="sf-card" aria-label={summary.title}>
      <button type="button" className="sf-card__preview" onClick={onOpen} aria-label={`${t('library.open')}: ${summary.title}`}>
        {summary.thumbnail ? <img src={thumbnailUrl(summary.thumbnail)} alt="" /> : null}
      </button>
      <div className="sf-card__body">
        {renaming ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const value = new FormData(event.currentTarget).get('title');
              setRenaming(false);
              if (typeof value === 'string' && value.trim() !== '') onRename(value.trim());
            }}
          >
            <input name="title" defaultValue={summary.title} aria-label={t('library.renamePrompt')} autoFocus onBlur={(event) => event.currentTarget.form?.requestSubmit()} />
          </form>
        ) : (
          <h3 className="sf-card__title">{summary.title}</h3>
        )}
        <p className="sf-card__meta">
          {t('library.edited', { when: edited })} · {tn('count.nodes', summary.nodeCount)}
          {shared ? (
            <span className={`sf-card__badge${shared.lastState === 'saved' || shared.lastState === undefined ? '' : ' sf-card__badge--warning'}`}>
              {shared.lastState === 'unsynced' ? t('team.sharedUnsynced') : shared.lastState === 'revoked' ? t('team.sharedRevoked') : t('team.sharedBadge')}
            </span>
          ) : null}
        </p>
      </div>
      <div className="sf-card__menu">
        <button
          type="button"
          className="sf-icon-button"
          aria-label={t('library.menu', { title: summary.title })}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MoreHorizontal size={16} aria-hidden="true" />
        </button>
        {menuOpen ? (
          <div className="sf-context-menu sf-card__actions" role="menu">
            <button type="button" role="menuitem" onClick={run(onOpen)}>
              {t('library.open')}
            </button>
            <button type="button" role="menuitem" onClick={run(() => setRenaming(true))}>
              {t('library.rename')}
            </button>
            <button type="button" role="menuitem" onClick={run(onDuplicate)}>
              {t('library.duplicate')}
            </button>
            <button type="button" role="menuitem" onClick={run(onExport)}>
              {t('library.exportJson')}
            </button>
            <button type="button" role="menuitem" onClick={run(onDelete)}>
              {t('library.delete')}
            </button>
          </div>
        ) : null}
      </div>
    </article>
  );
}
