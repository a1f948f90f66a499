// Scenarios (DESIGN.md, "Version 2 additions"): named what-ifs kept beside the process. Making,
// renaming, copying and deleting them, setting and clearing their values, and taking a scenario's
// values into the process are operations like any other: one undo step each, described as changes.

import { applyScenario } from '../scenarios/applyScenario';
import { NO_OVERRIDES, targetExists, withValue, type ScenarioTarget } from '../scenarios/values';
import type { SalesDocument, Scenario } from '../types';
import { finish, refuse, type Operation, type OperationResult } from './operation';

function withScenario(doc: SalesDocument, id: string, change: (scenario: Scenario) => Scenario): OperationResult {
  const scenario = doc.scenarios.find((candidate) => candidate.id === id);
  if (scenario === undefined) return refuse({ code: 'not-found', id });
  const next = change(scenario);
  return finish(doc, { ...doc, scenarios: doc.scenarios.map((candidate) => (candidate === scenario ? next : candidate)) });
}

/** A new scenario with no values of its own yet: its figures are the process's until one is set. */
export function createScenario(id: string, name: string): Operation {
  return (doc) => {
    if (doc.scenarios.some((scenario) => scenario.id === id)) return refuse({ code: 'duplicate-id', id });
    return finish(doc, { ...doc, scenarios: [...doc.scenarios, { id, name, overrides: NO_OVERRIDES }] });
  };
}

export function renameScenario(id: string, name: string): Operation {
  return (doc) => withScenario(doc, id, (scenario) => ({ ...scenario, name }));
}

/** A copy with every value of the original, placed right after it. */
export function duplicateScenario(sourceId: string, id: string, name: string): Operation {
  return (doc) => {
    const index = doc.scenarios.findIndex((scenario) => scenario.id === sourceId);
    if (index === -1) return refuse({ code: 'not-found', id: sourceId });
    if (doc.scenarios.some((scenario) => scenario.id === id)) return refuse({ code: 'duplicate-id', id });
    const copy: Scenario = { id, name, overrides: structuredClone(doc.scenarios[index]!.overrides) };
    return finish(doc, { ...doc, scenarios: doc.scenarios.toSpliced(index + 1, 0, copy) });
  };
}

export function deleteScenario(id: string): Operation {
  return (doc) => {
    if (!doc.scenarios.some((scenario) => scenario.id === id)) return refuse({ code: 'not-found', id });
    return finish(doc, { ...doc, scenarios: doc.scenarios.filter((scenario) => scenario.id !== id) });
  };
}

/**
 * Sets the scenario's value for a rate, a start's leads or a duration; `undefined` clears it, so
 * the scenario takes the process's value again. The record must exist: a value of nothing would be
 * dropped at the next load anyway.
 */
export function setScenarioValue(scenarioId: string, target: ScenarioTarget, value: number | undefined): Operation {
  return (doc) => {
    if (!targetExists(doc, target)) return refuse({ code: 'not-found', id: target.id });
    return withScenario(doc, scenarioId, (scenario) => ({ ...scenario, overrides: withValue(scenario.overrides, target, value) }));
  };
}

/**
 * Takes the scenario's values into the process: one step, which Undo takes back. The scenario
 * keeps its values, which now read the same as the process's.
 */
export function applyScenarioToProcess(scenarioId: string): Operation {
  return (doc) => {
    const scenario = doc.scenarios.find((candidate) => candidate.id === scenarioId);
    if (scenario === undefined) return refuse({ code: 'not-found', id: scenarioId });
    return finish(doc, applyScenario(doc, scenario));
  };
}
