import { describe, expect, it } from 'vitest';
import { documentOf, edge, node, stage } from '../analytics/testDocuments';
import type { SalesDocument } from '../types';
import { invertChanges } from './changes';
import { applyChanges } from './applyChanges';
import { balanceRates } from './rates';

function decision(rates: readonly (number | undefined)[]): SalesDocument {
  const targets = rates.map((_, index) => stage(`t${index}`));
  return documentOf(
    [node('deal', 'decision'), ...targets, node('memo', 'note')],
    [...rates.map((rate, index) => edge('deal', `t${index}`, rate)), edge('deal', 'memo')],
  );
}

function rates(doc: SalesDocument): (number | undefined)[] {
  return doc.edges.filter((made) => made.target !== 'memo').map((made) => made.conversionRate);
}

function run(doc: SalesDocument, edgeId: string) {
  const result = balanceRates(edgeId)(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('balanceRates', () => {
  it('keeps the typed rate and gives the other branch what it leaves: 45% and 70% become 45% and 55%', () => {
    const applied = run(decision([0.45, 0.7]), 'deal->t0');
    expect(rates(applied.document)).toEqual([0.45, 0.55]);
    // The edge to the note is an annotation: untouched, still without a rate.
    expect(applied.document.edges.find((made) => made.target === 'memo')).not.toHaveProperty('conversionRate');
  });

  it('shares what is left among three or more branches in proportion to their rates', () => {
    expect(rates(run(decision([0.5, 0.7, 0.3]), 'deal->t0').document)).toEqual([0.5, 0.35, 0.15]);
    const four = rates(run(decision([0.1, 0.5, 0.3, 0.2]), 'deal->t0').document);
    expect(four).toEqual([0.1, 0.45, 0.27, 0.18]);
  });

  it('counts an edge with no rate as an average one, and gives it a rate', () => {
    expect(rates(run(decision([0.45, 0.7, undefined]), 'deal->t0').document)).toEqual([0.45, 0.275, 0.275]);
    expect(rates(run(decision([0.4, undefined, undefined]), 'deal->t0').document)).toEqual([0.4, 0.3, 0.3]);
    expect(rates(run(decision([0.25, 0, 0]), 'deal->t0').document)).toEqual([0.25, 0.375, 0.375]);
  });

  it('adds up to exactly 100% with the rounding given to the heaviest branch', () => {
    const result = rates(run(decision([0.1, 0.3, 0.3, 0.3]), 'deal->t0').document) as number[];
    expect(result.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 12);
    expect(result.every((value) => Math.round(value * 1e4) === value * 1e4 || Math.abs(Math.round(value * 1e4) - value * 1e4) < 1e-6)).toBe(true);
  });

  it('is one change per edge it sets, undone in one step', () => {
    const before = decision([0.45, 0.7, undefined]);
    const applied = run(before, 'deal->t0');
    expect(applied.changes.map((change) => change.type)).toEqual(['update', 'update']);
    expect(applyChanges(applied.document, invertChanges(applied.changes))).toEqual(before);
  });

  it('changes nothing for an edge with no rate or no siblings, and refuses a missing edge', () => {
    const doc = decision([undefined, 0.7]);
    expect(run(doc, 'deal->t0').changes).toEqual([]);
    expect(run(decision([0.4]), 'deal->t0').changes).toEqual([]);
    expect(balanceRates('nope')(doc)).toEqual({ ok: false, error: { code: 'not-found', id: 'nope' } });
  });

  it('with a scenario shown, balances the scenario\'s rates and writes them to it, leaving the process as it was', () => {
    // The process reads 45% / 70%; the scenario has 80% of its own on t0 and takes 70% from the process on t1.
    // Scenario values name edges by ids of the file's kind, which `->` is not.
    const made = decision([0.45, 0.7, undefined]);
    const process = { ...made, edges: made.edges.map((each) => ({ ...each, id: each.id.replace('->', '--') })) };
    const withScenario: SalesDocument = {
      ...process,
      scenarios: [{ id: 's', name: 'Better', overrides: { edgeRates: [{ edgeId: 'deal--t0', rate: 0.8 }], startVolumes: [], durations: [] } }],
    };
    const result = balanceRates('deal--t0', 's')(withScenario);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.document.edges).toEqual(withScenario.edges);
    // What 80% leaves, 20%, shared as 70 : 70 (the unrated branch weighs the average of the rated one).
    expect(result.value.document.scenarios[0]!.overrides.edgeRates).toEqual([
      { edgeId: 'deal--t0', rate: 0.8 },
      { edgeId: 'deal--t1', rate: 0.1 },
      { edgeId: 'deal--t2', rate: 0.1 },
    ]);
    expect(applyChanges(result.value.document, invertChanges(result.value.changes))).toEqual(withScenario);
    expect(balanceRates('deal--t0', 'gone')(withScenario)).toEqual({ ok: false, error: { code: 'not-found', id: 'gone' } });
  });
});
