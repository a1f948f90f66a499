// What an import keeps: the mapping and the weekly aggregates of the deals read from a table,
// never the rows. Pure, so the dialog's Confirm is a measurement and one operation.

import { MAX_SHORT_TEXT_LENGTH } from '../limits';
import type { DealData, DealDataShape, FlowEdge, FlowNode, StageMapping, StageWeek } from '../types';
import { weekKey } from './days';
import type { DealRead } from './histories';
import { measureDeals } from './measure';
import { suggestMapping } from './suggestMapping';
import { stageLookup } from './visits';

/**
 * The mapping a new import starts from: what the last import said of a stage (its node, or that
 * it is ignored) while that node still exists, else a suggestion by name.
 */
export function initialMapping(stages: readonly string[], nodes: readonly FlowNode[], previous: readonly StageMapping[] = []): StageMapping[] {
  const nodeIds = new Set(nodes.map((node) => node.id));
  const before = new Map(previous.map((entry) => [entry.stage, entry]));
  const suggested = suggestMapping(stages, nodes);
  return suggested.map((suggestion) => {
    const kept = before.get(suggestion.stage);
    return kept !== undefined && (kept.nodeId === undefined || nodeIds.has(kept.nodeId)) ? { ...kept } : suggestion;
  });
}

/**
 * A snapshot has no history: each deal counts once at the node of its current stage, in the week
 * it was created (else the newest week of the file), won or lost as its status or its end says.
 */
function snapshotStages(read: DealRead, mapping: readonly StageMapping[], nodes: readonly FlowNode[]): StageWeek[] {
  const lookup = stageLookup(mapping);
  const outcomeOf = new Map(nodes.filter((node) => node.kind === 'end').map((node) => [node.id, node.outcome]));
  const weeks = new Map<string, StageWeek>();
  for (const deal of read.snapshot) {
    const nodeId = lookup.nodeOf.get(deal.stage);
    const day = deal.createdDay ?? read.newestDay;
    if (nodeId === undefined || nodeId === null || day === null) continue;
    const week = weekKey(day);
    const key = `${nodeId}|${week}`;
    const entry = weeks.get(key) ?? { nodeId, week, entered: 0, won: 0, lost: 0 };
    entry.entered += 1;
    const outcome = deal.outcome ?? outcomeOf.get(nodeId);
    if (outcome === 'won') entry.won += 1;
    if (outcome === 'lost') entry.lost += 1;
    weeks.set(key, entry);
  }
  return [...weeks.values()];
}

export interface DealDataInput {
  read: DealRead;
  shape: DealDataShape;
  mapping: StageMapping[];
  nodes: readonly FlowNode[];
  edges: readonly FlowEdge[];
  fileName: string;
  now: number;
}

export function dealDataOf({ read, shape, mapping: chosen, nodes, edges, fileName, now }: DealDataInput): DealData {
  const source = { name: fileName.slice(0, MAX_SHORT_TEXT_LENGTH), shape };
  // A stage name past the cap can't be kept; cut, it would only fail to match on the next import.
  const mapping = chosen.map((entry) => (entry.stage.length > MAX_SHORT_TEXT_LENGTH ? { ...entry, stage: entry.stage.slice(0, MAX_SHORT_TEXT_LENGTH) } : entry));
  if (shape === 'snapshot') {
    return { source, importedAt: now, mapping, aggregates: { stages: snapshotStages(read, chosen, nodes), edges: [], durations: [] } };
  }
  const measured = measureDeals({ deals: read.deals, mapping: chosen, nodes, edges, asOfDay: read.newestDay ?? 0 });
  return { source, importedAt: now, mapping, aggregates: measured.aggregates };
}
