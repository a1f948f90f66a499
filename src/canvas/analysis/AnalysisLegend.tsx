import { Droplet } from 'lucide-react';
import { useI18n } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { shownDocument } from '../../store/scenarioView';
import { formatRate } from '../../model/analytics/display';
import { useEditor } from '../../store/EditorStoreProvider';
import { heatGradient, HEAT_FULL_SCALE } from './heatScale';
import { useHeatView } from './HeatView';
import './analysis.css';

/** Explains the heat colours and the bottleneck outlines, whenever the canvas shows them. */
export function AnalysisLegend() {
  const { t, language } = useI18n();
  const heat = useHeatView();
  const mostLost = useEditor((state) => viewedAnalysisOf(shownDocument(state)).bottlenecks.mostLost !== undefined);
  const lowest = useEditor((state) => viewedAnalysisOf(shownDocument(state)).bottlenecks.lowestConversion !== undefined);
  const leaks = useEditor((state) => viewedAnalysisOf(shownDocument(state)).leaks.size > 0);
  if (!heat && !mostLost && !lowest && !leaks) return null;
  return (
    <div className="sf-analysis-legend" role="group" aria-label={t('analysis.legend')}>
      {heat && (
        <div className="sf-analysis-legend__heat">
          <span>{t('analysis.legend.heat')}</span>
          <span className="sf-analysis-legend__scale" style={{ background: heatGradient() }} aria-hidden="true" />
          <span className="sf-analysis-legend__ticks">
            <span>{formatRate(0, language)}</span>
            <span>{formatRate(HEAT_FULL_SCALE / 2, language)}</span>
            <span>≥ {formatRate(HEAT_FULL_SCALE, language)}</span>
          </span>
        </div>
      )}
      {mostLost && (
        <div className="sf-analysis-legend__mark">
          <span className="sf-analysis-legend__swatch sf-analysis-legend__swatch--most-lost" aria-hidden="true" />
          {t('analysis.legend.mostLost')}
        </div>
      )}
      {lowest && (
        <div className="sf-analysis-legend__mark">
          <span className="sf-analysis-legend__swatch sf-analysis-legend__swatch--lowest-conversion" aria-hidden="true" />
          {t('analysis.legend.lowestConversion')}
        </div>
      )}
      {leaks && (
        <div className="sf-analysis-legend__mark">
          <span className="sf-leak-badge sf-analysis-legend__leak" aria-hidden="true">
            <Droplet size={11} />
          </span>
          {t('analysis.legend.leak')}
        </div>
      )}
    </div>
  );
}
