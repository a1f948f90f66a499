import { useMemo, type ReactNode } from 'react';
import { Route } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { comparedDocument, comparedOf, shownDocument } from '../../store/scenarioView';
import { ScenarioComparison } from '../scenarios/ScenarioComparison';
import { BottleneckSummary } from './BottleneckSummary';
import { EstimatedNote } from './EstimatedNote';
import { ForecastFigures, type Comparison } from './ForecastFigures';
import { formatDays } from './formatDays';
import { FunnelChart } from './FunnelChart';
import './analysis.css';

/** A titled part of the panel; the inspector's slot already pads the panel as a whole. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="sf-analysis__part">
      <h3 className="sf-inspector__group-title">{title}</h3>
      {children}
    </section>
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * The inspector's funnel analysis, shown while nothing is selected: the figures of the scenario
 * shown (or of the process), each with its change against the one compared with.
 */
export function AnalysisPanel() {
  const { t, tn, language } = useI18n();
  const store = useEditorStoreApi();
  // The same object until a figure can change, so moving nodes does not re-render the panel.
  const analysis = useEditor((state) => viewedAnalysisOf(shownDocument(state)));
  const comparedAnalysis = useEditor((state) => {
    const compared = comparedDocument(state);
    return compared === undefined ? undefined : viewedAnalysisOf(compared, 'compared');
  });
  const comparedName = useEditor((state) => {
    const compared = comparedOf(state);
    return compared === undefined ? undefined : (compared?.name ?? t('scenarios.current'));
  });
  const { nodes, period, currency } = useEditor(
    useShallow((state) => ({
      nodes: state.document.nodes,
      period: state.document.settings.period,
      currency: state.document.settings.currency,
    })),
  );
  const highlighted = useEditor((state) => state.highlightedNodeIds);
  const nodesById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const comparison: Comparison | null =
    comparedAnalysis === undefined || comparedName === undefined ? null : { analysis: comparedAnalysis, name: comparedName };

  const { funnel, cycleTime, bottlenecks } = analysis;
  const longest = cycleTime.longestPath;
  const showingLongest = sameIds(highlighted, longest);

  return (
    <section className="sf-analysis" aria-label={t('analysis.heading')}>
      <h2 className="sf-inspector__title">{t('analysis.heading')}</h2>
      <Part title={t('scenarios.panel')}>
        <ScenarioComparison />
      </Part>
      <Part title={t(`analysis.forecast.${period}`)}>
        {funnel.entered === 0 && <p className="sf-analysis__hint">{t('analysis.noLeads')}</p>}
        <ForecastFigures analysis={analysis} comparison={comparison} currency={currency} />
        <EstimatedNote conflicts={analysis.rateConflicts} nodesById={nodesById} />
        {funnel.closedLoops.length > 0 && (
          <p className="sf-analysis__hint" role="alert">
            {t('analysis.closedLoop')}
          </p>
        )}
      </Part>
      <Part title={t('analysis.group.bottleneck')}>
        <BottleneckSummary
          bottlenecks={bottlenecks}
          nodesById={nodesById}
          period={period}
          estimated={analysis.rateConflicts.nodes.size > 0}
        />
      </Part>
      <Part title={t('analysis.group.mainPath')}>
        <FunnelChart
          path={analysis.mainPath}
          funnel={funnel}
          nodesById={nodesById}
          bottleneckId={bottlenecks.mostLost?.nodeId}
        />
        {longest.length > 0 && analysis.durations.unknown && (
          <p className="sf-analysis__line sf-analysis__hint">{t('analysis.longestPathUnknown', { steps: longest.length })}</p>
        )}
        {longest.length > 0 && !analysis.durations.unknown && (
          <>
            <p className="sf-analysis__line">
              {t('analysis.longestPath', {
                days: formatDays(cycleTime.longestPathDays, tn, language),
                steps: longest.length,
              })}
            </p>
            <button
              type="button"
              className="sf-button sf-analysis__button"
              aria-pressed={showingLongest}
              onClick={() => store.getState().setHighlightedNodes(showingLongest ? [] : longest)}
            >
              <Route size={14} aria-hidden="true" />
              {t('analysis.showLongestPath')}
            </button>
          </>
        )}
      </Part>
    </section>
  );
}
