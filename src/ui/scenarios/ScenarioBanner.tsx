import { useT } from '../../i18n/I18nProvider';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { shownScenarioOf } from '../../store/scenarioView';
import './scenarios.css';

/**
 * Over the canvas while a scenario is shown: which one, and where edits go (its values to the
 * scenario, everything else to the process), so nobody changes the process thinking it a what-if.
 */
export function ScenarioBanner() {
  const t = useT();
  const store = useEditorStoreApi();
  const name = useEditor((state) => shownScenarioOf(state)?.name);
  if (name === undefined) return null;
  return (
    <div className="sf-scenario-banner" role="status">
      <p className="sf-scenario-banner__text">{t('scenarios.banner', { name })}</p>
      <button type="button" className="sf-button sf-scenario-banner__button" onClick={() => store.getState().showScenario(null)}>
        {t('scenarios.showCurrent')}
      </button>
    </div>
  );
}
