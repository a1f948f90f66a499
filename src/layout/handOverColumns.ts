// Columns for the swimlane layout that hand-overs share (issue 17: "wasted space with lanes"). ELK
// gives every step a layer of its own along the flow, so a flow hopping from lane to lane fills one
// cell of each column and draws a staircase. Here columns are assigned again, in ELK's order of
// layers: each step goes in the column after the latest of the steps it follows, or into that
// step's very column when the hand-over between them can be one straight line across the flow
// (the two in different bands, each alone in its band there, no node and no other straight line of
// that column in the bands between, no other edge between the two or between the step and the
// rest of the column). A step nothing leads to goes beside the earliest step it leads to, or just
// before it.
// Whether a hand-over drawn straight is worth what its line crosses is the caller's to judge: it
// may forbid any of them and ask again, first those where the crossings are (straightAtCrossings).

export interface ColumnItem {
  /** ELK's layer on the way in, the shared column on the way out. */
  layer: number;
  band: number;
  /** ELK's order within a layer. */
  rank: number;
}

export type Link<T> = readonly [T, T];

interface Column<T> {
  members: T[];
  /** Bands a straight hand-over runs through or ends in: no other node may join them here. */
  locked: Set<number>;
}

/**
 * Sets each item's `layer` to its column and returns the hand-overs drawn straight. `links` are
 * every edge between items, `layered` those ELK layered (a way out's second way in is not:
 * layoutSet.ts), which alone decide what follows what; `forbidden` hand-overs are never straight.
 */
export function handOverColumns<T extends ColumnItem>(
  items: readonly T[],
  links: readonly Link<T>[],
  layered: readonly Link<T>[],
  forbidden: ReadonlySet<Link<T>> = new Set(),
): Link<T>[] {
  const elkLayer = new Map(items.map((item) => [item, item.layer]));
  const before = new Map<T, Link<T>[]>();
  const after = new Map<T, Link<T>[]>();
  const neighbours = new Map<T, T[]>();
  const linksBetween = new Map<T, Map<T, number>>();
  for (const [source, target] of links) {
    if (source === target) continue;
    neighbours.set(source, [...(neighbours.get(source) ?? []), target]);
    neighbours.set(target, [...(neighbours.get(target) ?? []), source]);
    for (const [a, b] of [[source, target], [target, source]] as const) {
      const counts = linksBetween.get(a) ?? new Map<T, number>();
      counts.set(b, (counts.get(b) ?? 0) + 1);
      linksBetween.set(a, counts);
    }
  }
  for (const link of layered) {
    const [source, target] = link;
    if ((elkLayer.get(source) ?? 0) >= (elkLayer.get(target) ?? 0)) continue;
    before.set(target, [...(before.get(target) ?? []), link]);
    after.set(source, [...(after.get(source) ?? []), link]);
  }

  const columns: Column<T>[] = [];
  const column = new Map<T, number>();
  const at = (index: number): Column<T> => {
    while (columns.length <= index) columns.push({ members: [], locked: new Set() });
    return columns[index] as Column<T>;
  };
  /** Whether `item` may join column `index`: its band not locked, and no edge to a node there but from `partner`. */
  const fits = (item: T, index: number, partner: T | null): boolean => {
    if (at(index).locked.has(item.band)) return false;
    return (neighbours.get(item) ?? []).every((other) => other === partner || column.get(other) !== index);
  };
  /** Whether `joining` may join column `index`, where the other end of `link` is, with the hand-over drawn straight. */
  const straight = (link: Link<T>, index: number, joining: T): boolean => {
    const [from, to] = link;
    const other = joining === from ? to : from;
    const here = at(index);
    if (forbidden.has(link) || from.band === to.band || linksBetween.get(from)?.get(to) !== 1 || !fits(joining, index, other)) return false;
    const low = Math.min(from.band, to.band);
    const high = Math.max(from.band, to.band);
    for (let band = low + 1; band <= high - 1; band += 1) if (here.locked.has(band)) return false;
    return !here.members.some((member) => (member !== other && member.band === other.band) || member.band === joining.band || (member.band > low && member.band < high));
  };
  const put = (item: T, index: number, partner: T | null): void => {
    const here = at(index);
    here.members.push(item);
    column.set(item, index);
    if (partner === null) return;
    for (let band = Math.min(partner.band, item.band); band <= Math.max(partner.band, item.band); band += 1) here.locked.add(band);
  };

  const made: Link<T>[] = [];
  const order = [...items].sort((a, b) => (elkLayer.get(a) ?? 0) - (elkLayer.get(b) ?? 0) || a.rank - b.rank);
  const sources: T[] = [];
  for (const item of order) {
    const ways = before.get(item) ?? [];
    if (ways.length === 0) {
      sources.push(item);
      continue;
    }
    const latest = Math.max(...ways.map(([from]) => column.get(from) ?? 0));
    const last = ways.filter(([from]) => column.get(from) === latest);
    const link = last.length === 1 ? (last[0] as Link<T>) : null;
    if (link !== null && straight(link, latest, item)) {
      put(item, latest, link[0]);
      made.push(link);
      continue;
    }
    let index = latest + 1;
    while (!fits(item, index, null)) index += 1;
    put(item, index, null);
  }
  // Steps nothing leads to (starts, notes pointing at their step), beside the first step they lead
  // to when the hand-over can be drawn straight, else just before it.
  for (const item of sources.reverse()) {
    const ways = after.get(item) ?? [];
    const next = ways.map(([, succ]) => column.get(succ)).filter((index): index is number => index !== undefined);
    const earliest = next.length === 0 ? 0 : Math.min(...next);
    const first = ways.filter(([, succ]) => column.get(succ) === earliest);
    const link = first.length === 1 ? (first[0] as Link<T>) : null;
    if (link !== null && straight(link, earliest, item)) {
      put(item, earliest, link[1]);
      made.push(link);
      continue;
    }
    let index = earliest - 1;
    while (index >= 0 && !fits(item, index, null)) index -= 1;
    if (index < 0) {
      // No room before: everything moves on by one column.
      for (const [placed, was] of column) column.set(placed, was + 1);
      columns.unshift({ members: [], locked: new Set() });
      index = 0;
    }
    put(item, index, null);
  }
  const used = [...new Set(column.values())].sort((a, b) => a - b);
  const compact = new Map(used.map((was, index) => [was, index]));
  for (const item of items) item.layer = compact.get(column.get(item) ?? 0) ?? 0;
  return made;
}

/**
 * The straight hand-overs with an end at a node of two edges that cross (`crossing`: the two edges'
 * ends), not yet `forbidden`: where sharing a column made them cross, those are the ones to draw
 * back in the channel, and the rest of the flow keeps its shared columns.
 */
export function straightAtCrossings<T>(
  straight: readonly Link<T>[],
  crossing: readonly (readonly [Link<T>, Link<T>])[],
  forbidden: ReadonlySet<Link<T>>,
): Link<T>[] {
  const ends = new Set(crossing.flat(2));
  return straight.filter((link) => !forbidden.has(link) && (ends.has(link[0]) || ends.has(link[1])));
}
