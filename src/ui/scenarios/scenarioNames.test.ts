import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../model/types';
import { nextScenarioName } from './scenarioNames';

const named = (...names: string[]): Scenario[] =>
  names.map((name, index) => ({ id: `s${index}`, name, overrides: { edgeRates: [], startVolumes: [], durations: [] } }));
const english = (number: number) => `Scenario ${number}`;

describe('nextScenarioName', () => {
  it('takes the first free number', () => {
    expect(nextScenarioName([], english)).toBe('Scenario 1');
    expect(nextScenarioName(named('Scenario 1'), english)).toBe('Scenario 2');
    expect(nextScenarioName(named('Scenario 2', 'Qualify better'), english)).toBe('Scenario 1');
    expect(nextScenarioName(named('Scenario 1', 'Scenario 2', 'Scenario 3'), english)).toBe('Scenario 4');
  });
});
