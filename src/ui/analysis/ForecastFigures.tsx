import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Analysis } from '../../model/analytics/analyse';
import { formatCount, formatMoney, formatRate } from '../../model/analytics/display';
import { formatDays } from './formatDays';

interface ForecastFiguresProps {
  analysis: Analysis;
  /** The pinned baseline's analysis, to show each figure's change against it. */
  baseline: Analysis | null;
  currency: string;
}

interface FigureProps {
  name: string;
  value: ReactNode;
  delta?: string | undefined;
  /** Computed from scaled rates (rateConflicts.ts): said next to the value, never hidden in it. */
  estimated?: boolean;
  /** A line under the value on what is still missing from it. */
  note?: string | undefined;
}

function Figure({ name, value, delta, estimated = false, note }: FigureProps) {
  const { t } = useI18n();
  return (
    <div className="sf-analysis__figure">
      <dt>{name}</dt>
      <dd>
        <span className="sf-analysis__value-line">
          {estimated && <span className="sf-analysis__estimated">{t('analysis.estimated')}</span>}
          <span className="sf-analysis__value">{value}</span>
        </span>
        {delta !== undefined && <span className="sf-analysis__delta">{delta}</span>}
        {note !== undefined && <span className="sf-analysis__hint sf-analysis__gaps">{note}</span>}
      </dd>
    </div>
  );
}

export function ForecastFigures({ analysis, baseline, currency }: ForecastFiguresProps) {
  const { t, tn, language } = useI18n();
  const { funnel, cycleTime, durations } = analysis;
  const estimated = analysis.rateConflicts.nodes.size > 0;
  const versus = (delta: string) => t('analysis.delta', { delta });
  const change = (now: number | undefined, then: number | undefined, format: (value: number) => string) =>
    baseline === null || now === undefined || then === undefined ? undefined : versus(format(now - then));

  return (
    <dl className="sf-analysis__figures">
      <Figure name={t('analysis.entered')} value={formatCount(funnel.entered, language)} />
      <Figure name={t('analysis.conversion')} value={formatRate(funnel.conversion, language)} estimated={estimated} />
      <Figure
        name={t('analysis.wins')}
        value={formatCount(funnel.wins, language)}
        estimated={estimated}
        delta={change(funnel.wins, baseline?.funnel.wins, (value) => formatCount(value, language, { signed: true }))}
      />
      <Figure
        name={t('analysis.revenue')}
        value={
          funnel.revenue === undefined ? (
            <span className="sf-analysis__hint">{t('analysis.revenueUnset')}</span>
          ) : (
            formatMoney(funnel.revenue, currency, language)
          )
        }
        delta={change(funnel.revenue, baseline?.funnel.revenue, (value) => formatMoney(value, currency, language, { signed: true }))}
        estimated={estimated && funnel.revenue !== undefined}
      />
      <Figure name={t('analysis.lost')} value={formatCount(funnel.byOutcome.lost, language)} estimated={estimated} />
      <Figure
        name={t('analysis.cycleTime')}
        value={
          cycleTime.daysToWin === undefined ? (
            <span className="sf-analysis__hint">{t('analysis.noWin')}</span>
          ) : durations.unknown ? (
            <span className="sf-analysis__hint">{t('analysis.cycleTimeUnknown')}</span>
          ) : (
            formatDays(cycleTime.daysToWin, tn, language)
          )
        }
        note={
          cycleTime.daysToWin !== undefined && !durations.unknown && durations.missing.length > 0
            ? tn('analysis.durationsMissing', durations.missing.length, { steps: durations.steps })
            : undefined
        }
        delta={
          durations.unknown ? undefined : change(cycleTime.daysToWin, baseline?.cycleTime.daysToWin, (value) => formatDays(value, tn, language, true))
        }
        estimated={estimated && cycleTime.daysToWin !== undefined && !durations.unknown}
      />
      {funnel.withoutPath > 0 && <Figure name={t('analysis.withoutPath')} value={formatCount(funnel.withoutPath, language)} />}
    </dl>
  );
}
