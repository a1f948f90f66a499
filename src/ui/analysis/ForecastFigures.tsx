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

function Figure({ name, value, delta }: { name: string; value: ReactNode; delta?: string | undefined }) {
  return (
    <div className="sf-analysis__figure">
      <dt>{name}</dt>
      <dd>
        <span className="sf-analysis__value">{value}</span>
        {delta !== undefined && (
          <span className="sf-analysis__delta" title={delta}>
            {delta}
          </span>
        )}
      </dd>
    </div>
  );
}

export function ForecastFigures({ analysis, comparison, currency }: ForecastFiguresProps) {
  const { t, tn, language } = useI18n();
  const { funnel, cycleTime } = analysis;
  const deltas = comparison === null ? null : compareAnalyses(analysis, comparison.analysis);
  const versus = (delta: number | undefined, format: (value: number) => string) =>
    comparison === null || delta === undefined ? undefined : t('scenarios.delta', { delta: format(delta), name: comparison.name });
  const points = (delta: number) =>
    t('scenarios.points', { value: new Intl.NumberFormat(language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta * 100) });
  const showWithoutPath = funnel.withoutPath > 0 || (comparison?.analysis.funnel.withoutPath ?? 0) > 0;

  return (
    <dl className="sf-analysis__figures">
      <Figure
        name={t('analysis.entered')}
        value={formatCount(funnel.entered, language)}
        delta={versus(deltas?.entered, (value) => formatCount(value, language, { signed: true }))}
      />
      <Figure name={t('analysis.conversion')} value={formatRate(funnel.conversion, language)} delta={versus(deltas?.conversion, points)} />
      <Figure
        name={t('analysis.wins')}
        value={formatCount(funnel.wins, language)}
        delta={versus(deltas?.wins, (value) => formatCount(value, language, { signed: true }))}
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
        delta={versus(deltas?.revenue, (value) => formatMoney(value, currency, language, { signed: true }))}
      />
      <Figure
        name={t('analysis.cycleTime')}
        value={
          cycleTime.daysToWin === undefined ? (
            <span className="sf-analysis__hint">{t('analysis.noWin')}</span>
          ) : (
            formatDays(cycleTime.daysToWin, tn, language)
          )
        }
        delta={versus(deltas?.daysToWin, (value) => formatDays(value, tn, language, true))}
      />
      {showWithoutPath && (
        <Figure
          name={t('analysis.withoutPath')}
          value={formatCount(funnel.withoutPath, language)}
          delta={versus(deltas?.withoutPath, (value) => formatCount(value, language, { signed: true }))}
        />
      )}
    </dl>
  );
}
