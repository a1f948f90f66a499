// Names the Scenarios menu gives: a new scenario takes the first free "Scenario n", so two made in
// a row never share a name; a copy is named after its original.

import type { Scenario } from '../../model/types';

export function nextScenarioName(scenarios: readonly Scenario[], nameFor: (number: number) => string): string {
  const taken = new Set(scenarios.map((scenario) => scenario.name));
  let number = scenarios.length + 1;
  for (let candidate = 1; candidate <= number; candidate += 1) {
    if (!taken.has(nameFor(candidate))) {
      number = candidate;
      break;
    }
  }
  return nameFor(number);
}
