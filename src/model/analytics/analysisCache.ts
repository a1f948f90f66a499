// The analysis of the document being edited, shared by everything that shows a figure: the canvas
// asks once per node, so the first ask after an edit computes and the rest reuse it.

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

export function analysisOf(doc: SalesDocument): Analysis {
  if (recent[0]?.doc === doc) return recent[0].analysis;
  let found = recent.findIndex((entry) => entry.doc === doc);
  if (found === -1) found = recent.findIndex((entry) => sameAnalysisInputs(entry.doc, doc));
  const analysis = found === -1 ? analyse(doc) : recent[found]!.analysis;
  recent = [{ doc, analysis }, ...recent.filter((_, index) => index !== found)].slice(0, KEPT);
  return analysis;
}
