// Ways out in the swimlane layout (swimlanes.ts). A lost or other end fed from several decisions is
// given to ELK with one way in only (layoutSet.ts), so ELK puts it in the column after that one
// feed, which may not be the column whose routes cross least once every feed is drawn. These are
// the other places it may take: the column right after any of its feeds, first or last in its
// lane's stack there. The caller routes each and keeps the best.

import type { FlowNode } from '../model/types';
import type { Orderable } from './laneOrder';

interface Placed extends Orderable {
  node: FlowNode;
}

/** Lost and other ends with two or more ways in, each with the items feeding it. */
export function waysOutFedFromSeveral<T extends Placed>(items: readonly T[], links: readonly (readonly [T, T])[]): [T, T[]][] {
  const feeders = new Map<T, T[]>();
  for (const [source, target] of links) {
    if (target.node.kind !== 'end' || target.node.outcome === 'won' || source === target) continue;
    feeders.set(target, [...(feeders.get(target) ?? []), source]);
  }
  return items.flatMap((item) => {
    const list = feeders.get(item) ?? [];
    return list.length >= 2 ? [[item, list] as [T, T[]]] : [];
  });
}

/**
 * Moves `exit` to column `layer`, first or last in its band's stack there; a column left empty is
 * closed up, so no empty channel widens the drawing. False (and nothing moved) when it is there already.
 */
export function moveToColumn<T extends Placed>(items: readonly T[], exit: T, layer: number, end: 'first' | 'last'): boolean {
  if (exit.layer === layer) return false;
  const ranks = items.filter((item) => item !== exit && item.band === exit.band && item.layer === layer).map((item) => item.rank);
  exit.layer = layer;
  exit.rank = ranks.length === 0 ? 0 : end === 'first' ? Math.min(...ranks) - 1 : Math.max(...ranks) + 1;
  const used = [...new Set(items.map((item) => item.layer))].sort((a, b) => a - b);
  const compact = new Map(used.map((column, index) => [column, index]));
  for (const item of items) item.layer = compact.get(item.layer) ?? item.layer;
  return true;
}
