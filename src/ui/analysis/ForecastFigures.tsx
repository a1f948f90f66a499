import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { Analysis } from '../../model/analytics/analyse';
import { formatCount, formatMoney, formatRate } from '../../model/analytics/display';
import { compareAnalyses } from '../../model/scenarios/compare';
import { formatDays } from './formatDays';

/** Figures to compare with, and what to call them ("Current", a scenario's name). */
export interface Comparison {
  analysis: Analysis;
  name: string;
}

interface ForecastFiguresProps {
  analysis: Analysis;
  /** Each figure then shows its change against these. */
  comparison: Comparison | null;
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
        {delta !== undefined && (
          <span className="sf-analysis__delta" title={delta}>
            {delta}
          </span>
        )}
        {note !== undefined && <span className="sf-analysis__hint sf-analysis__gaps">{note}</span>}
      </dd>
    </div>
  );
}

export function ForecastFigures({ analysis, comparison, currency }: ForecastFiguresProps) {
  const { t, tn, language } = useI18n();
  const { funnel, cycleTime, durations } = analysis;
  const estimated = analysis.rateConflicts.nodes.size > 0;
  const deltas = comparison === null ? null : compareAnalyses(analysis, comparison.analysis);
  const versus = (delta: number | undefined, format: (value: number) => string) =>
    comparison === null || delta === undefined ? undefined : t('scenarios.delta', { delta: format(delta), name: comparison.name });
  const points = (delta: number) =>
    t('scenarios.points', { value: new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta * 100) });
  const count = (value: number) => formatCount(value, language, { signed: true });
  const showWithoutPath = funnel.withoutPath > 0 || (comparison?.analysis.funnel.withoutPath ?? 0) > 0;
  const lostDelta = comparison === null ? undefined : funnel.byOutcome.lost - comparison.analysis.funnel.byOutcome.lost;

  return (
    <dl className="sf-analysis__figures">
      <Figure name={t('analysis.entered')} value={formatCount(funnel.entered, language)} delta={versus(deltas?.entered, count)} />
      <Figure
        name={t('analysis.conversion')}
        value={formatRate(funnel.conversion, language)}
        estimated={estimated}
        delta={versus(deltas?.conversion, points)}
      />
      <Figure name={t('analysis.wins')} value={formatCount(funnel.wins, language)} estimated={estimated} delta={versus(deltas?.wins, count)} />
      <Figure
        name={t('analysis.revenue')}
        value={
          funnel.revenue === undefined ? (
            <span className="sf-analysis__hint">{t('analysis.revenueUnset')}</span>
          ) : (
            formatMoney(funnel.revenue, currency, language)
          )
        }
        delta={versus(deltas?.revenue, (value) => formatMoney(value, currency, language, { signed: true }))}
        estimated={estimated && funnel.revenue !== undefined}
      />
      <Figure name={t('analysis.lost')} value={formatCount(funnel.byOutcome.lost, language)} estimated={estimated} delta={versus(lostDelta, count)} />
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
        delta={durations.unknown ? undefined : versus(deltas?.daysToWin, (value) => formatDays(value, tn, language, true))}
        estimated={estimated && cycleTime.daysToWin !== undefined && !durations.unknown}
      />
      {showWithoutPath && <Figure name={t('analysis.withoutPath')} value={formatCount(funnel.withoutPath, language)} delta={versus(deltas?.withoutPath, count)} />}
    </dl>
  );
}
