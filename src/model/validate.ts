// Rules that span records, checked after the schema has vouched for each record on its own.
// Lookups go through Map and Set so that ids such as `__proto__` are ordinary keys.

import type { DocumentError, InvalidReason } from './errors';
import { compareByOrder } from '../lib/orderKey';
import type { SalesDocument, Scenario } from './types';

function invalid(path: string, reason: InvalidReason): DocumentError {
  return { code: 'invalid', path, reason };
}

/** The first duplicate id in a collection, as the path of its second occurrence. */
function firstDuplicate(items: readonly { id: string }[], collection: string): string | null {
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (seen.has(item.id)) return `${collection}[${index}].id`;
    seen.add(item.id);
  }
  return null;
}

/**
 * Ids unique within lanes, nodes and edges; a node's lane and a note's attachment exist; every edge
 * end exists; no edge from a node to itself. Returns the first violation, or null.
 */
export function checkInvariants(doc: SalesDocument): DocumentError | null {
  for (const [items, collection] of [
    [doc.lanes, 'lanes'],
    [doc.nodes, 'nodes'],
    [doc.edges, 'edges'],
    [doc.scenarios, 'scenarios'],
    [doc.walkthrough.steps, 'walkthrough.steps'],
  ] as const) {
    const duplicate = firstDuplicate(items, collection);
    if (duplicate !== null) return invalid(duplicate, 'duplicate-id');
  }

  const laneIds = new Set(doc.lanes.map((lane) => lane.id));
  const nodeIds = new Set(doc.nodes.map((node) => node.id));

  for (const [index, node] of doc.nodes.entries()) {
    if (node.laneId !== undefined && !laneIds.has(node.laneId)) {
      return invalid(`nodes[${index}].laneId`, 'missing-lane');
    }
    if (node.attachedTo !== undefined && (node.attachedTo === node.id || !nodeIds.has(node.attachedTo))) {
      return invalid(`nodes[${index}].attachedTo`, 'missing-attachment');
    }
  }

  for (const [index, edge] of doc.edges.entries()) {
    if (!nodeIds.has(edge.source)) return invalid(`edges[${index}].source`, 'missing-node');
    if (!nodeIds.has(edge.target)) return invalid(`edges[${index}].target`, 'missing-node');
    if (edge.source === edge.target) return invalid(`edges[${index}].target`, 'self-loop');
  }

  return null;
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let index = 1; index < items.length; index += 1) {
    if (compare(items[index - 1]!, items[index]!) > 0) return false;
  }
  return true;
}

function scenarioWithout(scenario: Scenario, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): Scenario {
  const { edgeRates, startVolumes, durations } = scenario.overrides;
  const keptRates = edgeRates.filter((entry) => edgeIds.has(entry.edgeId));
  const keptVolumes = startVolumes.filter((entry) => nodeIds.has(entry.nodeId));
  const keptDurations = durations.filter((entry) => nodeIds.has(entry.nodeId));
  if (keptRates.length === edgeRates.length && keptVolumes.length === startVolumes.length && keptDurations.length === durations.length) {
    return scenario;
  }
  return { ...scenario, overrides: { edgeRates: keptRates, startVolumes: keptVolumes, durations: keptDurations } };
}

/**
 * What the schema leaves loose, made canonical: ordered collections sorted by their order keys, and
 * scenario values and walkthrough steps whose record is gone dropped (a stale reference carries no
 * meaning, so it is not worth refusing a file over). Returns the same document when nothing changed.
 */
export function tidyReferences(doc: SalesDocument): SalesDocument {
  const nodeIds = new Set(doc.nodes.map((node) => node.id));
  const edgeIds = new Set(doc.edges.map((edge) => edge.id));
  let next = doc;
  if (!isSorted(doc.lanes, compareByOrder)) next = { ...next, lanes: [...doc.lanes].sort(compareByOrder) };
  const steps = doc.walkthrough.steps.filter((step) => nodeIds.has(step.nodeId));
  if (steps.length !== doc.walkthrough.steps.length || !isSorted(steps, compareByOrder)) {
    next = { ...next, walkthrough: { ...doc.walkthrough, steps: steps.sort(compareByOrder) } };
  }
  let scenariosChanged = false;
  const scenarios = doc.scenarios.map((scenario) => {
    const kept = scenarioWithout(scenario, nodeIds, edgeIds);
    if (kept !== scenario) scenariosChanged = true;
    return kept;
  });
  if (scenariosChanged) next = { ...next, scenarios };
  if (next.dealData !== undefined) {
    const { mapping } = next.dealData;
    const keptMapping = mapping.map((entry) => (entry.nodeId === undefined || nodeIds.has(entry.nodeId) ? entry : { stage: entry.stage }));
    if (keptMapping.some((entry, index) => entry !== mapping[index])) next = { ...next, dealData: { ...next.dealData, mapping: keptMapping } };
  }
  return next;
}
