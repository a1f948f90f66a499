import { useI18n } from '../../i18n/I18nProvider';
import { describeDayOrder, describeShapeError } from '../../i18n/dealReadProblems';
import type { DayOrder, DayOrderInference } from '../../model/actuals/dates';
import type { ShapeError, TableReading } from '../../model/actuals/shape';
import { DEAL_DATA_SHAPES, type DealDataShape } from '../../model/types';
import { dateColumns } from '../../model/actuals/tableReading';
import { ROLES_BY_SHAPE, withRole } from './dealReading';

interface FileStepProps {
  headers: readonly string[];
  reading: TableReading;
  shapeError: ShapeError | null;
  inference: DayOrderInference | null;
  dayOrder: DayOrder | null;
  complete: boolean;
  onReading: (reading: TableReading) => void;
  onDayOrder: (order: DayOrder) => void;
}

/** Step 1: the shape the file was read as and which column plays which part, both changeable. */
export function FileStep({ headers, reading, shapeError, inference, dayOrder, complete, onReading, onDayOrder }: FileStepProps) {
  const { t, language } = useI18n();
  // The wide shape needs its date-entered columns, which only the headers can give.
  const shapes = DEAL_DATA_SHAPES.filter((shape) => shape !== 'wide' || reading.wideColumns.length >= 2);
  const firstDateColumn = dateColumns(reading)[0];
  const orderQuestion = inference && firstDateColumn !== undefined ? describeDayOrder(language, headers[firstDateColumn] ?? '', inference) : null;
  return (
    <>
      <fieldset className="sf-deal-import__section">
        <legend>{t('actuals.shape.label')}</legend>
        {shapes.map((shape) => (
          <label key={shape} className="sf-check">
            <input type="radio" name="deal-shape" checked={reading.shape === shape} onChange={() => onReading({ ...reading, shape: shape as DealDataShape, sure: true })} />
            {t(`actuals.shape.${shape}`)}
          </label>
        ))}
        {!reading.sure ? <p className="sf-deal-import__warning">{t('actuals.shape.unsure')}</p> : null}
        {reading.shape === 'snapshot' ? <p className="sf-deal-import__note">{t('actuals.shape.snapshotLimits')}</p> : null}
        {reading.shape === 'wide' ? (
          <p className="sf-deal-import__note">{t('actuals.shape.wideColumns', { columns: reading.wideColumns.map((entry) => entry.stage).join(', ') })}</p>
        ) : null}
      </fieldset>
      <fieldset className="sf-deal-import__section sf-deal-import__roles">
        <legend>{t('actuals.columns.legend')}</legend>
        {shapeError && !complete ? (
          <p className="sf-deal-import__warning" role="alert">
            {describeShapeError(language, shapeError)}
          </p>
        ) : null}
        {ROLES_BY_SHAPE[reading.shape].map((role) => (
          <label key={role} className="sf-deal-import__role">
            <span>{t(`actuals.role.${role}`)}</span>
            <select
              value={reading.roles.get(role) ?? ''}
              onChange={(event) => onReading(withRole(reading, role, event.target.value === '' ? undefined : Number(event.target.value)))}
            >
              <option value="">{t('actuals.columns.none')}</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {header}
                </option>
              ))}
            </select>
          </label>
        ))}
        {!complete ? <p className="sf-deal-import__warning">{t('actuals.columns.missing')}</p> : null}
      </fieldset>
      {inference?.kind === 'ambiguous' ? (
        <fieldset className="sf-deal-import__section">
          <legend>{t('actuals.dates.order')}</legend>
          {orderQuestion ? <p className="sf-deal-import__note">{orderQuestion}</p> : null}
          {(['dmy', 'mdy'] as const).map((order) => (
            <label key={order} className="sf-check">
              <input type="radio" name="deal-day-order" checked={dayOrder === order} onChange={() => onDayOrder(order)} />
              {t(`actuals.dates.${order}`)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {inference?.kind === 'conflict' && orderQuestion ? <p className="sf-deal-import__warning">{orderQuestion}</p> : null}
    </>
  );
}
