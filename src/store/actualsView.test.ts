import { describe, expect, it } from 'vitest';
import { makeChain } from '../model/fixtures/documents';
import { clearDealData, setDealData } from '../model/operations';
import type { DealData } from '../model/types';
import { createEditorStore } from './editorStore';
import { comparedOf, shownActualsOf, shownDocument } from './scenarioView';

// The chain start → a → b → won: a left 10 times, 7 to b, in an early week; in the newest week
// a left 40 times, 10 to b.
const dealData: DealData = {
  source: { name: 'deals.csv', shape: 'event-log' },
  importedAt: 0,
  mapping: [{ stage: 'A', nodeId: 'a' }, { stage: 'B', nodeId: 'b' }],
  aggregates: {
    stages: [
      { nodeId: 'a', week: '2024-01-01', entered: 10, won: 0, lost: 0 },
      { nodeId: 'a', week: '2024-03-04', entered: 40, won: 0, lost: 0 },
    ],
    edges: [
      { edgeId: 'e2', week: '2024-01-01', count: 7 },
      { edgeId: 'e2', week: '2024-03-04', count: 10 },
    ],
    durations: [],
  },
};

function storeWithDeals() {
  const store = createEditorStore(makeChain());
  store.getState().perform(setDealData(dealData));
  return store;
}

describe('the Actuals scenario', () => {
  it('shows the measured rates in place of the process’s, re-measured when the date filter changes', () => {
    const store = storeWithDeals();
    expect(shownActualsOf(store.getState())).toBeNull();
    store.getState().showActuals();
    const rate = () => shownDocument(store.getState()).edges.find((edge) => edge.id === 'e2')?.conversionRate;
    expect(rate()).toBe(0.34);
    expect(store.getState().document.edges.find((edge) => edge.id === 'e2')?.conversionRate).toBe(0.5);
    expect(shownDocument(store.getState())).toBe(shownDocument(store.getState()));
    store.getState().setActualsRange('last30');
    expect(rate()).toBe(0.25);
    expect(shownActualsOf(store.getState())?.summary.stages.get('a')?.entered).toBe(40);
  });

  it('compares with Current, and gives way to a scenario or to Current when chosen', () => {
    const store = storeWithDeals();
    store.getState().showActuals();
    store.getState().compareWith(null);
    expect(comparedOf(store.getState())).toBeNull();
    store.getState().showScenario(null);
    expect(store.getState().actualsShown).toBe(false);
    expect(shownDocument(store.getState())).toBe(store.getState().document);
  });

  it('ends when the deal data goes (removed, or its import undone)', () => {
    const store = storeWithDeals();
    store.getState().showActuals();
    store.getState().perform(clearDealData());
    expect(store.getState().actualsShown).toBe(false);
    store.getState().undo();
    store.getState().showActuals();
    store.getState().undo();
    expect(store.getState().document.dealData).toBeUndefined();
    expect(store.getState().actualsShown).toBe(false);
  });
});
