import { Check } from 'lucide-react';
import { useI18n } from '../../i18n/I18nProvider';
import { applyScenarioToProcess } from '../../model/operations';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { shownScenarioOf } from '../../store/scenarioView';
import { SelectField, type Option } from '../inspector/fields/SelectField';
import { useEdit } from '../inspector/useEdit';
import { useReadOnlyReason } from '../useReadOnlyReason';
import './scenarios.css';

// Option values of the comparison: scenario ids are the user's data, so they are prefixed to keep
// them apart from the two fixed choices.
const NOTHING = 'nothing';
const CURRENT = 'current';
const SCENARIO = 'scenario:';

/**
 * The panel's scenario part: whose figures it shows, what they are compared with (Current or any
 * other scenario), and, while a scenario is shown, taking its values into the process.
 */
export function ScenarioComparison() {
  const { t } = useI18n();
  const store = useEditorStoreApi();
  const edit = useEdit();
  const readOnlyReason = useReadOnlyReason();
  const scenarios = useEditor((state) => state.document.scenarios);
  const shown = useEditor(shownScenarioOf);
  const comparedId = useEditor((state) => state.comparedScenarioId);
  // Actuals (the measured figures) compare with Current like a scenario, but are not one to apply here.
  const actualsShown = useEditor((state) => state.actualsShown);

  if (scenarios.length === 0 && !actualsShown) return <p className="sf-analysis__hint">{t('scenarios.panel.hint')}</p>;

  const options: Option<string>[] = [{ value: NOTHING, label: t('scenarios.compare.none') }];
  if (shown !== undefined || actualsShown) options.push({ value: CURRENT, label: t('scenarios.current') });
  for (const scenario of scenarios) {
    if (scenario.id !== shown?.id) options.push({ value: `${SCENARIO}${scenario.id}`, label: scenario.name });
  }
  const value = comparedId === undefined ? NOTHING : comparedId === null ? CURRENT : `${SCENARIO}${comparedId}`;
  const choose = (choice: string) =>
    store.getState().compareWith(choice === NOTHING ? undefined : choice === CURRENT ? null : choice.slice(SCENARIO.length));

  return (
    <>
      <p className={`sf-scenario-panel__shown${shown !== undefined || actualsShown ? ' sf-scenario-panel__shown--scenario' : ''}`}>
        {actualsShown
          ? t('scenarios.panel.showing', { name: t('actuals.name') })
          : shown === undefined
            ? t('scenarios.panel.showingCurrent')
            : t('scenarios.panel.showing', { name: shown.name })}
      </p>
      <SelectField label={t('scenarios.compareWith')} value={options.some((option) => option.value === value) ? value : NOTHING} options={options} onChange={choose} />
      {shown !== undefined && (
        <div className="sf-scenario-panel__apply">
          <button
            type="button"
            className="sf-button sf-analysis__button"
            disabled={readOnlyReason !== undefined}
            title={readOnlyReason ?? t('scenarios.applyHint')}
            onClick={() => edit(applyScenarioToProcess(shown.id))}
          >
            <Check size={14} aria-hidden="true" />
            {t('scenarios.apply')}
          </button>
        </div>
      )}
    </>
  );
}
