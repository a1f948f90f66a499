// Thinner lane bands for the swimlane layout (issue 17: "wasted space with lanes"). A band is as
// thick as its tallest stack, so two steps of one lane stacked in a single column thicken the
// whole band along the full length of the flow. A step of such a stack may often move to the
// column before or after, where its lane has room, with every edge keeping its way along the flow
// (forward edges forward, loop-backs back, none between two steps of one column). These are those
// moves; the caller routes each and keeps it when it crosses no more.

export interface StackItem {
  layer: number;
  band: number;
  rank: number;
}

type Link<T> = readonly [T, T];

export interface StackMove<T> {
  item: T;
  layer: number;
  /** Rank in the stack there: first or last. */
  rank: number;
}

/**
 * Moves that take a step out of one of its band's tallest stacks into a neighbouring column where
 * the band's stack is at least two shorter, tallest stacks first; each move as if made alone.
 */
export function thinningMoves<T extends StackItem>(items: readonly T[], links: readonly Link<T>[]): StackMove<T>[] {
  const stacks = new Map<string, T[]>();
  const key = (band: number, layer: number): string => `${band}:${layer}`;
  for (const item of items) stacks.set(key(item.band, item.layer), [...(stacks.get(key(item.band, item.layer)) ?? []), item]);
  const tallest = new Map<number, number>();
  for (const item of items) tallest.set(item.band, Math.max(tallest.get(item.band) ?? 0, stacks.get(key(item.band, item.layer))?.length ?? 0));
  const neighbours = new Map<T, T[]>();
  for (const [source, target] of links) {
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
  }
  // A hand-over drawn straight across a column runs through the bands between its two ends there:
  // no step may join those bands in that column.
  const crossed = new Set<string>();
  for (const [source, target] of links) {
    if (source.layer !== target.layer) continue;
    for (let band = Math.min(source.band, target.band); band <= Math.max(source.band, target.band); band += 1) crossed.add(key(band, source.layer));
  }

  const moves: StackMove<T>[] = [];
  const byHeight = [...stacks.values()].filter((stack) => stack.length >= 2 && stack.length === tallest.get((stack[0] as T).band));
  byHeight.sort((a, b) => b.length - a.length);
  for (const stack of byHeight) {
    for (const item of stack) {
      for (const layer of [item.layer - 1, item.layer + 1]) {
        if (layer < 0 || crossed.has(key(item.band, layer))) continue;
        const there = stacks.get(key(item.band, layer)) ?? [];
        if (there.length > stack.length - 2) continue;
        const keepsWays = (neighbours.get(item) ?? []).every((other) => Math.sign(other.layer - layer) === Math.sign(other.layer - item.layer) && other.layer !== layer);
        if (!keepsWays) continue;
        const ranks = there.map((other) => other.rank);
        moves.push({ item, layer, rank: ranks.length === 0 ? item.rank : Math.min(...ranks) - 1 });
        if (ranks.length > 0) moves.push({ item, layer, rank: Math.max(...ranks) + 1 });
      }
    }
  }
  return moves;
}
