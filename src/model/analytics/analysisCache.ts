// The analysis of the document being edited, shared by everything that shows a figure: the canvas
// asks once per node, so the first ask after an edit computes and the rest reuse it.

import type { FlowEdge, FlowNode, SalesDocument } from '../types';
import { analyse, type Analysis } from './analyse';

let last: { doc: SalesDocument; analysis: Analysis } | null = null;

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
  if (last !== null && (last.doc === doc || sameAnalysisInputs(last.doc, doc))) {
    last = { doc, analysis: last.analysis };
    return last.analysis;
  }
  last = { doc, analysis: analyse(doc) };
  return last.analysis;
}
