// What a snapshot export (one row per deal, its current stage) can say: how many deals sit at
// each node, the win rate and the cycle time of won deals. It has no transitions and no time in
// stage, and the import dialog says so.

import type { FlowNode, StageMapping } from '../types';
import type { SnapshotDeal } from './histories';
import { survivalQuantile } from './survival';
import { stageLookup } from './visits';
import { wilsonShare, type Share } from './wilson';

export interface SnapshotMeasure {
  /** Deals whose current stage maps to each node. */
  atNode: Map<string, number>;
  unknownStages: Map<string, number>;
  won: number;
  lost: number;
  open: number;
  /** Won among closed deals. */
  winRate: Share;
  /** Median days from created to closed of won deals with both dates. */
  medianWonCycleDays: number | null;
  averageWonAmount: number | null;
}

export function measureSnapshot(deals: readonly SnapshotDeal[], mapping: readonly StageMapping[], nodes: readonly FlowNode[]): SnapshotMeasure {
  const lookup = stageLookup(mapping);
  const outcomeOfNode = new Map(nodes.filter((node) => node.kind === 'end').map((node) => [node.id, node.outcome]));
  const atNode = new Map<string, number>();
  const unknownStages = new Map<string, number>();
  const cycles: { days: number; open: boolean }[] = [];
  let won = 0;
  let lost = 0;
  let amountSum = 0;
  let amountCount = 0;
  for (const deal of deals) {
    const nodeId = lookup.nodeOf.get(deal.stage);
    if (nodeId === undefined) unknownStages.set(deal.stage, (unknownStages.get(deal.stage) ?? 0) + 1);
    if (nodeId) atNode.set(nodeId, (atNode.get(nodeId) ?? 0) + 1);
    const nodeOutcome = nodeId ? outcomeOfNode.get(nodeId) : undefined;
    const outcome = deal.outcome ?? (nodeOutcome === 'won' || nodeOutcome === 'lost' ? nodeOutcome : undefined);
    if (outcome === 'lost') lost += 1;
    if (outcome !== 'won') continue;
    won += 1;
    if (deal.amount !== undefined) {
      amountSum += deal.amount;
      amountCount += 1;
    }
    if (deal.createdDay !== undefined && deal.closedDay !== undefined && deal.closedDay >= deal.createdDay) {
      cycles.push({ days: deal.closedDay - deal.createdDay, open: false });
    }
  }
  return {
    atNode,
    unknownStages,
    won,
    lost,
    open: deals.length - won - lost,
    winRate: wilsonShare(won, won + lost),
    medianWonCycleDays: survivalQuantile(cycles, 0.5),
    averageWonAmount: amountCount > 0 ? amountSum / amountCount : null,
  };
}
