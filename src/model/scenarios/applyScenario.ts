// What a scenario's figures are computed from: the document with the scenario's values in place of
// the process's. Everything else (structure, texts, outcomes) is the process's own, so the existing
// analysis runs on it unchanged.

import type { FlowEdge, FlowNode, SalesDocument, Scenario } from '../types';

function withNodeValues(node: FlowNode, volume: number | undefined, days: number | undefined): FlowNode {
  let next = node;
  if (volume !== undefined && volume !== node.volume) next = { ...next, volume };
  if (days !== undefined && days !== node.details?.durationDays) next = { ...next, details: { ...node.details, durationDays: days } };
  return next;
}

/**
 * The document as the scenario has it. Records the scenario leaves alone are shared with `doc`, and
 * a scenario that changes nothing gives `doc` itself. Values of records that are gone are ignored.
 */
export function applyScenario(doc: SalesDocument, scenario: Scenario): SalesDocument {
  const { edgeRates, startVolumes, durations } = scenario.overrides;
  const rates = new Map(edgeRates.map((entry) => [entry.edgeId, entry.rate]));
  const volumes = new Map(startVolumes.map((entry) => [entry.nodeId, entry.volume]));
  const days = new Map(durations.map((entry) => [entry.nodeId, entry.days]));

  let edgesChanged = false;
  const edges = doc.edges.map((edge): FlowEdge => {
    const rate = rates.get(edge.id);
    if (rate === undefined || rate === edge.conversionRate) return edge;
    edgesChanged = true;
    return { ...edge, conversionRate: rate };
  });
  let nodesChanged = false;
  const nodes = doc.nodes.map((node) => {
    const next = withNodeValues(node, volumes.get(node.id), days.get(node.id));
    if (next !== node) nodesChanged = true;
    return next;
  });
  if (!edgesChanged && !nodesChanged) return doc;
  return { ...doc, nodes: nodesChanged ? nodes : doc.nodes, edges: edgesChanged ? edges : doc.edges };
}
