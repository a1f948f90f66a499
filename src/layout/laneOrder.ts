// The order of nodes within each lane band of a column, for the swimlane layout. ELK ordered the
// layers without knowing lanes; once every node is in its band, an order that was good for ELK's
// drawing can leave edges between bands criss-crossing. Barycentre sweeps (each node moves towards
// the middle of its neighbours, band by band, alternately left to right and back) reorder the
// stacks. ELK's own order and the order after each sweep are the candidates: the caller routes
// them and keeps the best, or, on graphs too big for that, takes the one with fewest crossings of
// straight lines between the nodes' slots.

export interface Orderable {
  band: number;
  layer: number;
  /** Order within its stack: a lower rank sits earlier across the flow. */
  rank: number;
  tie: number;
}

const SWEEPS = 8;
/** Beyond this many links a sweep's count of crossings costs more than it saves: ELK's order stays. */
const MAX_LINKS = 3000;

export interface BandOrders<T> {
  /** Ranks by item, ELK's order first, then one per sweep that changed anything. */
  orders: Map<T, number>[];
  /** The one of them with fewest straight-line crossings. */
  straightBest: Map<T, number>;
}

export function bandOrders<T extends Orderable>(items: readonly T[], links: readonly (readonly [T, T])[]): BandOrders<T> {
  const stacks = new Map<string, T[]>();
  for (const item of items) {
    const key = `${item.band}:${item.layer}`;
    const stack = stacks.get(key) ?? [];
    stack.push(item);
    stacks.set(key, stack);
  }
  for (const stack of stacks.values()) stack.sort((a, b) => a.rank - b.rank || a.tie - b.tie);
  const slotsPerBand = Math.max(...[...stacks.values()].map((stack) => stack.length)) + 1;
  const slot = new Map<T, number>();
  const place = (stack: readonly T[]): void => stack.forEach((item, index) => slot.set(item, item.band * slotsPerBand + index));
  for (const stack of stacks.values()) place(stack);

  const neighbours = new Map<T, T[]>();
  for (const [a, b] of links) {
    if (a === b) continue;
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const layerCount = Math.max(...items.map((item) => item.layer)) + 1;
  const byLayer: T[][][] = Array.from({ length: layerCount }, () => []);
  for (const stack of stacks.values()) byLayer[(stack[0] as T).layer]?.push(stack);

  const snapshot = (): Map<T, number> => new Map(slot);
  const orders = [snapshot()];
  if (links.length === 0 || links.length > MAX_LINKS) return { orders, straightBest: orders[0] as Map<T, number> };
  let best = orders[0] as Map<T, number>;
  let bestCount = straightCrossings(links, slot);
  for (let sweep = 0; sweep < SWEEPS; sweep += 1) {
    const forward = sweep % 2 === 0;
    for (let step = 0; step < layerCount; step += 1) {
      const layer = forward ? step : layerCount - 1 - step;
      for (const stack of byLayer[layer] ?? []) {
        const centre = new Map<T, number>();
        for (const item of stack) {
          const around = neighbours.get(item) ?? [];
          const own = slot.get(item) ?? 0;
          centre.set(item, around.length === 0 ? own : around.reduce((sum, other) => sum + (slot.get(other) ?? 0), 0) / around.length);
        }
        const before = new Map(stack.map((item, index) => [item, index]));
        stack.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0) || (before.get(a) ?? 0) - (before.get(b) ?? 0));
        place(stack);
      }
    }
    const order = snapshot();
    const previous = orders[orders.length - 1] as Map<T, number>;
    if ([...order].every(([item, rank]) => previous.get(item) === rank)) break;
    orders.push(order);
    const count = straightCrossings(links, slot);
    if (count < bestCount) {
      best = order;
      bestCount = count;
    }
  }
  return { orders, straightBest: best };
}

/** Crossings of the links drawn as straight lines from (layer, slot) to (layer, slot). */
function straightCrossings<T extends Orderable>(links: readonly (readonly [T, T])[], slot: ReadonlyMap<T, number>): number {
  const lines = links.map(([a, b]) => {
    const [p, q] = a.layer <= b.layer ? [a, b] : [b, a];
    return { p, q, x1: p.layer, y1: slot.get(p) ?? 0, x2: q.layer, y2: slot.get(q) ?? 0 };
  });
  let count = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const a = lines[i] as (typeof lines)[number];
    for (let j = i + 1; j < lines.length; j += 1) {
      const b = lines[j] as (typeof lines)[number];
      if (a.p === b.p || a.p === b.q || a.q === b.p || a.q === b.q) continue;
      if (a.x2 <= b.x1 || b.x2 <= a.x1) continue;
      // Over the layers both span, one line must start above the other and end below it.
      const from = Math.max(a.x1, b.x1);
      const to = Math.min(a.x2, b.x2);
      const at = (line: typeof a, x: number): number => (line.x2 === line.x1 ? line.y1 : line.y1 + ((line.y2 - line.y1) * (x - line.x1)) / (line.x2 - line.x1));
      const start = at(a, from) - at(b, from);
      const end = at(a, to) - at(b, to);
      if (start * end < 0) count += 1;
    }
  }
  return count;
}
