// Columns shared by consecutive layers (issue 17: "wasted space with lanes"). With lanes every ELK
// layer is a column across all the bands, so a flow handing over from lane to lane fills one cell
// of a column in L and draws a staircase. Two neighbouring columns whose nodes sit in different
// bands may become one, the hand-overs between them drawn straight across the flow from one node
// to the next: only when every edge between the two would be such a straight line (between the
// only node of its band in the column and the only node of the other, with no node of the column
// in a band between, and no second edge between the same two nodes). Whether a merge is kept is
// the caller's: swimlanes.ts routes it and counts its crossings.

export interface ColumnItem {
  layer: number;
  band: number;
}

type Link = readonly [ColumnItem, ColumnItem];

function canShare(left: readonly ColumnItem[], right: readonly ColumnItem[], links: readonly Link[]): boolean {
  const leftBands = new Set(left.map((item) => item.band));
  if (right.some((item) => leftBands.has(item.band))) return false;
  const members = new Set([...left, ...right]);
  const inBand = new Map<number, number>();
  for (const item of members) inBand.set(item.band, (inBand.get(item.band) ?? 0) + 1);
  const pairs = new Set<string>();
  for (const [source, target] of links) {
    if (!members.has(source) || !members.has(target) || source.band === target.band) continue;
    if (inBand.get(source.band) !== 1 || inBand.get(target.band) !== 1) return false;
    const low = Math.min(source.band, target.band);
    const high = Math.max(source.band, target.band);
    for (const band of inBand.keys()) if (band > low && band < high) return false;
    const pair = `${low}-${high}`;
    if (pairs.has(pair)) return false;
    pairs.add(pair);
  }
  return true;
}

/**
 * Moves the items of column `column + 1` into `column`, closing up the columns after it; returns
 * how to undo it, or null when the two cannot share a column.
 */
export function mergeWithNext(items: readonly ColumnItem[], links: readonly Link[], column: number): (() => void) | null {
  const left = items.filter((item) => item.layer === column);
  const right = items.filter((item) => item.layer === column + 1);
  if (left.length === 0 || right.length === 0 || !canShare(left, right, links)) return null;
  const moved = items.filter((item) => item.layer > column);
  for (const item of moved) item.layer -= 1;
  return () => {
    for (const item of moved) item.layer += 1;
  };
}
