import { useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { MoreHorizontal, Upload } from 'lucide-react';
import { downloadBlob } from '../../io/export/download';
import { safeFileName } from '../../io/export/fileName';
import type { TemplateCategory } from '../../model/templates/categories';
import { serializeTemplateFile } from '../../model/templates/templateFile';
import type { LocalizedText, Template } from '../../model/templates/types';
import type { TemplateRepository, TemplateStorageError, UserTemplate } from '../../storage/templates';
import { useI18n } from '../../i18n/I18nProvider';
import { latestOnly } from '../../lib/latestOnly';
import { describeTemplateError } from './describeTemplateError';
import { readTemplateFile, type TemplateFileError } from './readTemplateFile';
import { TemplateCard } from './TemplateCard';
import { templateMatches, templatePreviewUrl } from './templatePreview';
import './templates.css';

interface MyTemplatesProps {
  /** Null when the browser offers no storage: the section then says so. */
  repository: TemplateRepository | null;
  /** The gallery's search, lower case, and its category filter: they apply here too. */
  needle: string;
  category: TemplateCategory | 'all';
  onUse: (template: Template) => void;
}

type FailureKey = 'templates.importFailed' | 'templates.renameFailed' | 'templates.deleteFailed' | 'templates.restoreFailed';

// Kept as what happened rather than as a sentence, so that it reads in the new language when the
// user switches while it shows.
type Notice =
  | { key: 'templates.imported' | 'templates.deleted'; name: LocalizedText; undo?: () => void }
  | { key: FailureKey; error: TemplateStorageError | TemplateFileError }
  | null;

/** "My templates" in the gallery: the team's own, with rename, export, delete (with undo) and import. */
export function MyTemplates({ repository, needle, category, onUse }: MyTemplatesProps) {
  const { t, tn, language } = useI18n();
  const [notice, setNotice] = useState<Notice>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const importRef = useRef<HTMLInputElement>(null);
  const listed = useLiveQuery(async () => (repository ? await repository.list() : null), [repository]);
  const entries = useMemo(() => (listed?.ok ? listed.value.templates : []), [listed]);
  const damaged = listed?.ok ? listed.value.damaged.length : 0;
  const previews = useMemo(
    () => new Map(entries.map((entry) => [entry.template.meta.id, templatePreviewUrl(entry.template, language)])),
    [entries, language],
  );
  const shown = entries.filter(
    (entry) => (category === 'all' || entry.template.meta.category === category) && templateMatches(entry.template, needle),
  );

  // Under load an import that read its file slowly ended after a later import had failed, and its
  // "imported" covered the failure: only the latest action's notice shows.
  const [startAction] = useState(() => latestOnly<Notice>((next) => setNotice(next)));
  const noticeText = (shown: NonNullable<Notice>): string =>
    'error' in shown ? t(shown.key, { reason: describeTemplateError(shown.error, language, t) }) : t(shown.key, { name: shown.name[language] });

  const importFile = async (file: File) => {
    if (!repository) return;
    const show = startAction();
    const read = await readTemplateFile(file);
    if (!read.ok) return show({ key: 'templates.importFailed', error: read.error });
    const added = await repository.add(read.value);
    if (!added.ok) return show({ key: 'templates.importFailed', error: added.error });
    show({ key: 'templates.imported', name: added.value.template.meta.name });
  };

  const rename = async (entry: UserTemplate, name: string) => {
    setRenaming(null);
    if (!repository || name === '' || name === entry.template.meta.name[language]) return;
    const show = startAction();
    const renamed = await repository.rename(entry.template.meta.id, name, language);
    if (!renamed.ok) show({ key: 'templates.renameFailed', error: renamed.error });
  };

  const remove = async (entry: UserTemplate) => {
    if (!repository) return;
    const show = startAction();
    const removed = await repository.remove(entry.template.meta.id);
    if (!removed.ok) return show({ key: 'templates.deleteFailed', error: removed.error });
    const restorable = removed.value;
    show({
      key: 'templates.deleted',
      name: entry.template.meta.name,
      undo:
        restorable === null
          ? undefined
          : () => {
              const restoreShow = startAction();
              restoreShow(null);
              void repository.put(restorable).then((put) => {
                if (!put.ok) restoreShow({ key: 'templates.restoreFailed', error: put.error });
              });
            },
    });
  };

  const exportFile = (template: Template) => {
    const name = template.meta.name[language];
    downloadBlob(new Blob([serializeTemplateFile(template)], { type: 'application/json' }), safeFileName(name, 'json', 'template'));
  };

  const act = (action: () => void) => () => {
    setMenuFor(null);
    action();
  };

  return (
    <section className="sf-my-templates" aria-labelledby="sf-my-templates-title">
      <div className="sf-section-header">
        <h3 id="sf-my-templates-title">{t('templates.mine')}</h3>
        <button type="button" className="sf-button" onClick={() => importRef.current?.click()} disabled={!repository}>
          <Upload size={16} aria-hidden="true" />
          {t('templates.import')}
        </button>
        <input
          ref={importRef}
          type="file"
          accept=".json,application/json"
          className="sf-visually-hidden"
          tabIndex={-1}
          aria-label={t('templates.importChoose')}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      {notice ? (
        <div
          className={`sf-template-notice sf-template-notice--${'error' in notice ? 'error' : 'info'}`}
          role={'error' in notice ? 'alert' : 'status'}
        >
          <span>{noticeText(notice)}</span>
          {'undo' in notice && notice.undo ? (
            <button type="button" className="sf-button" onClick={notice.undo}>
              {t('templates.undo')}
            </button>
          ) : null}
          <button type="button" className="sf-button" onClick={() => setNotice(null)}>
            {t('notice.dismiss')}
          </button>
        </div>
      ) : null}
      {!repository ? <p className="sf-library__empty">{t('templates.unavailable')}</p> : null}
      {damaged > 0 ? (
        <p className="sf-library__empty">{tn('templates.damaged', damaged)}</p>
      ) : null}
      {repository && listed?.ok && entries.length === 0 ? <p className="sf-library__empty">{t('templates.mineEmpty')}</p> : null}
      {entries.length > 0 && shown.length === 0 ? <p className="sf-library__empty">{t('templates.noMatch')}</p> : null}
      {shown.length > 0 ? (
        <div className="sf-cards">
          {shown.map((entry) => {
            const { template } = entry;
            const { id } = template.meta;
            const name = template.meta.name[language];
            return (
              <TemplateCard
                key={id}
                template={template}
                preview={previews.get(id) ?? null}
                onUse={() => onUse(template)}
                title={
                  renaming === id ? (
                    <form
                      onSubmit={(event) => {
                        event.preventDefault();
                        const value = new FormData(event.currentTarget).get('name');
                        void rename(entry, typeof value === 'string' ? value.trim() : '');
                      }}
                    >
                      <input
                        name="name"
                        defaultValue={name}
                        aria-label={t('templates.renamePrompt')}
                        maxLength={200}
                        autoFocus
                        onKeyDown={(event) => {
                          if (event.key === 'Escape') setRenaming(null);
                        }}
                        onBlur={(event) => event.currentTarget.form?.requestSubmit()}
                      />
                    </form>
                  ) : undefined
                }
                menu={
                  <div className="sf-card__menu">
                    <button
                      type="button"
                      className="sf-icon-button"
                      aria-label={t('templates.menu', { name })}
                      aria-expanded={menuFor === id}
                      onClick={() => setMenuFor((open) => (open === id ? null : id))}
                    >
                      <MoreHorizontal size={16} aria-hidden="true" />
                    </button>
                    {menuFor === id ? (
                      <div
                        className="sf-context-menu sf-card__actions"
                        role="menu"
                        onKeyDown={(event) => {
                          if (event.key === 'Escape') setMenuFor(null);
                        }}
                      >
                        <button type="button" role="menuitem" onClick={act(() => setRenaming(id))}>
                          {t('templates.rename')}
                        </button>
                        <button type="button" role="menuitem" onClick={act(() => exportFile(template))}>
                          {t('templates.export')}
                        </button>
                        <button type="button" role="menuitem" onClick={act(() => void remove(entry))}>
                          {t('templates.delete')}
                        </button>
                      </div>
                    ) : null}
                  </div>
                }
              />
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
