import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { usePopoverFocus } from '../usePopoverFocus';
import type { GraphPage } from './graphImport';
import './import.css';

interface ChoosePageDialogProps {
  pages: readonly GraphPage[];
  onChoose: (page: GraphPage) => void;
  onCancel: () => void;
}

/** A draw.io file with several pages: the user picks the one to import. */
export function ChoosePageDialog({ pages, onChoose, onCancel }: ChoosePageDialogProps) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const [index, setIndex] = useState(0);
  const selectId = useId();
  const question = t('import.page.question', { count: pages.length });
  usePopoverFocus(true, ref, onCancel);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    selectRef.current?.focus();
  }, []);
  return (
    <dialog ref={ref} className="sf-dialog sf-confirm" aria-label={question} onCancel={onCancel}>
      <p>{question}</p>
      <div className="sf-page-choice">
        <label htmlFor={selectId}>{t('import.page.label')}</label>
        <select id={selectId} ref={selectRef} value={index} onChange={(event) => setIndex(Number(event.target.value))}>
          {pages.map((page, position) => (
            <option key={position} value={position}>
              {t('import.page.option', { name: page.name, count: page.graph.nodes.length })}
            </option>
          ))}
        </select>
      </div>
      <footer className="sf-dialog__footer">
        <button type="button" className="sf-button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="button" className="sf-button sf-button--primary" onClick={() => onChoose(pages[index]!)}>
          {t('import.page.choose')}
        </button>
      </footer>
    </dialog>
  );
}
