import { useEffect, useState } from 'react';
import { LayoutTemplate, X } from 'lucide-react';
import { sameInEveryLanguage } from '../../model/templates/localize';
import { templateFromDocument } from '../../model/templates/templateFile';
import { hasActuals } from '../../model/privacy';
import type { TemplateRepository } from '../../storage/templates';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { IconButton } from '../IconButton';
import { describeTemplateError } from './describeTemplateError';
import { SaveTemplateDialog, type TemplateDetails } from './SaveTemplateDialog';
import './templates.css';

const CONFIRMATION_MS = 6000;

/**
 * `Save as template` in the editor's toolbar: the current document, as it is now, becomes a
 * template of the team's own. Its texts read the same in both languages until someone translates
 * the exported file.
 */
export function SaveAsTemplate({ repository }: { repository: TemplateRepository | null }) {
  const { t, language } = useI18n();
  const store = useEditorStoreApi();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (saved === null) return;
    const timer = setTimeout(() => setSaved(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [saved]);

  const save = async ({ name, description, category }: TemplateDetails): Promise<string | null> => {
    if (!repository) return t('templates.unavailable');
    const meta = { id: 'new', name: sameInEveryLanguage(name), description: sameInEveryLanguage(description), category };
    // Read at the moment of saving, not when the dialog opened: the document is what the user sees.
    const added = await repository.add(templateFromDocument(store.getState().document, meta));
    if (!added.ok) return t('templates.saveFailed', { reason: describeTemplateError(added.error, language, t) });
    setSaved(name);
    return null;
  };

  return (
    <>
      <IconButton
        label={t('templates.saveAs')}
        icon={<LayoutTemplate size={18} />}
        onClick={() => setOpen(true)}
        disabled={!repository}
      />
      {open ? (
        <SaveTemplateDialog initialName={store.getState().document.title} hasActuals={hasActuals(store.getState().document)} onSave={save} onClose={() => setOpen(false)} />
      ) : null}
      {saved !== null ? (
        <div className="sf-toast sf-template-saved" role="status">
          <span>{t('templates.saved', { name: saved })}</span>
          <button type="button" className="sf-icon-button" aria-label={t('notice.dismiss')} onClick={() => setSaved(null)}>
            <X size={14} aria-hidden="true" />
          </button>
        </div>
      ) : null}
    </>
  );
}
