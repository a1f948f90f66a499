import { useEffect, useId, useRef, useState } from 'react';
import { MAX_LABEL_LENGTH, MAX_SHORT_TEXT_LENGTH } from '../../model/schema';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '../../model/templates/categories';
import { useI18n } from '../../i18n/I18nProvider';

export interface TemplateDetails {
  name: string;
  description: string;
  category: TemplateCategory;
}

interface SaveTemplateDialogProps {
  initialName: string;
  /** The document has actuals, which a template never keeps: the dialog says so. */
  hasActuals: boolean;
  /** Answers the reason it failed, in the user's language, or null once saved. */
  onSave: (details: TemplateDetails) => Promise<string | null>;
  onClose: () => void;
}

/** Asks for what the gallery shows about a template: its name, description and category. */
export function SaveTemplateDialog({ initialName, hasActuals, onSave, onClose }: SaveTemplateDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const ids = { title: useId(), name: useId(), description: useId(), category: useId() };
  // A title longer than a template name may be is cut rather than refused: the user can still edit it.
  const [name, setName] = useState(() => initialName.slice(0, MAX_SHORT_TEXT_LENGTH));
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<TemplateCategory>('general');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const blank = name.trim() === '';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const save = async () => {
    if (blank || busy) return;
    setBusy(true);
    setError(null);
    const failure = await onSave({ name: name.trim(), description: description.trim(), category });
    setBusy(false);
    if (failure === null) onClose();
    else setError(failure);
  };

  return (
    <dialog ref={ref} className="sf-dialog sf-save-template" aria-labelledby={ids.title} onCancel={onClose} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header className="sf-dialog__header">
          <h2 id={ids.title}>{t('templates.saveAs')}</h2>
        </header>
        <div className="sf-save-template__fields">
          <label htmlFor={ids.name}>{t('templates.name')}</label>
          <input
            id={ids.name}
            value={name}
            maxLength={MAX_SHORT_TEXT_LENGTH}
            required
            aria-invalid={blank}
            autoFocus
            onChange={(event) => setName(event.target.value)}
          />
          <label htmlFor={ids.description}>{t('templates.description')}</label>
          <textarea
            id={ids.description}
            value={description}
            maxLength={MAX_LABEL_LENGTH}
            rows={3}
            onChange={(event) => setDescription(event.target.value)}
          />
          <label htmlFor={ids.category}>{t('templates.category')}</label>
          <select id={ids.category} value={category} onChange={(event) => setCategory(event.target.value as TemplateCategory)}>
            {TEMPLATE_CATEGORIES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`category.${candidate}`)}
              </option>
            ))}
          </select>
          {hasActuals ? <p className="sf-save-template__note">{t('privacy.templateNote')}</p> : null}
        </div>
        <footer className="sf-dialog__footer">
          <div className="sf-dialog__status">{error ? <span role="alert">{error}</span> : null}</div>
          <button type="button" className="sf-button" onClick={onClose}>
            {t('templates.cancel')}
          </button>
          <button type="submit" className="sf-button sf-button--primary" disabled={blank || busy}>
            {t('templates.save')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
