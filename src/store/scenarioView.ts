// Which scenario the editor shows, and which one the panel compares it with: view state, like the
// selection, never stored in the document (DESIGN.md: `Current` is the document itself). A reload
// shows Current again, so what a person sees after opening a document is always the process.

import type { StoreApi } from 'zustand/vanilla';
import { actualsFigures, type ActualsFigures, type ActualsRange } from '../model/actuals/actualsView';
import { applyScenario } from '../model/scenarios/applyScenario';
import type { SalesDocument, Scenario } from '../model/types';

/** A scenario by id, or `null` for Current: the process itself. */
export type ScenarioRef = string | null;

export interface ScenarioViewState {
  /** The scenario whose figures the canvas and the panel show; null shows the process. */
  shownScenarioId: ScenarioRef;
  /** What the panel compares the shown figures with; undefined compares with nothing. */
  comparedScenarioId: ScenarioRef | undefined;
  showScenario: (id: ScenarioRef) => void;
  compareWith: (id: ScenarioRef | undefined) => void;
  /**
   * The Actuals scenario (the team's deal data, `dealData`) is shown instead: measured, not
   * stored as a scenario, so it is view state beside the shown scenario, which it replaces.
   */
  actualsShown: boolean;
  /** The date filter of Actuals: which weeks of the kept aggregates are measured. */
  actualsRange: ActualsRange;
  showActuals: () => void;
  setActualsRange: (range: ActualsRange) => void;
}

interface Viewed {
  document: SalesDocument;
  shownScenarioId: ScenarioRef;
  comparedScenarioId: ScenarioRef | undefined;
  actualsShown: boolean;
  actualsRange: ActualsRange;
}

export function scenarioViewSlice(set: (partial: Partial<ScenarioViewState>) => void, get: () => ScenarioViewState): ScenarioViewState {
  return {
    shownScenarioId: null,
    comparedScenarioId: undefined,
    showScenario: (id) => {
      let compared = get().comparedScenarioId;
      // A scenario is first compared with the process; nothing is compared with itself.
      if (compared === id) compared = id === null ? undefined : null;
      else if (compared === undefined && id !== null) compared = null;
      set({ shownScenarioId: id, comparedScenarioId: compared, actualsShown: false });
    },
    compareWith: (id) => set({ comparedScenarioId: id === get().shownScenarioId && !get().actualsShown ? undefined : id }),
    actualsShown: false,
    actualsRange: 'all',
    showActuals: () => set({ shownScenarioId: null, comparedScenarioId: undefined, actualsShown: true }),
    setActualsRange: (range) => set({ actualsRange: range }),
  };
}

function exists(document: SalesDocument, id: ScenarioRef | undefined): boolean {
  return id === null || id === undefined || document.scenarios.some((scenario) => scenario.id === id);
}

/**
 * Keeps the view on scenarios that exist: a scenario deleted (or its creation undone) while shown
 * gives way to Current, and another document opened starts on Current, since ids repeat across
 * documents made from one template.
 */
export function followScenarios<S extends Viewed & ScenarioViewState>(store: StoreApi<S>): void {
  store.subscribe((state, previous) => {
    if (state.document === previous.document) return;
    const opened = state.document.id !== previous.document.id;
    const shown = opened || !exists(state.document, state.shownScenarioId) ? null : state.shownScenarioId;
    const compared = opened || !exists(state.document, state.comparedScenarioId) || (shown === null && state.comparedScenarioId === null) ? undefined : state.comparedScenarioId;
    // Removing the deal data (or undoing its import) ends Actuals, as deleting a scenario does.
    const actualsShown = state.actualsShown && !opened && state.document.dealData !== undefined;
    if (shown !== state.shownScenarioId || compared !== state.comparedScenarioId || actualsShown !== state.actualsShown) {
      store.setState({ shownScenarioId: shown, comparedScenarioId: compared, actualsShown } as Partial<S>);
    }
  });
}

function findScenario(document: SalesDocument, id: ScenarioRef | undefined): Scenario | undefined {
  return id === null || id === undefined ? undefined : document.scenarios.find((scenario) => scenario.id === id);
}

/** The scenario shown, or undefined while the process is. */
export function shownScenarioOf(state: Viewed): Scenario | undefined {
  return findScenario(state.document, state.shownScenarioId);
}

let lastShown: { document: SalesDocument; scenario: Scenario; shown: SalesDocument } | null = null;
let lastActuals: { document: SalesDocument; range: ActualsRange; figures: ActualsFigures | null; shown: SalesDocument } | null = null;

function actualsOf(state: Viewed): NonNullable<typeof lastActuals> {
  if (lastActuals?.document !== state.document || lastActuals.range !== state.actualsRange) {
    const figures = actualsFigures(state.document, state.actualsRange);
    const shown = figures === null ? state.document : applyScenario(state.document, { id: 'actuals', name: '', overrides: figures.overrides });
    lastActuals = { document: state.document, range: state.actualsRange, figures, shown };
  }
  return lastActuals;
}

/** The measured figures while Actuals is shown (re-measured when the date filter changes), else null. */
export function shownActualsOf(state: Viewed): ActualsFigures | null {
  return state.actualsShown ? actualsOf(state).figures : null;
}

/**
 * The document the figures are computed from: the process, or the process with the shown
 * scenario's values (or the measured ones of Actuals). The same object until the document or the
 * scenario changes, so that the shared analysis (analysisCache.ts) is computed once per edit.
 */
export function shownDocument(state: Viewed): SalesDocument {
  if (state.actualsShown) return actualsOf(state).shown;
  const scenario = shownScenarioOf(state);
  if (scenario === undefined) return state.document;
  if (lastShown?.document !== state.document || lastShown.scenario !== scenario) {
    lastShown = { document: state.document, scenario, shown: applyScenario(state.document, scenario) };
  }
  return lastShown.shown;
}

/**
 * What the panel compares with, resolved: a scenario, `null` for the process, or undefined for
 * nothing (no comparison chosen, or the one chosen is what is shown).
 */
export function comparedOf(state: Viewed): Scenario | null | undefined {
  const { comparedScenarioId, shownScenarioId } = state;
  // Actuals shown, Current is another set of figures to compare with.
  if (comparedScenarioId === undefined || (comparedScenarioId === shownScenarioId && !state.actualsShown)) return undefined;
  return comparedScenarioId === null ? null : findScenario(state.document, comparedScenarioId);
}

let lastCompared: { document: SalesDocument; scenario: Scenario; compared: SalesDocument } | null = null;

/** The document the compared figures come from, like shownDocument; undefined when nothing is compared. */
export function comparedDocument(state: Viewed): SalesDocument | undefined {
  const compared = comparedOf(state);
  if (compared === undefined) return undefined;
  if (compared === null) return state.document;
  if (lastCompared?.document !== state.document || lastCompared.scenario !== compared) {
    lastCompared = { document: state.document, scenario: compared, compared: applyScenario(state.document, compared) };
  }
  return lastCompared.compared;
}
