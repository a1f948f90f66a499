import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { describeTableReadError } from '../../i18n/tableErrors';
import { nextTurn } from '../../lib/nextTurn';
import type { InspectionSummary } from '../../io/tables/dealMessages';
import { openDealSession, type DealSession } from '../../io/tables/dealSession';
import type { DayOrder } from '../../model/actuals/dates';
import { initialMapping } from '../../model/actuals/dealDataOf';
import type { TableReadError } from '../../model/actuals/readErrors';
import type { ShapeError, TableReading } from '../../model/actuals/shape';
import { readingComplete } from '../../model/actuals/tableReading';
import { setDealData } from '../../model/operations';
import type { DealData, StageMapping } from '../../model/types';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditorStoreApi } from '../../store/EditorStoreProvider';
import { usePopoverFocus } from '../usePopoverFocus';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import './actuals.css';

type Phase =
  | { step: 'reading'; rows: number }
  | { step: 'failed'; message: string }
  | { step: 'file' | 'mapping'; session: DealSession };

/** The inspection the worker answered, with the reading and day order it was asked for. */
interface Inspected {
  reading: TableReading;
  chosenOrder: DayOrder | null;
  summary: InspectionSummary;
}

interface ImportDealDataDialogProps {
  file: Blob;
  /** The file's name: shown while reading, and kept as where the figures came from. */
  name: string;
  onClose: () => void;
}

/**
 * `Import deal data`: the file is read in a worker (progress, Cancel) that keeps the table for
 * the whole dialog; its shape and columns are confirmed, its stages mapped onto the process, and
 * Import measures there too, so the page only ever holds counts, stage names and aggregates. The
 * aggregates are kept in the document as one undo step and Actuals is shown. Cancel, at any
 * point, ends the worker and leaves the document as it was.
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
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const [mapping, setMapping] = useState<StageMapping[]>([]);
  const [measuring, setMeasuring] = useState(false);

  const cancel = () => {
    controller.current?.abort();
    onClose();
  };
  usePopoverFocus(true, ref, cancel);

  // A cancelled request is the dialog closing: nothing to say.
  const fail = (error: TableReadError) => {
    if (error.code !== 'cancelled') setPhase({ step: 'failed', message: describeTableReadError(language, error) });
  };

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    const abort = new AbortController();
    controller.current = abort;
    void openDealSession(file, { signal: abort.signal, onProgress: (_phase, done) => setPhase({ step: 'reading', rows: done }) }).then((result) => {
      if (abort.signal.aborted) return;
      if (!result.ok) {
        fail(result.error);
        return;
      }
      setReading(result.value.overview.reading);
      setShapeError(result.value.overview.shapeError);
      setPhase({ step: 'file', session: result.value });
    });
    return () => abort.abort();
    // The file is read once, in the language the dialog opened in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  const session = phase.step === 'file' || phase.step === 'mapping' ? phase.session : null;

  // Each change of the reading or the day order reads the deals again, in the worker.
  useEffect(() => {
    if (!session || !reading) return;
    let current = true;
    void session.inspect(reading, chosenOrder).then((result) => {
      if (!current) return;
      if (result.ok) setInspected({ reading, chosenOrder, summary: result.value });
      else fail(result.error);
    });
    return () => {
      current = false;
    };
    // `fail` only speaks the language; a change of language asks the worker nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session, reading, chosenOrder]);

  // The last answer stays on screen while the next is read; only the answer to this very reading lets the user go on.
  const upToDate = inspected !== null && inspected.reading === reading && inspected.chosenOrder === chosenOrder;
  const inference = inspected?.summary.inference ?? null;
  const dayOrder = chosenOrder ?? inspected?.summary.dayOrder ?? null;
  const read = upToDate ? inspected.summary.read : null;
  const complete = reading !== null && readingComplete(reading);

  const toMapping = () => {
    if (!session || !read) return;
    const document = store.getState().document;
    setMapping(initialMapping(read.stages, document.nodes, document.dealData?.mapping));
    setPhase({ step: 'mapping', session });
  };

  // Keeping the aggregates (checked as every change is), closing the dialog and drawing the
  // process with them take up to tens of milliseconds each on a large export: three tasks, so none
  // holds the page long. Once kept, the import stands whatever is clicked meanwhile.
  const keep = async (dealData: DealData) => {
    await nextTurn();
    if (controller.current?.signal.aborted) return;
    if (!context.perform(setDealData(dealData)).ok) {
      setMeasuring(false);
      return;
    }
    await nextTurn();
    onClose();
    await nextTurn();
    store.getState().showActuals();
  };

  const confirm = () => {
    if (!session || !read || !reading || measuring) return;
    const document = context.document();
    setMeasuring(true);
    void session.measure({ shape: reading.shape, mapping, nodes: document.nodes, edges: document.edges, fileName: name, now: Date.now() }).then((result) => {
      if (controller.current?.signal.aborted) return;
      if (!result.ok) {
        setMeasuring(false);
        fail(result.error);
        return;
      }
      void keep(result.value);
    });
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
            headers={phase.session.overview.headers}
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
          <MappingStep fileName={name} rows={phase.session.overview.rows} read={read} mapping={mapping} onMapping={setMapping} />
        ) : null}
        {measuring ? (
          <div className="sf-deal-import__reading" role="status">
            <p>{t('actuals.import.measuring')}</p>
            <progress aria-label={t('actuals.import.measuring')} />
          </div>
        ) : null}
      </div>
      <footer className="sf-dialog__footer">
        {phase.step === 'mapping' ? (
          <button type="button" className="sf-button" disabled={measuring} onClick={() => setPhase({ step: 'file', session: phase.session })}>
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
          <button type="button" className="sf-button sf-button--primary" disabled={measuring} onClick={confirm}>
            {t('actuals.import.confirm')}
          </button>
        ) : null}
      </footer>
    </dialog>
  );
}
