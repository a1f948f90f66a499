import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { ACTUALS_RANGES, MIN_TRUSTED_ENTRIES, type ActualsRange } from '../../model/actuals/actualsView';
import { applyActuals } from '../../model/operations';
import { useEditorCommands } from '../../store/EditorCommandsProvider';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { shownActualsOf, shownDocument } from '../../store/scenarioView';
import { useReadOnlyReason } from '../useReadOnlyReason';
import '../scenarios/scenarios.css';
import './actuals.css';

// Stage names listed as too few to trust; the canvas marks every one of them.
const LISTED = 6;

/**
 * Over the canvas while Actuals is shown: where the figures come from, the date filter (which
 * re-measures from the kept weekly aggregates), the bottleneck the measured rates give, the
 * stages with too few deals to trust, and `Apply actuals to the process`.
 */
export function ActualsBanner() {
  const { t, tn, language } = useI18n();
  const store = useEditorStoreApi();
  const { context } = useEditorCommands();
  const readOnlyReason = useReadOnlyReason();
  const shown = useEditor((state) => state.actualsShown);
  const source = useEditor((state) => state.document.dealData?.source.name);
  const importedAt = useEditor((state) => state.document.dealData?.importedAt);
  const range = useEditor((state) => state.actualsRange);
  const bottleneck = useEditor((state) => {
    if (!state.actualsShown) return undefined;
    const nodeId = viewedAnalysisOf(shownDocument(state)).bottlenecks.mostLost?.nodeId;
    return state.document.nodes.find((node) => node.id === nodeId)?.label;
  });
  const tooFew = useEditor(
    useShallow((state) => {
      const figures = shownActualsOf(state);
      if (figures === null) return [];
      return state.document.nodes.flatMap((node) => {
        const entered = figures.summary.stages.get(node.id)?.entered;
        return node.kind !== 'start' && node.kind !== 'end' && entered !== undefined && entered < MIN_TRUSTED_ENTRIES ? [node.label] : [];
      });
    }),
  );
  if (!shown || source === undefined) return null;
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(importedAt);
  const listed = tooFew.slice(0, LISTED).join(', ') + (tooFew.length > LISTED ? ', …' : '');
  return (
    <div className="sf-scenario-banner sf-actuals-banner" role="region" aria-label={t('actuals.name')}>
      <p className="sf-scenario-banner__text">{t('actuals.banner', { name: source, date })}</p>
      <label className="sf-check">
        {t('actuals.range.label')}
        <select value={range} onChange={(event) => store.getState().setActualsRange(event.target.value as ActualsRange)}>
          {ACTUALS_RANGES.map((option) => (
            <option key={option} value={option}>
              {t(`actuals.range.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="sf-button sf-scenario-banner__button"
        disabled={readOnlyReason !== undefined}
        title={readOnlyReason}
        onClick={() => context.perform(applyActuals(range))}
      >
        {t('actuals.apply')}
      </button>
      <button type="button" className="sf-button sf-scenario-banner__button" onClick={() => store.getState().showScenario(null)}>
        {t('scenarios.showCurrent')}
      </button>
      <p className="sf-actuals-banner__figures" role="status">
        {bottleneck !== undefined ? t('actuals.bottleneck', { stage: bottleneck }) : t('actuals.noBottleneck')}
        {tooFew.length > 0 ? ` ${tn('actuals.tooFew', tooFew.length, { min: MIN_TRUSTED_ENTRIES, stages: listed })}` : ''}
      </p>
    </div>
  );
}
