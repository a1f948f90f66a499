import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { usePopoverFocus } from '../usePopoverFocus';

interface PlaceImportDialogProps {
  title: string;
  onInsert: () => void;
  onReplace: () => void;
  onCancel: () => void;
}

/** In the editor, an imported flowchart goes beside what is there (Insert) or instead of it (Replace). */
export function PlaceImportDialog({ title, onInsert, onReplace, onCancel }: PlaceImportDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const insertRef = useRef<HTMLButtonElement>(null);
  const question = t('import.place.question', { title });
  // Before showModal, so that focus goes back to what had it when the dialog closes; then it starts on
  // Insert, the choice that loses nothing.
  usePopoverFocus(true, ref, onCancel);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    insertRef.current?.focus();
  }, []);
  return (
    <dialog ref={ref} className="sf-dialog sf-confirm" aria-label={question} onCancel={onCancel}>
      <p>{question}</p>
      <footer className="sf-dialog__footer">
        <button type="button" className="sf-button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="button" className="sf-button" onClick={onReplace}>
          {t('import.place.replace')}
        </button>
        <button type="button" className="sf-button sf-button--primary" onClick={onInsert} ref={insertRef}>
          {t('import.place.insert')}
        </button>
      </footer>
    </dialog>
  );
}
