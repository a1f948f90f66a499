// Swimlane layout. ELK has no lanes, so it is asked only for what it is good at: which layer each
// node goes in and a first order within a layer. Then, in a frame where the flow runs along x (TB
// is mirrored, see frame.ts), the order within each lane band is revised (laneOrder.ts: barycentre
// sweeps, then swaps of neighbours, each candidate routed and its crossings counted), and:
//   1. layers become columns; each lane becomes a band of rows, in the document's lane order, with
//      the unassigned band last; in each column, a lane's nodes are stacked in ELK's order and
//      centred in the band, so nothing overlaps and every node sits inside its own band;
//   2. edges are routed from those final positions, orthogonally, by our own channel router:
//      edges leave and enter nodes at the middle of a side, turn only in the channels between
//      columns, and cross a column only at a height free of that column's nodes (a "corridor",
//      chosen by corridors.ts to cross least). Vertical runs are put on tracks in the order that
//      crosses least (channelTracks.ts); a channel is as wide as its tracks need, so columns are
//      placed last;
//   3. each way out fed from several places tries the column after each of its feeds
//      (exitColumns.ts), then each edge still crossing another tries its other ports (loop-backs)
//      and corridor heights, every try routed and counted;
//   4. steps 1 to 3 run again in columns shared by hand-overs drawn straight across the flow from
//      one band to another (handOverColumns.ts); while they cross more than ELK's columns, the
//      hand-overs where the crossings are are drawn back in the channel, and the rest keep their
//      shared columns (ELK's are kept only when no way gets down to their count);
//   5. last, neighbouring columns whose nodes sit in different bands share one (sharedColumns.ts),
//      and steps leave their band's tallest stack for a neighbouring column (bandStacks.ts), each
//      change kept when it crosses no more; of the ways step 4 found, the smallest drawing is kept.
// Channels, and the gaps between bands that hand-overs cross, are as wide as the labels and chips
// on their lines need (labelGaps.ts). Bands are laid out exactly as laneBands.ts derives them from
// nodes, so canvas and export agree.

import type { FlowEdge, FlowNode, HandleSide, Point, SalesDocument } from '../model/types';
import { flowFrame } from './frame';
import { countCrossings, crossingPairs, crossingsBetween } from './crossings';
import { opposingStretches } from './sharedStretches';
import { bandOrders } from './laneOrder';
import { mergeWithNext } from './sharedColumns';
import { handOverColumns, straightAtCrossings, type Link } from './handOverColumns';
import { thinningMoves, type StackMove } from './bandStacks';
import { moveToColumn, waysOutFedFromSeveral } from './exitColumns';
import { corridorPlanner } from './corridors';
import { orderChannel, type ChannelRun, type StubSide } from './channelTracks';
import { boundingRect, type Rect } from '../geometry/rect';
import { labelGeometry, roomBetweenBands, roomInChannels, type ChannelUse, type LabelGeometry } from './labelGaps';
import { rectOf, simplifyPath } from './geometry';
import { EMPTY_LANE_THICKNESS, LANE_PADDING } from '../model/laneBands';
import type { LayoutSet } from './layoutSet';
import { MAX_LABEL_ROOM_EDGES } from './labelRoom';
import { spacingValues, type LayoutOptions } from './options';
import type { Placement, Route } from './placement';

interface Item {
  node: FlowNode;
  width: number;
  height: number;
  layer: number;
  band: number;
  /** ELK's position across the flow: the order within a stack. */
  rank: number;
  tie: number;
  x: number;
  y: number;
}

interface Run extends ChannelRun {
  channel: number;
}

type Shape = 'forward' | 'back' | 'same' | 'vertical';

/** Where a loop-back leaves its source and enters its target: above or below them, never the sides the flow uses. */
interface LoopPorts {
  sourceSide: 'top' | 'bottom';
  targetSide: 'top' | 'bottom';
}

interface Plan {
  edge: FlowEdge;
  source: Item;
  target: Item;
  shape: Shape;
  /** Heights at which the route leaves the source's column and enters the target's. */
  y1: number;
  y2: number;
  loop: LoopPorts | null;
  corridor: number | null;
  /** How many free heights the corridor was chosen from. */
  choices: number;
  first: Run | null;
  last: Run | null;
}

/** Up to this many edges every candidate order is routed and its crossings counted. */
const MAX_JUDGED_LINKS = 400;
/** Up to this many, neighbours in a stack are also tried swapped, each swap routed and counted. */
const MAX_SWAPPED_LINKS = 150;
/** An edge's corridor is tried at this many of its free heights at most (the planner's pick included). */
const MAX_CORRIDOR_PICKS = 4;
/** A loop-back may take its ports on four pairs of sides, or keep the sides of the flow. */
const LOOP_PORT_PICKS = 5;
/** Edges still crossing are tried again after a round that lowered the count, this many rounds at most. */
const SEARCH_ROUNDS = 2;
/** Tries of the last pass times edges routed by each. */
const SEARCH_WORK = 25_000;
/**
 * Tries at drawing hand-overs back in the channel (or straight again), times edges: each try orders
 * and refines the whole layout again, so bigger graphs make fewer.
 */
const HAND_OVER_WORK = 1_500;

export function layoutSwimlanes(
  doc: SalesDocument,
  set: LayoutSet,
  elkRects: ReadonlyMap<string, Rect>,
  options: LayoutOptions,
): Placement {
  const frame = flowFrame(options.direction);
  const items = assignLayers(set, elkRects, frame.rect);
  const byId = new Map(items.map((item) => [item.node.id, item]));

  const laneIndex = new Map(doc.lanes.map((lane, index) => [lane.id, index]));
  const laidOut = items.map((item) => item.node);
  const hasUnassigned = laidOut.some((node) => node.laneId === undefined || !laneIndex.has(node.laneId));
  const bandCount = doc.lanes.length + (hasUnassigned ? 1 : 0);
  for (const item of items) {
    item.band = (item.node.laneId === undefined ? undefined : laneIndex.get(item.node.laneId)) ?? doc.lanes.length;
  }

  const links: [Item, Item][] = [];
  const layered: [Item, Item][] = [];
  for (const spec of set.elkEdges) {
    const source = byId.get(spec.source);
    const target = byId.get(spec.target);
    if (source === undefined || target === undefined) continue;
    links.push([source, target]);
    if (spec.unlayered !== true) layered.push([source, target]);
  }
  // Gaps sized to their labels where labelRoom.ts would otherwise cut: bigger diagrams keep the
  // plain gaps, as they keep the layout's own without cuts (asking the placer costs some 50 ms at a
  // thousand nodes, and the pipeline must stay within 1.1x a bare ELK call).
  const labels =
    doc.edges.length <= MAX_LABEL_ROOM_EDGES ? labelGeometry(doc, items.map((item) => item.node), set.elkEdges.flatMap((spec) => (spec.edge === undefined ? [] : [spec.edge]))) : null;
  const apply = (ranks: ReadonlyMap<Item, number>): void => {
    for (const item of items) {
      item.rank = ranks.get(item) ?? item.rank;
      item.tie = 0;
    }
  };
  // Crossings count against an order, and a stretch shared with an edge going the other way three
  // times over: it hides both edges (weighted once, the corpus kept two more of them).
  const picks: Picks = { corridors: new Map(), ports: new Map() };
  const route = (counted = true): Routed => {
    const routed = placeAndRoute(items, byId, set, bandCount, items.reduce((max, item) => Math.max(max, item.layer + 1), 0), options, picks, labels);
    // Counted to choose among orders, and even when the sweeps left a single one if the swaps and
    // the search follow: they stop at a count of zero, so a count skipped there left every crossing
    // in place (34 on the corpus of laneQuality.test.ts against 11).
    if (!counted) return { ...routed, crossings: 0 };
    const lines = [...routed.placement.routes.values()].map((each) => each.points);
    return { ...routed, crossings: countCrossings(lines) + 3 * opposingStretches(lines).length };
  };
  // Candidate orders within the bands (laneOrder.ts), each placed and routed, the one whose routes
  // cross least kept; on big graphs counting every candidate's crossings costs too much, and the
  // order that crosses least as straight lines is taken.
  const judgeOrders = (): Judged => {
    const candidates = bandOrders(items, links);
    const judged = links.length <= MAX_JUDGED_LINKS ? candidates.orders : [candidates.straightBest];
    let found: Judged | null = null;
    for (const ranks of judged) {
      apply(ranks);
      const tried = route(judged.length > 1 || links.length <= MAX_SWAPPED_LINKS);
      if (found === null || tried.crossings < found.crossings) found = { ...tried, ranks };
    }
    return found ?? { ...route(), ranks: new Map() };
  };
  const snapshot = (): Snapshot => ({
    items: new Map(items.map((item) => [item, { layer: item.layer, rank: item.rank, tie: item.tie }])),
    ports: new Map(picks.ports),
    corridors: new Map(picks.corridors),
  });
  const restore = (state: Snapshot): void => {
    for (const [item, { layer, rank, tie }] of state.items) Object.assign(item, { layer, rank, tie });
    picks.ports = new Map(state.ports);
    picks.corridors = new Map(state.corridors);
  };
  const elkColumns = snapshot();
  const first = judgeOrders();
  if (links.length > MAX_SWAPPED_LINKS) return first.placement;

  // Then the order is refined by swaps, ways out and the search below (refine), once in ELK's
  // columns, and once in columns shared by hand-overs drawn straight across the flow
  // (shareHandOverColumns), with as many drawn back as it takes to cross no more.
  apply(first.ranks);
  const refine = (start: Judged): Judged => {
    let best = start;
    // Then neighbours in a stack swap places while that makes the routes cross less.
    apply(best.ranks);
    const stacks = new Map<string, Item[]>();
    for (const item of items) stacks.set(`${item.band}:${item.layer}`, [...(stacks.get(`${item.band}:${item.layer}`) ?? []), item]);
    for (const stack of stacks.values()) {
      stack.sort((a, b) => a.rank - b.rank);
      for (let i = 0; i + 1 < stack.length && best.crossings > 0; i += 1) {
        const a = stack[i] as Item;
        const b = stack[i + 1] as Item;
        [a.rank, b.rank] = [b.rank, a.rank];
        const tried = route();
        if (tried.crossings < best.crossings) {
          best = { ...tried, ranks: best.ranks };
          stack[i] = b;
          stack[i + 1] = a;
        } else {
          [a.rank, b.rank] = [b.rank, a.rank];
        }
      }
    }

    // Then each way out fed from several places tries the column right after each of the steps that
    // feed it, first or last in its stack there (ELK put it after the one feed it was given,
    // layoutSet.ts): the place whose routes cross least is kept.
    for (const [exit, feeders] of waysOutFedFromSeveral(items, links)) {
      if (best.crossings === 0) break;
      for (const feeder of feeders) {
        for (const end of ['first', 'last'] as const) {
          const before = new Map(items.map((item) => [item, { layer: item.layer, rank: item.rank }]));
          // Read at each try: a move that closed up a column renumbered the columns after it.
          if (!moveToColumn(items, exit, feeder.layer + 1, end)) continue;
          const tried = route();
          if (tried.crossings < best.crossings) {
            best = { ...tried, ranks: best.ranks };
            continue;
          }
          for (const [item, was] of before) {
            item.layer = was.layer;
            item.rank = was.rank;
          }
        }
      }
    }

    // Last, each edge still crossing another tries the other ports a loop-back may take, then its
    // corridor's other free heights, in the planner's order of preference, each tried with every
    // route redrawn and counted.
    // Each try routes and counts every edge: on bigger graphs fewer tries are made, so that the
    // search costs about the same as on the corpus's biggest.
    let tries = Math.floor(SEARCH_WORK / links.length);
    for (let round = 0; round < SEARCH_ROUNDS && best.crossings > 0; round += 1) {
      const start = best.crossings;
      for (const id of crossingEdges(best.placement)) {
        for (const [choices, chosen] of [
          [best.choices.get(id)?.ports ?? 0, picks.ports],
          [Math.min(best.choices.get(id)?.corridor ?? 0, MAX_CORRIDOR_PICKS), picks.corridors],
        ] as const) {
          for (let rank = 1; rank < choices && best.crossings > 0 && tries > 0; rank += 1) {
            tries -= 1;
            const before = chosen.get(id);
            chosen.set(id, rank);
            const tried = route();
            if (tried.crossings < best.crossings) best = { ...tried, ranks: best.ranks };
            else if (before === undefined) chosen.delete(id);
            else chosen.set(id, before);
          }
        }
      }
      if (best.crossings === start) break;
    }
    return best;
  };
  const inElkColumns = refine(first);
  const kept = snapshot();
  const compactWith: CompactWith = (forbidden) => {
    restore(elkColumns);
    const straight = handOverColumns(items, links, layered, forbidden);
    const judged = judgeOrders();
    apply(judged.ranks);
    return { judged: refine(judged), straight, state: snapshot() };
  };
  const target = { crossings: inElkColumns.crossings, pairs: new Set(crossingPairs(routeLines(inElkColumns.placement)).map(([a, b]) => pairKey(a, b))) };
  const endsOf = new Map(
    set.elkEdges.flatMap((spec) => {
      const ends = [byId.get(spec.source), byId.get(spec.target)] as const;
      return spec.edge === undefined || ends[0] === undefined || ends[1] === undefined ? [] : [[spec.edge.id, [ends[0], ends[1]] as const] as const];
    }),
  );
  const ways = shareHandOverColumns(target, endsOf, Math.floor(HAND_OVER_WORK / links.length), compactWith);
  const finish = (state: Snapshot, routed: Routed): Placement => {
    restore(state);
    return thinBandsCounted(items, links, shareColumnsCounted(items, links, routed, route), route).placement;
  };
  if (ways.length === 0) return finish(kept, inElkColumns);
  // Each way is finished by the passes that share and thin columns (what they make of it is not
  // known before: on g17 of the corpus the way whose box was smaller before them ended bigger),
  // and the one whose nodes and routes take the smallest box kept. ELK's columns are not among
  // them: where a way crosses no more, the columns it shares are kept, as they always were.
  const drawings = ways.map((way) => finish(way.state, way.judged));
  return drawings.reduce((best, drawing) => (drawnArea(drawing) < drawnArea(best) ? drawing : best));
}

type Judged = Routed & { ranks: ReadonlyMap<Item, number> };

interface Snapshot {
  items: Map<Item, { layer: number; rank: number; tie: number }>;
  ports: Map<string, number>;
  corridors: Map<string, number>;
}

/** Columns shared by hand-overs drawn straight but the `forbidden`, ordered, refined, and the items' state as routed. */
type CompactWith = (forbidden: ReadonlySet<Link<Item>>) => Compacted;

interface Compacted {
  judged: Judged;
  straight: Link<Item>[];
  state: Snapshot;
}

interface Target {
  crossings: number;
  /** The pairs of edges that cross there. */
  pairs: ReadonlySet<string>;
}

/**
 * Columns shared by hand-overs drawn straight across the flow (handOverColumns.ts), ordered and
 * refined by `compactWith`, with as many of those hand-overs drawn back in the channel as it takes
 * for the routes to cross no more than `target` (ELK's columns, refined): sharing gives way where it
 * costs the crossings, not everywhere (`drawBack`). What each way that reaches the target made
 * (none when no hand-over is drawn straight). Every try orders and refines the whole layout,
 * `tries` of them at most.
 */
function shareHandOverColumns(target: Target, endsOf: ReadonlyMap<string, Link<Item>>, tries: number, compactWith: CompactWith): Compacted[] {
  const budget = { left: tries };
  const counted: CompactWith = (forbidden) => {
    budget.left -= 1;
    return compactWith(forbidden);
  };
  const first = compactWith(new Set());
  if (first.straight.length === 0) return [];
  const ways: Compacted[] = [];
  for (const way of [drawBack(first, target, endsOf, budget, counted), drawBack(first, target, null, budget, counted)]) {
    if (way !== null && !ways.includes(way)) ways.push(way);
  }
  return ways;
}

/**
 * Straight hand-overs drawn back in the channel until the count is down to the target: with
 * `endsOf`, first those at the ends of each two edges that cross here and not in the target's
 * drawing, all at once, again while that lowers the count; then those spanning most bands, one by
 * one, each kept when it lowers the count. Once at the target, each one drawn back is tried straight
 * again, kept when that crosses no more and draws smaller. Null when the count stays above the
 * target.
 */
function drawBack(first: Compacted, target: Target, endsOf: ReadonlyMap<string, Link<Item>> | null, budget: { left: number }, compactWith: CompactWith): Compacted | null {
  const forbidden = new Set<Link<Item>>();
  let shared = first;
  while (endsOf !== null && shared.judged.crossings > target.crossings && budget.left > 0) {
    const crossing = crossingPairs(routeLines(shared.judged.placement)).flatMap(([a, b]) => {
      const ends = [endsOf.get(a), endsOf.get(b)] as const;
      return target.pairs.has(pairKey(a, b)) || ends[0] === undefined || ends[1] === undefined ? [] : [[ends[0], ends[1]] as const];
    });
    const near = straightAtCrossings(shared.straight, crossing, forbidden);
    if (near.length === 0) break;
    for (const link of near) forbidden.add(link);
    const tried = compactWith(forbidden);
    if (tried.judged.crossings < shared.judged.crossings) {
      shared = tried;
      continue;
    }
    for (const link of near) forbidden.delete(link);
    break;
  }
  const span = ([a, b]: Link<Item>): number => Math.abs(a.band - b.band);
  for (const link of shared.straight.filter((each) => !forbidden.has(each)).sort((a, b) => span(b) - span(a))) {
    if (shared.judged.crossings <= target.crossings || budget.left <= 0) break;
    forbidden.add(link);
    const tried = compactWith(forbidden);
    if (tried.judged.crossings < shared.judged.crossings) shared = tried;
    else forbidden.delete(link);
  }
  if (shared.judged.crossings > target.crossings) return null;
  for (const link of [...forbidden]) {
    if (budget.left <= 0) break;
    forbidden.delete(link);
    const tried = compactWith(forbidden);
    if (tried.judged.crossings <= shared.judged.crossings && drawnArea(tried.judged.placement) < drawnArea(shared.judged.placement)) shared = tried;
    else forbidden.add(link);
  }
  return shared;
}

function routeLines(placement: Placement): Map<string, Point[]> {
  return new Map([...placement.routes].map(([id, route]) => [id, route.points]));
}

/** One key for a pair of edge ids, in either order. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * Last, neighbouring columns whose nodes sit in different bands share one (sharedColumns.ts), each
 * merge routed and kept when it crosses no more: a flow handing over from lane to lane no longer
 * draws a staircase, one column per step. `items` must be as `best` was routed.
 */
function shareColumnsCounted(items: readonly Item[], links: readonly [Item, Item][], best: Routed, route: () => Routed): Routed {
  let kept = best;
  for (let column = 0; column + 1 <= maxLayer(items); column += 1) {
    const undo = mergeWithNext(items, links, column);
    if (undo === null) continue;
    const tried = route();
    if (tried.crossings <= kept.crossings) {
      kept = tried;
      // The merged column may take the next one in too.
      column -= 1;
    } else {
      undo();
    }
  }
  return kept;
}

/**
 * Then steps leave the tallest stacks of their band for a neighbouring column (bandStacks.ts), each
 * move routed and kept when it crosses no more: a band is as thick as its tallest stack all along
 * the flow. `items` must be as `best` was routed.
 */
function thinBandsCounted(items: readonly Item[], links: readonly [Item, Item][], best: Routed, route: () => Routed): Routed {
  let kept = best;
  let tries = items.length;
  let moves = thinningMoves(items, links);
  while (moves.length > 0 && tries > 0) {
    const [move, ...rest] = moves as [StackMove<Item>, ...StackMove<Item>[]];
    moves = rest;
    tries -= 1;
    const { item } = move;
    const was = { layer: item.layer, rank: item.rank };
    Object.assign(item, { layer: move.layer, rank: move.rank });
    const tried = route();
    if (tried.crossings <= kept.crossings && areaOf(tried.placement) <= areaOf(kept.placement)) {
      kept = tried;
      moves = thinningMoves(items, links);
    } else {
      Object.assign(item, was);
    }
  }
  return kept;
}

/** The area of the box around the nodes and routes. */
function drawnArea(placement: Placement): number {
  const box = boundingRect([...placement.rects.values(), ...[...placement.routes.values()].flatMap((route) => route.points.map((point) => ({ ...point, width: 0, height: 0 })))]);
  return box === undefined ? 0 : box.width * box.height;
}

/** The area of the box around the nodes. */
function areaOf(placement: Placement): number {
  const box = boundingRect(placement.rects.values());
  return box === undefined ? 0 : box.width * box.height;
}

/** Second choices tried by the last pass, by edge id: a loop-back's ports, a corridor's height (0 is the first choice). */
interface Picks {
  ports: Map<string, number>;
  corridors: Map<string, number>;
}

interface Routed {
  placement: Placement;
  /** By edge: how many pairs of sides its ports may take (loop-backs), how many free heights its corridor had. */
  choices: ReadonlyMap<string, { ports: number; corridor: number }>;
  crossings: number;
}

/** Ids of the edges that cross another, most crossed first. */
function crossingEdges(placement: Placement): string[] {
  const entries = [...placement.routes.entries()];
  const count = new Map<string, number>();
  for (let i = 0; i < entries.length; i += 1) {
    for (let j = i + 1; j < entries.length; j += 1) {
      const [a, routeA] = entries[i] as [string, Route];
      const [b, routeB] = entries[j] as [string, Route];
      const crossings = crossingsBetween(routeA.points, routeB.points);
      if (crossings === 0) continue;
      count.set(a, (count.get(a) ?? 0) + crossings);
      count.set(b, (count.get(b) ?? 0) + crossings);
    }
  }
  return [...count.keys()].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
}

/** Stacks, routes and places columns for the order the items' ranks give. */
function placeAndRoute(
  items: Item[],
  byId: ReadonlyMap<string, Item>,
  set: LayoutSet,
  bandCount: number,
  layerCount: number,
  options: LayoutOptions,
  picks: Picks,
  /** Null on diagrams too big to size gaps to their labels. */
  labels: LabelGeometry | null,
): Omit<Routed, 'crossings'> {
  const frame = flowFrame(options.direction);
  const spacing = spacingValues(options.spacing);
  const handOvers = labels === null ? [] : links(set, byId).filter(({ source, target }) => source.layer === target.layer && Math.abs(source.band - target.band) === 1);
  const bandRoom =
    labels === null
      ? []
      : roomBetweenBands(
          handOvers.map(({ edge, source, target }) => ({ edge, source: source.node, target: target.node, band: Math.max(source.band, target.band), forward: target.band > source.band })),
          bandCount,
          labels,
          options.direction,
        );
  const layers = stackInBands(items, bandCount, layerCount, spacing.nodeNode, bandRoom);
  const margin = Math.min(10, spacing.nodeNode / 3);
  const plans = planRoutes(set, byId, layers, margin, spacing.track, spacing.nodeNode / 2, picks);
  const trackCounts = assignTracks(plans, layerCount, spacing.track);

  // Columns, now that each channel knows how many tracks it needs.
  const columnWidth = layers.map((members) => members.reduce((max, item) => Math.max(max, item.width), 0));
  const labelRoom = labels === null ? null : roomInChannels(plans.map(channelUse), layerCount, labels, options.direction);
  const channelWidth = trackCounts.map((count, channel) =>
    Math.max(labelRoom === null ? spacing.betweenLayers : Math.max(labelRoom[channel] ?? 0, spacing.nodeNode), (count + 1) * spacing.track),
  );
  const columnX: number[] = [];
  let x = 0;
  for (let layer = 0; layer < layerCount; layer += 1) {
    columnX.push(x);
    x += (columnWidth[layer] ?? 0) + (channelWidth[layer] ?? 0);
  }
  for (const item of items) item.x = (columnX[item.layer] ?? 0) + ((columnWidth[item.layer] ?? 0) - item.width) / 2;
  const trackX = (run: Run): number => {
    const channel = run.channel;
    const start = (columnX[channel] ?? 0) + (columnWidth[channel] ?? 0);
    const count = trackCounts[channel] ?? 1;
    return start + ((channelWidth[channel] ?? 0) - (count - 1) * spacing.track) / 2 + run.track * spacing.track;
  };

  const rects = new Map<string, Rect>();
  for (const item of items) rects.set(item.node.id, frame.rect(boxOf(item)));
  const routes = new Map<string, Route>();
  for (const plan of plans) {
    const route = buildRoute(plan, trackX);
    routes.set(plan.edge.id, {
      points: route.points.map(frame.point),
      sourceHandle: frame.side(route.sourceHandle),
      targetHandle: frame.side(route.targetHandle),
    });
  }
  const choices = new Map(plans.map((plan) => [plan.edge.id, { ports: plan.shape === 'back' ? LOOP_PORT_PICKS : 0, corridor: plan.choices }]));
  return { placement: { rects, routes }, choices };
}

/** Where a planned route runs in the channels, for the room its label needs there (labelGaps.ts). */
function channelUse(plan: Plan): ChannelUse {
  const runs = [plan.first, plan.last].filter((run): run is Run => run !== null).map((run) => run.channel);
  const adjacent = plan.shape === 'forward' && plan.target.layer === plan.source.layer + 1 && plan.corridor === null;
  return { edge: plan.edge, source: plan.source.node, target: plan.target.node, back: plan.shape === 'back', straightIn: runs.length === 0 && adjacent ? plan.source.layer : null, runs };
}

/** Edges between two items, each with its document edge (notes' ties have none). */
function links(set: LayoutSet, byId: ReadonlyMap<string, Item>): { edge: FlowEdge; source: Item; target: Item }[] {
  return set.elkEdges.flatMap((spec) => {
    const source = byId.get(spec.source);
    const target = byId.get(spec.target);
    return spec.edge === undefined || source === undefined || target === undefined ? [] : [{ edge: spec.edge, source, target }];
  });
}

function boxOf(item: Item): Rect {
  return { x: item.x, y: item.y, width: item.width, height: item.height };
}

/**
 * ELK's layers are recovered from its x positions: nodes of one layer overlap along x, nodes of
 * different layers are separated by the layer spacing. Loose notes (attached to nothing) join the
 * layer of the flow node that was nearest to them, right after it.
 */
function assignLayers(set: LayoutSet, elkRects: ReadonlyMap<string, Rect>, toFrame: (rect: Rect) => Rect): Item[] {
  const items: Item[] = [];
  for (const node of set.elkNodes) {
    const rect = elkRects.get(node.id);
    if (rect === undefined) continue;
    const box = toFrame(rect);
    items.push({ node, width: box.width, height: box.height, layer: 0, band: 0, rank: box.y + box.height / 2, tie: 0, x: box.x, y: 0 });
  }
  // item.x holds ELK's x until the columns are placed.
  const byX = [...items].sort((a, b) => a.x - b.x);
  let layer = -1;
  let right = -Infinity;
  for (const item of byX) {
    if (item.x > right + 0.5) {
      layer += 1;
      right = item.x + item.width;
    } else {
      right = Math.max(right, item.x + item.width);
    }
    item.layer = layer;
  }

  const anchors = items.map((item) => ({ item, center: center(toFrame(rectOf(item.node))) }));
  set.looseNotes.forEach((note, index) => {
    const box = toFrame(rectOf(note));
    const here = center(box);
    let host: Item | undefined;
    let best = Infinity;
    for (const anchor of anchors) {
      const distance = Math.hypot(anchor.center.x - here.x, anchor.center.y - here.y);
      if (distance < best) {
        best = distance;
        host = anchor.item;
      }
    }
    items.push({
      node: note,
      width: box.width,
      height: box.height,
      layer: host?.layer ?? 0,
      band: 0,
      rank: host?.rank ?? here.y,
      tie: 1 + index,
      x: 0,
      y: 0,
    });
  });
  return items;
}

function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** Sets every item's y; returns each layer's members sorted along y. */
function stackInBands(items: Item[], bandCount: number, layerCount: number, gap: number, extraBefore: readonly number[]): Item[][] {
  const stacks: Item[][][] = Array.from({ length: bandCount }, () => Array.from({ length: layerCount }, () => []));
  for (const item of items) stacks[item.band]?.[item.layer]?.push(item);
  const stackHeight = (stack: readonly Item[]): number =>
    stack.reduce((sum, item) => sum + item.height, 0) + Math.max(0, stack.length - 1) * gap;

  let bandStart = 0;
  for (const [band, bandStacks] of stacks.entries()) {
    bandStart += extraBefore[band] ?? 0;
    for (const stack of bandStacks) stack.sort((a, b) => a.rank - b.rank || a.tie - b.tie);
    const content = bandStacks.reduce((max, stack) => Math.max(max, stackHeight(stack)), 0);
    const filled = bandStacks.some((stack) => stack.length > 0);
    for (const stack of bandStacks) {
      let y = bandStart + LANE_PADDING + (content - stackHeight(stack)) / 2;
      for (const item of stack) {
        item.y = y;
        y += item.height + gap;
      }
    }
    bandStart += filled ? content + 2 * LANE_PADDING : EMPTY_LANE_THICKNESS;
  }

  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  for (const item of items) layers[item.layer]?.push(item);
  for (const members of layers) members.sort((a, b) => a.y - b.y);
  return layers;
}

function maxLayer(items: readonly Item[]): number {
  return items.reduce((max, item) => Math.max(max, item.layer), 0);
}

function shapeOf(source: Item, target: Item, layers: readonly Item[][]): Shape {
  if (source.layer !== target.layer) return source.layer < target.layer ? 'forward' : 'back';
  const members = layers[source.layer] ?? [];
  return Math.abs(members.indexOf(source) - members.indexOf(target)) === 1 ? 'vertical' : 'same';
}

/**
 * Ports for loop-backs. Left and right belong to the flow (edges arrive on the left and leave on
 * the right), so a loop-back there would share a line with the edge arriving at its source and
 * with the one leaving its target, in the opposite direction. It leaves by the top or bottom
 * instead, the one facing its target (below when level), and enters its target by the side facing
 * back; a side another edge uses the other way round, or an edge to a stacked neighbour, is not
 * shared, and when neither fits the loop-back keeps left and right.
 */
function loopPorts(pairs: readonly { edge: FlowEdge; source: Item; target: Item; shape: Shape }[], picks: ReadonlyMap<string, number>): (LoopPorts | null)[] {
  type Use = 'in' | 'out';
  const used = new Map<Item, Map<'top' | 'bottom', Use | 'blocked'>>();
  const take = (item: Item, side: 'top' | 'bottom', use: Use | 'blocked'): void => {
    const sides = used.get(item) ?? new Map<'top' | 'bottom', Use | 'blocked'>();
    sides.set(side, use);
    used.set(item, sides);
  };
  const free = (item: Item, side: 'top' | 'bottom', use: Use): boolean => {
    const current = used.get(item)?.get(side);
    return current === undefined || current === use;
  };
  for (const { source, target, shape } of pairs) {
    if (shape !== 'vertical') continue;
    const down = source.y < target.y;
    take(source, down ? 'bottom' : 'top', 'blocked');
    take(target, down ? 'top' : 'bottom', 'blocked');
  }
  const flip = (side: 'top' | 'bottom'): 'top' | 'bottom' => (side === 'top' ? 'bottom' : 'top');
  return pairs.map(({ edge, source, target, shape }) => {
    if (shape !== 'back') return null;
    const sy = source.y + source.height / 2;
    const ty = target.y + target.height / 2;
    const up = ty < sy - 0.5;
    const preferred: LoopPorts = up ? { sourceSide: 'top', targetSide: 'bottom' } : { sourceSide: 'bottom', targetSide: ty > sy + 0.5 ? 'top' : 'bottom' };
    const candidates: LoopPorts[] = [
      preferred,
      { sourceSide: preferred.sourceSide, targetSide: flip(preferred.targetSide) },
      { sourceSide: flip(preferred.sourceSide), targetSide: preferred.targetSide },
      { sourceSide: flip(preferred.sourceSide), targetSide: flip(preferred.targetSide) },
    ];
    const usable = candidates.filter((each) => free(source, each.sourceSide, 'out') && free(target, each.targetSide, 'in'));
    // The pick after the last usable pair keeps the sides of the flow.
    const ports = usable[picks.get(edge.id) ?? 0];
    if (ports === undefined) return null;
    take(source, ports.sourceSide, 'out');
    take(target, ports.targetSide, 'in');
    return ports;
  });
}

function planRoutes(
  set: LayoutSet,
  byId: ReadonlyMap<string, Item>,
  layers: readonly Item[][],
  margin: number,
  track: number,
  stubOffset: number,
  picks: Picks,
): Plan[] {
  const planner = corridorPlanner(layers, layers.length, margin, track);
  const pairs: { edge: FlowEdge; source: Item; target: Item; shape: Shape }[] = [];
  for (const spec of set.elkEdges) {
    const edge = spec.edge;
    if (edge === undefined) continue;
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined) continue;
    pairs.push({ edge, source, target, shape: shapeOf(source, target, layers) });
  }
  const loops = loopPorts(pairs, picks.ports);
  // A loop-back's stubs run through the gap beside its end in that end's column: no corridor may take that height.
  const stubHeight = (item: Item, side: 'top' | 'bottom'): number => (side === 'top' ? item.y - stubOffset : item.y + item.height + stubOffset);
  pairs.forEach(({ source, target }, index) => {
    const loop = loops[index];
    if (loop === undefined || loop === null) return;
    planner.block(source.layer, stubHeight(source, loop.sourceSide));
    planner.block(target.layer, stubHeight(target, loop.targetSide));
  });

  const ends = pairs.map(({ source, target }, index) => {
    const loop = loops[index] ?? null;
    return {
      y1: loop === null ? source.y + source.height / 2 : stubHeight(source, loop.sourceSide),
      y2: loop === null ? target.y + target.height / 2 : stubHeight(target, loop.targetSide),
    };
  });
  // Columns strictly between the two ends, which the edge must cross at a free height.
  const between = pairs.map(({ source, target, shape }) => {
    const lo = Math.min(source.layer, target.layer) + 1;
    const hi = Math.max(source.layer, target.layer) - 1;
    return shape !== 'same' && shape !== 'vertical' && lo <= hi ? { lo, hi } : null;
  });
  // What corridors will cross is known first; then corridors are chosen, shortest first, so that a
  // long edge goes round the shorter ones instead of through them.
  pairs.forEach(({ source, shape }, index) => {
    const { y1, y2 } = ends[index] as { y1: number; y2: number };
    if (between[index] !== null) return;
    if (shape === 'vertical') planner.addColumnSpan(source.layer, y1, y2);
    else if (shape === 'back') planner.addRun(source.layer - 1, { from: y1, to: y2, fromSide: 'right', toSide: 'left' });
    else planner.addRun(source.layer, { from: y1, to: y2, fromSide: 'left', toSide: shape === 'same' ? 'left' : 'right' });
  });
  const corridors = new Map<number, { y: number; choices: number }>();
  const waiting = pairs.map((_, index) => index).filter((index) => between[index] !== null);
  waiting.sort((a, b) => spanLength(between[a]) - spanLength(between[b]) || a - b);
  for (const index of waiting) {
    const { source, target, shape } = pairs[index] as (typeof pairs)[number];
    const { lo, hi } = between[index] as { lo: number; hi: number };
    const { y1, y2 } = ends[index] as { y1: number; y2: number };
    const back = shape === 'back';
    const firstChannel = back ? source.layer - 1 : source.layer;
    const lastChannel = back ? target.layer : target.layer - 1;
    corridors.set(index, planner.choose({ lo, hi, y1, y2, firstChannel, lastChannel, back }, picks.corridors.get(pairs[index]?.edge.id ?? '')));
  }

  return pairs.map(({ edge, source, target, shape }, index) => {
    const loop = loops[index] ?? null;
    const { y1, y2 } = ends[index] as { y1: number; y2: number };
    const corridor = corridors.get(index)?.y ?? null;
    const ls = source.layer;
    const lt = target.layer;
    // Forward runs come in from the left and go on to the right, runs of loop-backs the other way round.
    const run = (channel: number, from: number, to: number, fromSide: StubSide, toSide: StubSide): Run | null =>
      Math.abs(from - to) < 0.5 ? null : { channel, from, to, fromSide, toSide, track: 0 };
    let first: Run | null = null;
    let last: Run | null = null;
    if (shape === 'forward') {
      first = run(ls, y1, corridor ?? y2, 'left', 'right');
      if (corridor !== null) last = run(lt - 1, corridor, y2, 'left', 'right');
    } else if (shape === 'back') {
      first = run(ls - 1, y1, corridor ?? y2, 'right', 'left');
      if (corridor !== null) last = run(lt, corridor, y2, 'right', 'left');
    } else if (shape === 'same') {
      first = run(ls, y1, y2, 'left', 'left');
    }
    return { edge, source, target, shape, y1, y2, loop, corridor, choices: corridors.get(index)?.choices ?? 0, first, last };
  });
}

function spanLength(span: { lo: number; hi: number } | null | undefined): number {
  return span === null || span === undefined ? 0 : span.hi - span.lo;
}

/** Each channel's runs ordered across it so that they cross least (channelTracks.ts). */
function assignTracks(plans: readonly Plan[], channelCount: number, track: number): number[] {
  const byChannel: Run[][] = Array.from({ length: channelCount }, () => []);
  for (const plan of plans) {
    for (const run of [plan.first, plan.last]) if (run !== null) byChannel[run.channel]?.push(run);
  }
  return byChannel.map((runs) => orderChannel(runs, track));
}

interface FrameRoute {
  points: Point[];
  sourceHandle: HandleSide;
  targetHandle: HandleSide;
}

function buildRoute(plan: Plan, trackX: (run: Run) => number): FrameRoute {
  const { source, target, y1 } = plan;
  if (plan.shape === 'vertical') {
    const x = source.x + source.width / 2;
    const down = source.y < target.y;
    return {
      points: [
        { x, y: down ? source.y + source.height : source.y },
        { x, y: down ? target.y : target.y + target.height },
      ],
      sourceHandle: down ? 'bottom' : 'top',
      targetHandle: down ? 'top' : 'bottom',
    };
  }
  const loop = plan.loop;
  const sourceHandle: HandleSide = loop?.sourceSide ?? (plan.shape === 'back' ? 'left' : 'right');
  const targetHandle: HandleSide = loop?.targetSide ?? (plan.shape === 'forward' ? 'left' : 'right');
  const port = (item: Item, side: HandleSide): Point => {
    if (side === 'left' || side === 'right') return { x: side === 'left' ? item.x : item.x + item.width, y: item.y + item.height / 2 };
    return { x: item.x + item.width / 2, y: side === 'top' ? item.y : item.y + item.height };
  };
  const start = port(source, sourceHandle);
  // A loop-back first steps out of its port into the gap beside its source, at height y1.
  const points: Point[] = loop === null ? [start] : [start, { x: start.x, y: y1 }];
  let y = y1;
  for (const run of [plan.first, plan.last]) {
    if (run === null) continue;
    const x = trackX(run);
    points.push({ x, y }, { x, y: run.to });
    y = run.to;
  }
  const end = port(target, targetHandle);
  points.push(loop === null ? end : { x: end.x, y }, end);
  return { points: simplifyPath(points), sourceHandle, targetHandle };
}
