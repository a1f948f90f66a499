// "Make the others add up": the answer to a split whose rates add up to more (or less) than 100%.
// The rate the user typed stays; the other edges out of the same node share what it leaves, in
// proportion to their own rates, so a 70/30 pair stays 70/30 between themselves.

import { isFlowKind } from '../kinds';
import { applyScenario } from '../scenarios/applyScenario';
import { withValue } from '../scenarios/values';
import type { FlowEdge, SalesDocument } from '../types';
import { finish, refuse, type Operation } from './operation';

// Rates are stored as fractions of typed percentages; four decimals keep two in the percentage,
// which is what a person would type, without a 0.27499999999 showing up in a field.
const DECIMALS = 1e4;

/** The edges leaving the same node as `edge` that carry volume (edges to notes are annotations). */
function siblings(doc: SalesDocument, edge: FlowEdge): FlowEdge[] {
  const flowIds = new Set(doc.nodes.filter((node) => isFlowKind(node.kind)).map((node) => node.id));
  return doc.edges.filter((other) => other.id !== edge.id && other.source === edge.source && flowIds.has(other.target));
}

/**
 * Each other edge's weight: its rate; an edge with no rate weighs the average of the rated others
 * (the funnel shares evenly between unrated edges, so they count as typical ones); when nothing
 * weighs anything, all weigh the same.
 */
function weights(others: readonly FlowEdge[]): number[] {
  const rated = others.filter((edge) => edge.conversionRate !== undefined);
  const average = rated.length === 0 ? 1 : rated.reduce((sum, edge) => sum + edge.conversionRate!, 0) / rated.length;
  const raw = others.map((edge) => edge.conversionRate ?? average);
  return raw.some((weight) => weight > 0) ? raw : raw.map(() => 1);
}

/** The rates of the others, rounded, adding up to exactly `rest`: the rounding goes to the heaviest. */
function shares(rest: number, weight: readonly number[]): number[] {
  const total = weight.reduce((sum, value) => sum + value, 0);
  const rates = weight.map((value) => Math.round((rest * value * DECIMALS) / total) / DECIMALS);
  const heaviest = weight.indexOf(Math.max(...weight));
  const drift = rest - rates.reduce((sum, value) => sum + value, 0);
  rates[heaviest] = Math.min(1, Math.max(0, Math.round((rates[heaviest]! + drift) * DECIMALS) / DECIMALS));
  return rates;
}

/**
 * The other edges' new rates, on `doc` as its figures read it: by edge id, only those that change.
 * Undefined when there is nothing to balance.
 */
function balancedRates(doc: SalesDocument, kept: FlowEdge): Map<string, number> | undefined {
  const others = siblings(doc, kept);
  if (kept.conversionRate === undefined || others.length === 0) return undefined;
  const rates = shares(1 - kept.conversionRate, weights(others));
  const changed = new Map<string, number>();
  others.forEach((edge, index) => {
    if (rates[index] !== edge.conversionRate) changed.set(edge.id, rates[index]!);
  });
  return changed;
}

/**
 * Keeps the edge's rate and sets the other edges out of its source to add up to 100% with it; one
 * undo step. With a scenario, the scenario's rates are balanced (the rates it has of its own and
 * those it takes from the process) and the new ones become the scenario's: the process is untouched.
 */
export function balanceRates(edgeId: string, scenarioId?: string): Operation {
  return (doc) => {
    const scenario = scenarioId === undefined ? undefined : doc.scenarios.find((candidate) => candidate.id === scenarioId);
    if (scenarioId !== undefined && scenario === undefined) return refuse({ code: 'not-found', id: scenarioId });
    const shown = scenario === undefined ? doc : applyScenario(doc, scenario);
    const kept = shown.edges.find((edge) => edge.id === edgeId);
    if (kept === undefined) return refuse({ code: 'not-found', id: edgeId });
    const next = balancedRates(shown, kept);
    if (next === undefined) return finish(doc, doc);
    if (scenario !== undefined) {
      let overrides = scenario.overrides;
      for (const [id, rate] of next) overrides = withValue(overrides, { kind: 'edgeRate', id }, rate);
      return finish(doc, { ...doc, scenarios: doc.scenarios.map((candidate) => (candidate === scenario ? { ...scenario, overrides } : candidate)) });
    }
    const edges = doc.edges.map((edge) => {
      const rate = next.get(edge.id);
      return rate === undefined ? edge : { ...edge, conversionRate: rate };
    });
    return finish(doc, { ...doc, edges });
  };
}
