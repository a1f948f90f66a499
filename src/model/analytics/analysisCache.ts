// The analysis of the document being edited, shared by everything that shows a figure: the canvas
// asks once per node, so the first ask after an edit computes and the rest reuse it. A big
// document's analysis is made in a worker and kept here when it arrives (keepAnalysis).

import type { FlowEdge, FlowNode, SalesDocument } from '../types';
import { analyse, type Analysis } from './analyse';

// The process, the scenario shown and the one it is compared with are asked for in turn; each keeps
// its own entry, so showing a scenario does not recompute every figure on every ask.
const KEPT = 3;
let recent: { doc: SalesDocument; analysis: Analysis }[] = [];

function sameNodeInputs(a: FlowNode, b: FlowNode): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.kind === b.kind &&
      a.volume === b.volume &&
      a.outcome === b.outcome &&
      // An end's label is checked against its outcome (endChecks.ts).
      (a.kind !== 'end' || a.label === b.label) &&
      a.details?.durationDays === b.details?.durationDays &&
      a.details?.owner === b.details?.owner)
  );
}

function sameEdgeInputs(a: FlowEdge, b: FlowEdge): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.source === b.source &&
      a.target === b.target &&
      a.conversionRate === b.conversionRate &&
      a.label === b.label)
  );
}

/**
 * Whether two documents give the same analysis: a drag, a resize or a recolour changes the document
 * on every frame but none of the figures, and recomputing then would cost frames for nothing.
 */
export function sameAnalysisInputs(a: SalesDocument, b: SalesDocument): boolean {
  return (
    a.settings.dealValue === b.settings.dealValue &&
    a.nodes.length === b.nodes.length &&
    a.edges.length === b.edges.length &&
    a.nodes.every((node, index) => sameNodeInputs(node, b.nodes[index]!)) &&
    a.edges.every((edge, index) => sameEdgeInputs(edge, b.edges[index]!))
  );
}

function keep(doc: SalesDocument, analysis: Analysis, found: number): void {
  recent = [{ doc, analysis }, ...recent.filter((_, index) => index !== found)].slice(0, KEPT);
}

function foundFor(doc: SalesDocument): number {
  const found = recent.findIndex((entry) => entry.doc === doc);
  return found === -1 ? recent.findIndex((entry) => sameAnalysisInputs(entry.doc, doc)) : found;
}

export function analysisOf(doc: SalesDocument): Analysis {
  if (recent[0]?.doc === doc) return recent[0].analysis;
  const found = foundFor(doc);
  const analysis = found === -1 ? analyse(doc) : recent[found]!.analysis;
  keep(doc, analysis, found);
  return analysis;
}

/** The analysis of `doc` when it is kept (its own, or one with the same inputs); never computes. */
export function keptAnalysisOf(doc: SalesDocument): Analysis | undefined {
  if (recent[0]?.doc === doc) return recent[0].analysis;
  const found = foundFor(doc);
  if (found === -1) return undefined;
  const { analysis } = recent[found]!;
  keep(doc, analysis, found);
  return analysis;
}

/** Keeps an analysis of `doc` made elsewhere (a worker: src/store/backgroundAnalysis.ts). */
export function keepAnalysis(doc: SalesDocument, analysis: Analysis): void {
  keep(doc, analysis, recent.findIndex((entry) => entry.doc === doc));
}
