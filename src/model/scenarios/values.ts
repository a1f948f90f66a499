// The values a scenario may hold, named by what they belong to: an edge's conversion rate, a
// start's leads entering, a node's duration. One name for each, so the inspector, the canvas and
// the operations agree on where a value is read and written.

import type { SalesDocument, Scenario, ScenarioOverrides } from '../types';

export type ScenarioValueKind = 'edgeRate' | 'startVolume' | 'duration';

export interface ScenarioTarget {
  kind: ScenarioValueKind;
  /** The edge's id for a rate, the node's id otherwise. */
  id: string;
}

export const NO_OVERRIDES: ScenarioOverrides = { edgeRates: [], startVolumes: [], durations: [] };

/** The scenario's own value for the target, or undefined when it takes the process's. */
export function scenarioValue(scenario: Scenario, { kind, id }: ScenarioTarget): number | undefined {
  const { edgeRates, startVolumes, durations } = scenario.overrides;
  switch (kind) {
    case 'edgeRate':
      return edgeRates.find((entry) => entry.edgeId === id)?.rate;
    case 'startVolume':
      return startVolumes.find((entry) => entry.nodeId === id)?.volume;
    case 'duration':
      return durations.find((entry) => entry.nodeId === id)?.days;
  }
}

/** The process's own value for the target; undefined when unset or when the record is gone. */
export function processValue(doc: SalesDocument, { kind, id }: ScenarioTarget): number | undefined {
  if (kind === 'edgeRate') return doc.edges.find((edge) => edge.id === id)?.conversionRate;
  const node = doc.nodes.find((candidate) => candidate.id === id);
  return kind === 'startVolume' ? node?.volume : node?.details?.durationDays;
}

/** Whether the record the target names exists (a rate needs an edge, the others a node). */
export function targetExists(doc: SalesDocument, { kind, id }: ScenarioTarget): boolean {
  return kind === 'edgeRate' ? doc.edges.some((edge) => edge.id === id) : doc.nodes.some((node) => node.id === id);
}

/** The overrides with the target's value set to `value`, or removed when `value` is undefined. */
export function withValue(overrides: ScenarioOverrides, { kind, id }: ScenarioTarget, value: number | undefined): ScenarioOverrides {
  switch (kind) {
    case 'edgeRate':
      return { ...overrides, edgeRates: put(overrides.edgeRates, (entry) => entry.edgeId === id, value === undefined ? undefined : { edgeId: id, rate: value }) };
    case 'startVolume':
      return { ...overrides, startVolumes: put(overrides.startVolumes, (entry) => entry.nodeId === id, value === undefined ? undefined : { nodeId: id, volume: value }) };
    case 'duration':
      return { ...overrides, durations: put(overrides.durations, (entry) => entry.nodeId === id, value === undefined ? undefined : { nodeId: id, days: value }) };
  }
}

// A changed value keeps its place in the list, so a saved file changes by one line; a new one goes
// last; `undefined` removes it.
function put<T>(entries: readonly T[], matches: (entry: T) => boolean, entry: T | undefined): T[] {
  if (entry === undefined) return entries.filter((existing) => !matches(existing));
  const index = entries.findIndex(matches);
  return index === -1 ? [...entries, entry] : entries.map((existing, at) => (at === index ? entry : existing));
}
