// The order of vertical runs across one channel of the swimlane router (swimlanes.ts). Each run is
// a vertical segment on a track, joined to the rest of its edge by two horizontal stubs, each
// reaching to the channel's left or right border. Two runs cross where one's stub passes the other's
// track at a height inside the other's span, so their crossings depend only on which of the two is
// left of the other: that is a linear ordering problem, solved by a comparison sort followed by
// moving single runs while that lowers the count. Runs that follow each other in the order and do
// not overlap then share a track, so the channel stays narrow without changing any crossing.

export type StubSide = 'left' | 'right';

export interface RunShape {
  from: number;
  to: number;
  /** Where the stub at `from` and the one at `to` lead. */
  fromSide: StubSide;
  toSide: StubSide;
}

export interface ChannelRun extends RunShape {
  track: number;
}

/** Beyond this many runs in one channel, moves of single runs cost too much: the sort is kept. */
const MAX_MOVED_RUNS = 80;
const EPS = 0.5;

function inside(y: number, run: RunShape): boolean {
  return y > Math.min(run.from, run.to) + EPS && y < Math.max(run.from, run.to) - EPS;
}

/** Stubs closer than this read as one line. */
const SAME_LINE = 2;
/** Two stubs heading at each other along one line hide both edges: worse than a crossing. */
const SHARED_LINE_COST = 3;

/** Crossings of a and b when a's track is left of b's, and stubs of theirs that would run along each other. */
function costLeftOf(a: RunShape, b: RunShape): number {
  let count = 0;
  // a's right stubs and b's left stubs overlap between the two tracks when they are at one height.
  for (const [ya, side] of stubsOf(a)) {
    if (side !== 'right') continue;
    for (const [yb, other] of stubsOf(b)) if (other === 'left' && Math.abs(ya - yb) <= SAME_LINE) count += SHARED_LINE_COST;
  }
  // b's left stubs pass a's track; a's right stubs pass b's.
  if (b.fromSide === 'left' && inside(b.from, a)) count += 1;
  if (b.toSide === 'left' && inside(b.to, a)) count += 1;
  if (a.fromSide === 'right' && inside(a.from, b)) count += 1;
  if (a.toSide === 'right' && inside(a.to, b)) count += 1;
  return count;
}

/** What two runs of one channel cost at least, in the better of their two orders. */
export function pairCost(a: RunShape, b: RunShape): number {
  return Math.min(costLeftOf(a, b), costLeftOf(b, a));
}

/** Orders the runs of one channel, sets their tracks and returns how many tracks the channel needs. */
export function orderChannel(runs: readonly ChannelRun[], spacing: number): number {
  const n = runs.length;
  if (n === 0) return 0;
  const cost = runs.map((a) => runs.map((b) => (a === b ? 0 : costLeftOf(a, b))));
  const at = (i: number, j: number): number => cost[i]?.[j] ?? 0;
  const order = runs.map((_, index) => index);
  order.sort((i, j) => at(i, j) - at(j, i) || low(runs[i]) - low(runs[j]));
  if (n <= MAX_MOVED_RUNS) improveByMoves(order, at);

  // Consecutive runs that do not overlap (with room between them) share a track.
  let track = -1;
  let trackEnd = Infinity;
  let trackLow = -Infinity;
  for (const index of order) {
    const run = runs[index] as ChannelRun;
    const lo = low(run);
    const hi = Math.max(run.from, run.to);
    if (track >= 0 && (trackEnd + spacing <= lo || hi + spacing <= trackLow)) {
      trackEnd = Math.max(trackEnd, hi);
      trackLow = Math.min(trackLow, lo);
    } else {
      track += 1;
      trackEnd = hi;
      trackLow = lo;
    }
    run.track = track;
  }
  return track + 1;
}

function stubsOf(run: RunShape): [number, StubSide][] {
  return [
    [run.from, run.fromSide],
    [run.to, run.toSide],
  ];
}

function low(run: ChannelRun | undefined): number {
  return run === undefined ? 0 : Math.min(run.from, run.to);
}

/** Moves one run at a time to the place where it crosses least, while any move helps. */
function improveByMoves(order: number[], at: (i: number, j: number) => number): void {
  for (let pass = 0; pass < 4; pass += 1) {
    let improved = false;
    for (let position = 0; position < order.length; position += 1) {
      const moving = order[position] as number;
      order.splice(position, 1);
      // Cost of putting `moving` at each slot: it is right of everything before, left of everything after.
      let current = 0;
      for (const other of order) current += at(moving, other);
      let best = current;
      let bestSlot = 0;
      let original = -1;
      for (let slot = 0; slot <= order.length; slot += 1) {
        if (slot === position) original = current;
        if (current < best) {
          best = current;
          bestSlot = slot;
        }
        const passed = order[slot];
        if (passed !== undefined) current += at(passed, moving) - at(moving, passed);
      }
      const chosen = best < original ? bestSlot : position;
      if (chosen !== position) improved = true;
      order.splice(chosen, 0, moving);
    }
    if (!improved) return;
  }
}
