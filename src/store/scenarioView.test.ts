import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { createScenario, deleteScenario, setScenarioValue } from '../model/operations';
import { createEditorStore } from './editorStore';
import { comparedOf, shownDocument, shownScenarioOf } from './scenarioView';

function storeWithScenarios() {
  const store = createEditorStore(makeChain());
  store.getState().perform(createScenario('s1', 'One'));
  store.getState().perform(createScenario('s2', 'Two'));
  store.getState().perform(setScenarioValue('s1', { kind: 'edgeRate', id: 'e2' }, 0.9));
  return store;
}

describe('the scenario shown', () => {
  it('starts on Current, comparing with nothing', () => {
    const store = storeWithScenarios();
    expect(store.getState().shownScenarioId).toBeNull();
    expect(shownDocument(store.getState())).toBe(store.getState().document);
    expect(comparedOf(store.getState())).toBeUndefined();
  });

  it('shows a scenario’s values, compared with Current at first, the same object until something changes', () => {
    const store = storeWithScenarios();
    store.getState().showScenario('s1');
    const shown = shownDocument(store.getState());
    expect(shown.edges.find((edge) => edge.id === 'e2')?.conversionRate).toBe(0.9);
    expect(store.getState().document.edges.find((edge) => edge.id === 'e2')?.conversionRate).toBe(0.5);
    expect(shownDocument(store.getState())).toBe(shown);
    expect(shownScenarioOf(store.getState())?.name).toBe('One');
    expect(comparedOf(store.getState())).toBeNull();

    store.getState().compareWith('s2');
    expect(comparedOf(store.getState())?.id).toBe('s2');
    // Showing the one compared with swaps nothing in: it is compared with Current instead.
    store.getState().showScenario('s2');
    expect(comparedOf(store.getState())).toBeNull();
    store.getState().showScenario(null);
    expect(comparedOf(store.getState())).toBeUndefined();
  });

  it('goes back to Current when the scenario shown is deleted or its creation undone, and forgets a comparison with one deleted', () => {
    const store = storeWithScenarios();
    store.getState().showScenario('s1');
    store.getState().compareWith('s2');
    store.getState().perform(deleteScenario('s2'));
    expect(store.getState().shownScenarioId).toBe('s1');
    expect(store.getState().comparedScenarioId).toBeUndefined();
    store.getState().perform(deleteScenario('s1'));
    expect(store.getState().shownScenarioId).toBeNull();

    store.getState().undo(); // s1 back
    store.getState().showScenario('s1');
    store.getState().undo(); // s2 back
    store.getState().undo(); // the rate
    store.getState().undo(); // s2's creation
    expect(store.getState().shownScenarioId).toBe('s1');
    store.getState().undo(); // s1's creation
    expect(store.getState().shownScenarioId).toBeNull();
    expect(store.getState().comparedScenarioId).toBeUndefined();
  });

  it('starts on Current when another document opens, even one with the same scenario ids', () => {
    const store = storeWithScenarios();
    store.getState().showScenario('s1');
    store.getState().loadDocument({ ...store.getState().document, id: 'other' });
    expect(store.getState().shownScenarioId).toBeNull();
    expect(store.getState().comparedScenarioId).toBeUndefined();
  });
});
