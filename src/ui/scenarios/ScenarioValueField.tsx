import { useI18n } from '../../i18n/I18nProvider';
import { setScenarioValue } from '../../model/operations';
import { processValue, scenarioValue, type ScenarioTarget } from '../../model/scenarios/values';
import { useEditor } from '../../store/EditorStoreProvider';
import { shownScenarioOf } from '../../store/scenarioView';
import { NumberField } from '../inspector/fields/NumberField';
import type { NumberRule } from '../inspector/numberInput';
import { useEdit } from '../inspector/useEdit';
import './scenarios.css';

interface ScenarioValueFieldProps {
  target: ScenarioTarget;
  label: string;
  rule: NumberRule;
  unit?: string;
  hint?: string;
  /** The field shows the stored value times this (100 for a rate typed in per cent). */
  scale?: number;
  /** How the process's value reads beside a scenario's own. */
  describe: (value: number) => string;
  /** Edits the process: what the field does while no scenario is shown. */
  onProcessCommit: (value: number | undefined) => void;
}

/**
 * A rate, a start's leads or a duration in the inspector. While a scenario is shown, the field
 * shows and edits the scenario's value (emptying it takes the process's again), marked as the
 * scenario's; otherwise it edits the process.
 */
export function ScenarioValueField({ target, label, rule, unit, hint, scale = 1, describe, onProcessCommit }: ScenarioValueFieldProps) {
  const { t } = useI18n();
  const edit = useEdit();
  const scenario = useEditor(shownScenarioOf);
  const inProcess = useEditor((state) => processValue(state.document, target));
  const toField = (value: number | undefined) => (value === undefined ? undefined : value * scale);
  const fromField = (value: number | undefined) => (value === undefined ? undefined : value / scale);
  const common = { label, rule, ...(unit !== undefined ? { unit } : {}), ...(hint !== undefined ? { hint } : {}) };

  if (scenario === undefined) {
    return <NumberField key="process" {...common} value={toField(inProcess)} onCommit={(value) => onProcessCommit(fromField(value))} />;
  }

  const own = scenarioValue(scenario, target);
  const commit = (value: number | undefined) => edit(setScenarioValue(scenario.id, target, fromField(value)));
  return (
    <div className={`sf-scenario-field${own !== undefined ? ' sf-scenario-field--own' : ''}`}>
      {/* Keyed by scenario: a draft left when another is shown lands in the one it was typed for. */}
      <NumberField key={scenario.id} {...common} value={toField(own ?? inProcess)} onCommit={commit} />
      <p className="sf-scenario-field__note">
        <span className="sf-scenario-field__mark">
          {own !== undefined
            ? t('scenarios.field.own', { process: inProcess === undefined ? t('scenarios.field.unset') : describe(inProcess) })
            : t('scenarios.field.inherited', { name: scenario.name })}
        </span>
        {own !== undefined && (
          <button type="button" className="sf-scenario-field__reset" onClick={() => commit(undefined)}>
            {t('scenarios.field.reset')}
          </button>
        )}
      </p>
    </div>
  );
}
