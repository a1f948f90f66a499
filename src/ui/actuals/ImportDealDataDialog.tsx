import { useEffect, useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { describeTableReadError } from '../../i18n/tableErrors';
import { readTableInWorker } from '../../io/tables/readTableInWorker';
import { defaultOrder, type DayOrder } from '../../model/actuals/dates';
import { dealDataOf, initialMapping } from '../../model/actuals/dealDataOf';
import { readDeals } from '../../model/actuals/histories';
import type { ShapeError, TableReading } from '../../model/actuals/shape';
import type { Table } from '../../model/actuals/table';
import { setDealData } from '../../model/operations';
import type { StageMapping } from '../../model/types';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { usePopoverFocus } from '../usePopoverFocus';
import { dayOrderOf, firstReading, readingComplete } from './dealReading';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import './actuals.css';

type Phase =
  | { step: 'reading'; rows: number }
  | { step: 'failed'; message: string }
  | { step: 'file' | 'mapping'; table: Table };

interface ImportDealDataDialogProps {
  file: Blob;
  /** The file's name: shown while reading, and kept as where the figures came from. */
  name: string;
  onClose: () => void;
}

/**
 * `Import deal data`: the file is read in a worker (progress, Cancel), its shape and columns are
 * confirmed, its stages mapped onto the process; Import keeps the aggregates in the document as one
 * undo step and shows Actuals. Cancel, at any point, leaves the document as it was.
 */
export function ImportDealDataDialog({ file, name, onClose }: ImportDealDataDialogProps) {
  const { t, language } = useI18n();
  const store = useEditorStoreApi();
  const { context } = useEditorCommands();
  const ref = useRef<HTMLDialogElement>(null);
  const controller = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'reading', rows: 0 });
  const [reading, setReading] = useState<TableReading | null>(null);
  const [shapeError, setShapeError] = useState<ShapeError | null>(null);
  const [chosenOrder, setChosenOrder] = useState<DayOrder | null>(null);
  const [mapping, setMapping] = useState<StageMapping[]>([]);

  const cancel = () => {
    controller.current?.abort();
    onClose();
  };
  usePopoverFocus(true, ref, cancel);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const abort = new AbortController();
    controller.current = abort;
    void readTableInWorker(file, { signal: abort.signal, onProgress: (_phase, done) => setPhase({ step: 'reading', rows: done }) }).then((result) => {
      if (abort.signal.aborted) return;
      if (!result.ok) {
        setPhase({ step: 'failed', message: describeTableReadError(language, result.error) });
        return;
      }
      const first = firstReading(result.value);
      setReading(first.reading);
      setShapeError(first.error);
      setPhase({ step: 'file', table: result.value });
    });
    return () => abort.abort();
    // The file is read once, in the language the dialog opened in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const table = phase.step === 'file' || phase.step === 'mapping' ? phase.table : null;
  const inference = useMemo(() => (table && reading ? dayOrderOf(table, reading) : null), [table, reading]);
  const dayOrder = chosenOrder ?? (inference ? defaultOrder(inference) : null);
  const complete = reading !== null && readingComplete(reading);
  const read = useMemo(() => (table && reading && complete ? readDeals(table, reading, { dayOrder }) : null), [table, reading, complete, dayOrder]);

  const toMapping = () => {
    if (!table || !read) return;
    const document = store.getState().document;
    setMapping(initialMapping(read.stages, document.nodes, document.dealData?.mapping));
    setPhase({ step: 'mapping', table });
  };

  const confirm = () => {
    if (!read || !reading) return;
    const document = context.document();
    const dealData = dealDataOf({ read, shape: reading.shape, mapping, nodes: document.nodes, edges: document.edges, fileName: name, now: Date.now() });
    if (!context.perform(setDealData(dealData)).ok) return;
    store.getState().showActuals();
    onClose();
  };

  return (
    <dialog ref={ref} className="sf-dialog sf-deal-import" aria-label={t('actuals.import.title')} onCancel={(event) => { event.preventDefault(); cancel(); }}>
      <header className="sf-dialog__header">
        <h2>{t('actuals.import.title')}</h2>
        {phase.step === 'file' || phase.step === 'mapping' ? (
          <span className="sf-deal-import__step">{t(phase.step === 'file' ? 'actuals.import.stepFile' : 'actuals.import.stepMapping')}</span>
        ) : null}
      </header>
      <div className="sf-deal-import__body">
        {phase.step === 'reading' ? (
          <div className="sf-deal-import__reading" role="status">
            <p>{t('actuals.import.reading', { name: name })}</p>
            <progress aria-label={t('actuals.import.reading', { name: name })} />
            {phase.rows > 0 ? <p className="sf-deal-import__muted">{t('actuals.import.readRows', { rows: new Intl.NumberFormat(language).format(phase.rows) })}</p> : null}
          </div>
        ) : null}
        {phase.step === 'failed' ? (
          <p className="sf-deal-import__error" role="alert">
            {phase.message}
          </p>
        ) : null}
        {phase.step === 'file' && reading ? (
          <FileStep
            table={phase.table}
            reading={reading}
            shapeError={shapeError}
            inference={inference}
            dayOrder={dayOrder}
            complete={complete}
            onReading={setReading}
            onDayOrder={setChosenOrder}
          />
        ) : null}
        {phase.step === 'mapping' && read ? (
          <MappingStep fileName={name} rows={phase.table.rows.length} read={read} mapping={mapping} onMapping={setMapping} />
        ) : null}
      </div>
      <footer className="sf-dialog__footer">
        {phase.step === 'mapping' ? (
          <button type="button" className="sf-button" onClick={() => setPhase({ step: 'file', table: phase.table })}>
            {t('actuals.import.back')}
          </button>
        ) : null}
        <span className="sf-dialog__status" />
        <button type="button" className="sf-button" onClick={cancel}>
          {phase.step === 'failed' ? t('actuals.import.close') : t('actuals.import.cancel')}
        </button>
        {phase.step === 'file' ? (
          <button type="button" className="sf-button sf-button--primary" disabled={read === null} onClick={toMapping}>
            {t('actuals.import.next')}
          </button>
        ) : null}
        {phase.step === 'mapping' ? (
          <button type="button" className="sf-button sf-button--primary" onClick={confirm}>
            {t('actuals.import.confirm')}
          </button>
        ) : null}
      </footer>
    </dialog>
  );
}
