// Seeded deal histories on a known process, with what really happened kept beside them: the
// measurement must find exactly the counts the generator realised, and medians close to the true
// durations, though open deals hide how long their last stay will be.

import { createRandom, type Random } from '../../lib/random';
import type { FlowEdge, FlowNode, StageMapping } from '../types';
import type { DealHistory } from './histories';

export interface GeneratedDeals {
  nodes: FlowNode[];
  edges: FlowEdge[];
  mapping: StageMapping[];
  deals: DealHistory[];
  /** The day the export was taken: no event is later, and deals not closed by then are open. */
  asOfDay: number;
  truth: {
    entries: Map<string, number>;
    moves: Map<string, number>;
    won: Map<string, number>;
    lost: Map<string, number>;
    skips: Map<string, number>;
    backwards: Map<string, number>;
    open: Map<string, number>;
    /** Every stay begun by the as-of day, at its true length, even when it ends after it. */
    durations: Map<string, number[]>;
  };
}

const STAGES = ['s1', 's2', 's3', 's4', 's5'];
const STAGE_NAMES = ['Lead', 'Qualified', 'Demo', 'Proposal', 'Negotiation'];
// Medians of at least 50 days: a duration is a whole number of days, so the estimate can't be
// closer than a day, which is then within 2%.
const MEDIAN_DAYS = [50, 60, 75, 90, 55];
const LOSE = [0.3, 0.25, 0.2, 0.15, 0.1];
const SKIP_S2_TO_S4 = 0.08;
const BACK_S3_TO_S2 = 0.06;
const SPREAD = 0.6;
const START_SPAN_DAYS = 1460;

function node(id: string, kind: FlowNode['kind'], label: string, extra: Partial<FlowNode> = {}): FlowNode {
  return { id, kind, label, position: { x: 0, y: 0 }, size: { width: 160, height: 60 }, ...extra };
}

function edge(source: string, target: string): FlowEdge {
  return { id: `${source}-${target}`, source, target };
}

/** A log-normal length around the stage's median, in whole days, at least one. */
function stayDays(random: Random, median: number): number {
  const u = Math.max(random.next(), 1e-12);
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
  return Math.max(1, Math.round(median * Math.exp(SPREAD * normal)));
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function generateDeals(seed: number, count: number): GeneratedDeals {
  const random = createRandom(seed);
  const nodes = [
    ...STAGES.map((id, index) => node(id, 'stage', STAGE_NAMES[index] ?? id)),
    node('won', 'end', 'Won', { outcome: 'won' }),
    node('lost', 'end', 'Lost', { outcome: 'lost' }),
  ];
  const edges = [
    ...STAGES.slice(1).map((id, index) => edge(STAGES[index] ?? '', id)),
    ...STAGES.map((id) => edge(id, 'lost')),
    edge('s5', 'won'),
    edge('s2', 's4'),
    edge('s3', 's2'),
  ];
  const mapping: StageMapping[] = [
    ...STAGES.map((nodeId, index) => ({ stage: STAGE_NAMES[index] ?? nodeId, nodeId })),
    { stage: 'Closed Won', nodeId: 'won' },
    { stage: 'Closed Lost', nodeId: 'lost' },
  ];
  const stageName = new Map(mapping.map(({ stage, nodeId }) => [nodeId ?? '', stage]));
  const asOfDay = 19_000 + START_SPAN_DAYS;
  const truth: GeneratedDeals['truth'] = {
    entries: new Map(),
    moves: new Map(),
    won: new Map(),
    lost: new Map(),
    skips: new Map(),
    backwards: new Map(),
    open: new Map(),
    durations: new Map(),
  };
  const deals: DealHistory[] = [];
  for (let index = 0; index < count; index += 1) {
    let at = 'S1'.toLowerCase();
    let day = 19_000 + random.int(0, START_SPAN_DAYS - 1);
    const events: DealHistory['events'] = [];
    for (;;) {
      events.push({ stage: stageName.get(at) ?? at, day });
      bump(truth.entries, at);
      if (at === 'won' || at === 'lost') break;
      const position = STAGES.indexOf(at);
      const stay = stayDays(random, MEDIAN_DAYS[position] ?? 30);
      const list = truth.durations.get(at) ?? [];
      list.push(stay);
      truth.durations.set(at, list);
      const roll = random.next();
      let next: string;
      if (roll < (LOSE[position] ?? 0)) next = 'lost';
      else if (at === 's2' && roll < (LOSE[position] ?? 0) + SKIP_S2_TO_S4) next = 's4';
      else if (at === 's3' && roll < (LOSE[position] ?? 0) + BACK_S3_TO_S2) next = 's2';
      else next = STAGES[position + 1] ?? 'won';
      if (day + stay > asOfDay) {
        bump(truth.open, at);
        break;
      }
      bump(truth.moves, `${at}-${next}`);
      if (next === 'won') bump(truth.won, at);
      if (next === 'lost') bump(truth.lost, at);
      if (next === 's4' && at === 's2') bump(truth.skips, at);
      if (next === 's2' && at === 's3') bump(truth.backwards, at);
      at = next;
      day += stay;
    }
    deals.push({ id: `deal-${index + 1}`, events });
  }
  return { nodes, edges, mapping, deals, asOfDay, truth };
}
