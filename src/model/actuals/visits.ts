// A deal's history as the nodes it passed through: each stage event mapped to its node, stages
// mapped to nothing (ignored) or missing from the mapping (unknown) left out, and several stages
// of one node in a row counted as one stay that began at the first.

import type { StageMapping } from '../types';
import type { DealHistory } from './histories';

export interface Visit {
  nodeId: string;
  day: number;
}

export interface StageLookup {
  /** Stage name to node id; null for a stage the user chose to ignore. */
  nodeOf: Map<string, string | null>;
  /** Nodes in the order the mapping first names them: the pipeline order skips are counted in. */
  order: string[];
}

export function stageLookup(mapping: readonly StageMapping[]): StageLookup {
  const nodeOf = new Map<string, string | null>();
  const order: string[] = [];
  for (const { stage, nodeId } of mapping) {
    nodeOf.set(stage, nodeId ?? null);
    if (nodeId !== undefined && !order.includes(nodeId)) order.push(nodeId);
  }
  return { nodeOf, order };
}

export function dealVisits(deal: DealHistory, lookup: StageLookup, unknown: Map<string, number>): Visit[] {
  const visits: Visit[] = [];
  for (const { stage, day } of deal.events) {
    const nodeId = lookup.nodeOf.get(stage);
    if (nodeId === undefined) {
      unknown.set(stage, (unknown.get(stage) ?? 0) + 1);
      continue;
    }
    if (nodeId === null || visits.at(-1)?.nodeId === nodeId) continue;
    visits.push({ nodeId, day });
  }
  return visits;
}
