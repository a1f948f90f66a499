// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/languages';
import { makeChain } from '../../model/fixtures/documents';
import { createScenario } from '../../model/operations';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore, type EditorStore } from '../../store/editorStore';
import { Inspector } from '../inspector/Inspector';

// The chain: start (100 leads) → a → e2 (50%) → b → won.
function renderInspector(selection: { nodeIds: string[]; edgeIds: string[] }, language: Language = 'en'): EditorStore {
  const store = createEditorStore(makeChain(), () => 1000);
  store.getState().perform(createScenario('s1', 'Faster'));
  store.getState().setSelection(selection);
  render(
    <I18nProvider language={language}>
      <EditorStoreProvider store={store}>
        <Inspector theme="light" />
      </EditorStoreProvider>
    </I18nProvider>,
  );
  return store;
}

const rateOf = (store: EditorStore) => store.getState().document.edges.find((edge) => edge.id === 'e2')?.conversionRate;
const scenarioOf = (store: EditorStore) => store.getState().document.scenarios[0]!.overrides;

function commit(label: string, value: string) {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.keyDown(field, { key: 'Enter' });
}

describe('scenario values in the inspector', () => {
  it('edit the process while Current is shown, with no scenario marks', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e2'] });
    commit('Conversion rate (%)', '60');
    expect(rateOf(store)).toBe(0.6);
    expect(scenarioOf(store).edgeRates).toEqual([]);
    expect(screen.queryByText(/Scenario value/)).toBeNull();
  });

  it('edit the scenario shown, marked as its value, leaving the process as it was; resetting takes the process’s value again', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e2'] });
    act(() => store.getState().showScenario('s1'));
    expect(screen.getByText('The process’s value. A change goes to scenario “Faster”.')).toBeTruthy();
    commit('Conversion rate (%)', '75');
    expect(rateOf(store)).toBe(0.5);
    expect(scenarioOf(store).edgeRates).toEqual([{ edgeId: 'e2', rate: 0.75 }]);
    expect(screen.getByLabelText<HTMLInputElement>('Conversion rate (%)').value).toBe('75');
    expect(screen.getByText('Scenario value. The process has 50%.')).toBeTruthy();
    expect(screen.getByLabelText('Conversion rate (%)').closest('.sf-scenario-field--own')).not.toBeNull();

    act(() => store.getState().showScenario(null));
    expect(screen.getByLabelText<HTMLInputElement>('Conversion rate (%)').value).toBe('50');
    act(() => store.getState().showScenario('s1'));
    fireEvent.click(screen.getByRole('button', { name: 'Use the process’s value' }));
    expect(scenarioOf(store).edgeRates).toEqual([]);
    expect(screen.getByLabelText<HTMLInputElement>('Conversion rate (%)').value).toBe('50');
  });

  it('edit a start’s leads and a stage’s duration in the scenario, and its text in the process', () => {
    const store = renderInspector({ nodeIds: ['start'], edgeIds: [] });
    act(() => store.getState().showScenario('s1'));
    commit('Leads entering', '250');
    expect(scenarioOf(store).startVolumes).toEqual([{ nodeId: 'start', volume: 250 }]);
    expect(store.getState().document.nodes[0]!.volume).toBe(100);
    commit('Duration (days)', '4');
    expect(scenarioOf(store).durations).toEqual([{ nodeId: 'start', days: 4 }]);
    expect(screen.getByText('Scenario value. The process has none.')).toBeTruthy();
    commit('Label', 'Inbound leads');
    expect(store.getState().document.nodes[0]!.label).toBe('Inbound leads');
  });

  it('speaks Chinese', () => {
    const store = renderInspector({ nodeIds: [], edgeIds: ['e2'] }, 'zh-CN');
    act(() => store.getState().showScenario('s1'));
    commit('转化率（%）', '75');
    expect(screen.getByText('情景值。流程中为 50%。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '改用流程中的值' })).toBeTruthy();
  });
});
