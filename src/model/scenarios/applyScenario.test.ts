import { describe, expect, it } from 'vitest';
import { analyse } from '../analytics/analyse';
import { makeChain } from '../fixtures/documents';
import type { Scenario } from '../types';
import { applyScenario } from './applyScenario';
import { compareAnalyses } from './compare';

function scenario(overrides: Partial<Scenario['overrides']>): Scenario {
  return { id: 's', name: 'S', overrides: { edgeRates: [], startVolumes: [], durations: [], ...overrides } };
}

describe('applyScenario', () => {
  const chain = makeChain();

  it('puts the scenario’s rates, leads and durations in place of the process’s, sharing the rest', () => {
    const shown = applyScenario(
      chain,
      scenario({ edgeRates: [{ edgeId: 'e2', rate: 0.8 }], startVolumes: [{ nodeId: 'start', volume: 250 }], durations: [{ nodeId: 'a', days: 6 }] }),
    );
    expect(shown.edges.find((edge) => edge.id === 'e2')).toEqual({ ...chain.edges[1], conversionRate: 0.8 });
    expect(shown.nodes.find((node) => node.id === 'start')!.volume).toBe(250);
    expect(shown.nodes.find((node) => node.id === 'a')!.details).toEqual({ durationDays: 6 });
    expect(shown.edges[0]).toBe(chain.edges[0]);
    expect(shown.nodes[1]).not.toBe(chain.nodes[1]);
    expect(shown.nodes[2]).toBe(chain.nodes[2]);
    expect(shown.scenarios).toBe(chain.scenarios);
    // Pure: the process is as it was.
    expect(chain).toEqual(makeChain());
  });

  it('keeps the other details of a node whose duration it sets', () => {
    const doc = { ...chain, nodes: chain.nodes.map((node) => (node.id === 'a' ? { ...node, details: { owner: 'Ana', durationDays: 2 } } : node)) };
    const shown = applyScenario(doc, scenario({ durations: [{ nodeId: 'a', days: 9 }] }));
    expect(shown.nodes.find((node) => node.id === 'a')!.details).toEqual({ owner: 'Ana', durationDays: 9 });
  });

  it('gives the document itself for a scenario that changes nothing, and ignores values of records that are gone', () => {
    expect(applyScenario(chain, scenario({}))).toBe(chain);
    expect(applyScenario(chain, scenario({ edgeRates: [{ edgeId: 'e1', rate: 1 }], startVolumes: [{ nodeId: 'gone', volume: 5 }] }))).toBe(chain);
  });
});

describe('compareAnalyses', () => {
  // start (100) → a → 50% → b → 40% → won: 20 wins, at $1,000 each.
  const chain = { ...makeChain(), settings: { ...makeChain().settings, dealValue: 1000 } };

  it('gives every figure as the shown one minus the compared one', () => {
    const process = analyse(chain);
    const better = analyse(applyScenario(chain, scenario({ edgeRates: [{ edgeId: 'e2', rate: 0.75 }], startVolumes: [{ nodeId: 'start', volume: 200 }] })));
    expect(process.funnel.wins).toBeCloseTo(20);
    expect(better.funnel.wins).toBeCloseTo(60);
    const deltas = compareAnalyses(better, process);
    expect(deltas.entered).toBe(100);
    expect(deltas.wins).toBeCloseTo(40);
    expect(deltas.conversion).toBeCloseTo(0.1);
    expect(deltas.revenue).toBeCloseTo(40_000);
    // Lost without a path: 50 + 90 of 200 against 50 + 30 of 100.
    expect(deltas.withoutPath).toBeCloseTo(140 - 80);
    expect(compareAnalyses(process, better).wins).toBeCloseTo(-40);
  });

  it('gives the change in cycle time, and no difference where one side has no figure', () => {
    const slower = analyse(applyScenario(chain, scenario({ durations: [{ nodeId: 'a', days: 10 }] })));
    const process = analyse(chain);
    expect(compareAnalyses(slower, process).daysToWin).toBeCloseTo(10);
    const noValue = analyse({ ...chain, settings: { ...chain.settings, dealValue: undefined } });
    expect(compareAnalyses(noValue, process).revenue).toBeUndefined();
  });
});
