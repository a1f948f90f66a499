import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { downloadBlob } from '../../io/export/download';
import { guessMapping, PROCESS_FIELDS, type ColumnMapping, type ProcessField } from '../../io/processTable/processColumns';
import { readProcessTable } from '../../io/processTable/readProcessTable';
import type { Table } from '../../model/actuals/table';
import { usePopoverFocus } from '../usePopoverFocus';
import type { GraphPage } from './graphImport';
import { describeProcessTableError } from './processTableMessages';
import './import.css';

interface ProcessTableDialogProps {
  table: Table;
  /** False when the headers do not clearly make a process table: the dialog says so. */
  sure: boolean;
  onRead: (page: GraphPage) => void;
  onCancel: () => void;
}

const COLUMN_KEYS = {
  id: 'processTable.column.id',
  label: 'processTable.column.label',
  kind: 'processTable.column.kind',
  lane: 'processTable.column.lane',
  owner: 'processTable.column.owner',
  duration: 'processTable.column.duration',
  next: 'processTable.column.next',
} as const satisfies Record<ProcessField, string>;

/** The mapping step of a process table: which column holds what, guessed from the headers. */
export function ProcessTableDialog({ table, sure, onRead, onCancel }: ProcessTableDialogProps) {
  const { t, language } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const importRef = useRef<HTMLButtonElement>(null);
  const baseId = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(table.headers));
  const [error, setError] = useState<string | null>(null);
  const title = t('processTable.title');
  usePopoverFocus(true, ref, onCancel);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    importRef.current?.focus();
  }, []);

  const choose = (field: ProcessField, value: string) => {
    setError(null);
    setMapping((previous) => {
      const next = { ...previous };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  };

  const read = () => {
    const result = readProcessTable(table, mapping);
    if (!result.ok) {
      setError(describeProcessTableError(language, result.error));
      return;
    }
    onRead({ name: '', graph: result.value.graph, skipped: result.value.skipped.map((skip) => ({ from: 'process-table', skip })) });
  };

  const downloadTemplate = () => {
    // A byte order mark, so that Excel opens the Chinese template as UTF-8.
    downloadBlob(new Blob(['\uFEFF', t('processTable.templateCsv')], { type: 'text/csv;charset=utf-8' }), t('processTable.templateFile'));
  };

  return (
    <dialog ref={ref} className="sf-dialog sf-process-table" aria-label={title} onCancel={onCancel}>
      <header className="sf-dialog__header">
        <h2>{title}</h2>
      </header>
      <div className="sf-process-table__body">
        <p>{t('processTable.intro')}</p>
        {sure ? null : <p className="sf-process-table__unsure">{t('processTable.unsure')}</p>}
        <p className="sf-process-table__hint">{t('processTable.rows', { count: table.rows.length, columns: table.headers.join(', ') })}</p>
        <div className="sf-process-table__columns">
          {PROCESS_FIELDS.map((field) => (
            <FieldColumn key={field} id={`${baseId}-${field}`} label={t(COLUMN_KEYS[field])} none={t('processTable.column.none')} headers={table.headers} value={mapping[field]} onChange={(value) => choose(field, value)} />
          ))}
        </div>
        <p className="sf-process-table__hint">{t('processTable.nextHelp')}</p>
        {error ? (
          <p className="sf-field-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <footer className="sf-dialog__footer">
        <span className="sf-dialog__status">
          <button type="button" className="sf-button" onClick={downloadTemplate}>
            {t('processTable.template')}
          </button>
        </span>
        <button type="button" className="sf-button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="button" className="sf-button sf-button--primary" onClick={read} ref={importRef}>
          {t('processTable.import')}
        </button>
      </footer>
    </dialog>
  );
}

interface FieldColumnProps {
  id: string;
  label: string;
  none: string;
  headers: readonly string[];
  value: number | undefined;
  onChange: (value: string) => void;
}

function FieldColumn({ id, label, none, headers, value, onChange }: FieldColumnProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === undefined ? '' : String(value)} onChange={(event) => onChange(event.target.value)}>
        <option value="">{none}</option>
        {headers.map((header, index) => (
          <option key={index} value={index}>
            {header}
          </option>
        ))}
      </select>
    </>
  );
}
