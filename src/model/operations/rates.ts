// "Make the others add up": the answer to a split whose rates add up to more (or less) than 100%.
// The rate the user typed stays; the other edges out of the same node share what it leaves, in
// proportion to their own rates, so a 70/30 pair stays 70/30 between themselves.

import { isFlowKind } from '../kinds';
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

/** Keeps the edge's rate and sets the other edges out of its source to add up to 100% with it; one undo step. */
export function balanceRates(edgeId: string): Operation {
  return (doc) => {
    const kept = doc.edges.find((edge) => edge.id === edgeId);
    if (kept === undefined) return refuse({ code: 'not-found', id: edgeId });
    const others = siblings(doc, kept);
    if (kept.conversionRate === undefined || others.length === 0) return finish(doc, doc);
    const rates = shares(1 - kept.conversionRate, weights(others));
    const next = new Map(others.map((edge, index) => [edge.id, rates[index]!]));
    const edges = doc.edges.map((edge) => {
      const rate = next.get(edge.id);
      return rate === undefined || rate === edge.conversionRate ? edge : { ...edge, conversionRate: rate };
    });
    return finish(doc, { ...doc, edges });
  };
}
