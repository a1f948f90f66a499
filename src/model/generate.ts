// Sales-like documents of any size from a seed, for tests, benchmarks and demos. The same options
// always give the same document, ids and timestamps included.

import { initialKeys } from '../lib/orderKey';
import { createSeededIdFactory } from '../lib/ids';
import { createRandom, mulberry32, type Random } from '../lib/random';
import { DEFAULT_SETTINGS } from './document';
import { defaultSize, MAX_DEFAULT_SIZE } from './kinds';
import { MAX_EDGES } from './limits';
import { MAX_LANES } from './schema';
import type { EdgeLineStyle, FlowEdge, FlowNode, Lane, NodeKind, Outcome, SalesDocument } from './types';

export interface GenerateOptions {
  /** Exactly this many nodes (0 or more). */
  nodes: number;
  seed: number;
  /** `true` for the five standard lanes, a number for that many, false or absent for none. */
  lanes?: boolean | number;
  /**
   * At least this many edges in all (up to the document cap): the process gets cross-links
   * between nearby steps, as a company-wide map of every region's variant has. The nodes, and the
   * edges a smaller request gives, stay those of the same seed without it.
   */
  edges?: number;
}

/** createdAt and updatedAt of every generated document: a fixed time keeps output reproducible. */
export const GENERATED_AT = Date.UTC(2024, 0, 1);

// Phases of a sale, in order; each matches the lane of the same index.
const LANE_NAMES = ['Sales', 'Pre-sales', 'Legal', 'Finance', 'Customer Success'] as const;
const LANE_COLORS = ['#dbeafe', '#ede9fe', '#fef3c7', '#dcfce7', '#fce7f3'] as const;
type Phase = 0 | 1 | 2 | 3 | 4;
type Names = readonly [string, ...string[]];

const STAGES: readonly Names[] = [
  ['Qualify lead', 'Discovery call', 'Book meeting', 'Identify decision makers', 'Follow-up call'],
  ['Needs analysis', 'Solution design', 'Product demo', 'Technical validation', 'Proof of concept'],
  ['Contract review', 'Redline negotiation', 'Security questionnaire', 'Compliance check'],
  ['Pricing approval', 'Credit check', 'Issue invoice', 'Collect payment'],
  ['Onboarding', 'Kick-off meeting', 'User training', 'Quarterly business review', 'Renewal talk'],
];
const OWNERS: readonly Names[] = [
  ['Account executive', 'Sales development rep'],
  ['Solutions engineer', 'Sales engineer'],
  ['Legal counsel', 'Contract manager'],
  ['Finance manager', 'Billing specialist'],
  ['Customer success manager', 'Onboarding specialist'],
];
const DECISIONS: readonly Names[] = [
  ['Qualified?', 'Budget confirmed?', 'Decision maker engaged?'],
  ['Good fit?', 'Demo successful?', 'Requirements met?'],
  ['Terms accepted?', 'Legal approved?'],
  ['Discount approved?', 'Paid on time?'],
  ['Live on time?', 'Renewing?'],
];
const DOCUMENTS: readonly Names[] = [
  ['Lead brief', 'Meeting notes'],
  ['Proposal', 'Solution outline'],
  ['Contract', 'Order form', 'Statement of work'],
  ['Quote', 'Invoice'],
  ['Onboarding plan', 'Success plan'],
];
const DATA: Names = ['CRM: lead record', 'CRM: opportunity', 'CRM: account updated', 'ERP: customer record'];
const SUBPROCESSES: Names = ['Security review', 'Procurement process', 'Implementation project', 'Partner referral'];
const DELAYS: Names = ['Wait for budget cycle', 'Wait for signature', 'Cooling-off period', 'Wait for procurement'];
const NOTES: Names = [
  'Call back within 24 hours.',
  'Use the ROI calculator here.',
  'Loop in Legal early for enterprise deals.',
  'Check the CRM for duplicates first.',
];
const SOURCES: Names = ['Inbound leads', 'Outbound prospecting', 'Referrals', 'Events', 'Partners', 'Webinars'];
const LOST_ENDS: readonly Names[] = [
  ['Lost: not qualified', 'Lost: no budget', 'Lost: no decision'],
  ['Lost: poor fit', 'Lost: competitor'],
  ['Lost: terms rejected', 'Lost: no decision'],
  ['Lost: price too high', 'Lost: no budget'],
  ['Churned'],
];
const OTHER_ENDS: Names = ['Referred to partner', 'Disqualified'];

// Grid cells hold the largest default shape with room for edges and labels between them.
const CELL_WIDTH = MAX_DEFAULT_SIZE.width + 80;
const CELL_HEIGHT = MAX_DEFAULT_SIZE.height + 48;
const MIN_WRAP_COLUMNS = 24;
const BAND_GAP = 48;

interface Cell {
  column: number;
  /** Lane index; the unassigned band after the last lane; 0 in a document without lanes. */
  band: number;
  /** Branches and notes yield the first row of their column to the main chain. */
  offChain?: boolean;
}

function laneCount(lanes: GenerateOptions['lanes']): number {
  if (lanes === true) return LANE_NAMES.length;
  if (typeof lanes !== 'number' || !Number.isFinite(lanes)) return 0;
  return Math.max(0, Math.min(MAX_LANES, Math.trunc(lanes)));
}

function makeLanes(count: number, newId: (prefix: string) => string): Lane[] {
  const orders = initialKeys(count);
  return Array.from({ length: count }, (_, index) => {
    const name = LANE_NAMES[index % LANE_NAMES.length] ?? 'Sales';
    const round = Math.floor(index / LANE_NAMES.length);
    return {
      id: newId('lane'),
      label: round === 0 ? name : `${name} ${round + 1}`,
      color: LANE_COLORS[index % LANE_COLORS.length] ?? '#dbeafe',
      order: orders[index] ?? 'z',
    };
  });
}

function percent(random: Random, min: number, max: number): number {
  return random.int(min, max) / 100;
}

function namesOf(table: readonly Names[], phase: Phase): Names {
  return table[phase] ?? ['Step'];
}

/**
 * Builds a document of exactly `nodes` nodes: lead sources feeding one main chain of stages,
 * documents, CRM records, delays and subprocesses; decisions whose second branch ends lost or
 * loops back through a nurture delay; notes on stages; one won end. Every node's outgoing
 * conversion rates sum to at most 1. Positions are a grid by generation order, without overlaps.
 */
export function generateDocument({ nodes: nodeCount, seed, lanes: lanesOption, edges: edgeCount }: GenerateOptions): SalesDocument {
  const total = Math.max(0, Math.trunc(nodeCount));
  const random = createRandom(seed);
  // Ids come from their own stream, so the structure does not depend on how ids are drawn.
  const newId = createSeededIdFactory(mulberry32((seed ^ 0x9e3779b9) >>> 0));
  const docId = newId('doc');
  const lanes = makeLanes(laneCount(lanesOption), newId);

  const nodes: FlowNode[] = [];
  const edges: FlowEdge[] = [];
  const cells = new Map<FlowNode, Cell>();
  const labelUses = new Map<string, number>();

  const unique = (label: string): string => {
    const uses = (labelUses.get(label) ?? 0) + 1;
    labelUses.set(label, uses);
    return uses === 1 ? label : `${label} ${uses}`;
  };

  const addNode = (kind: NodeKind, label: string, cell: Cell, extra: Partial<FlowNode> = {}): FlowNode => {
    const node: FlowNode = {
      id: newId('n'),
      kind,
      label,
      position: { x: 0, y: 0 },
      size: defaultSize(kind),
      ...extra,
    };
    const lane = lanes[cell.band];
    if (lane !== undefined) node.laneId = lane.id;
    nodes.push(node);
    cells.set(node, cell);
    return node;
  };

  const connect = (
    source: FlowNode,
    target: FlowNode,
    conversionRate: number,
    label?: string,
    style?: EdgeLineStyle,
  ): void => {
    const edge: FlowEdge = { id: newId('e'), source: source.id, target: target.id, conversionRate };
    if (label !== undefined) edge.label = label;
    if (style !== undefined) edge.style = style;
    edges.push(edge);
  };

  if (total > 0) {
    const startCount = total === 1 ? 1 : Math.min(total - 1, 1 + Math.floor(total / 250), SOURCES.length);
    const starts = Array.from({ length: startCount }, (_, index) =>
      addNode('start', SOURCES[index] ?? 'Leads', { column: 0, band: 0 }, { volume: random.int(5, 200) * 10 }),
    );

    // The budget is what remains once the starts and the won end are placed.
    const budget = total - startCount - (total >= 2 ? 1 : 0);
    let remaining = budget;
    let column = 1;
    // The chain's open end: the starts before the first step, then the last flow node.
    let tips: FlowNode[] = starts;
    // A decision's first branch is drawn by whatever follows it, with this label and rate.
    let pendingBranch: { label: string; rate: number } | null = null;
    let lastBand = 0;
    const stagesSoFar: FlowNode[] = [];
    const stageCursor: [number, number, number, number, number] = [0, 0, 0, 0, 0];

    const phaseNow = (): Phase => Math.min(4, Math.floor(((budget - remaining) / Math.max(1, budget)) * 5)) as Phase;
    const bandNow = (): number => {
      if (lanes.length === 0) return 0;
      // A few nodes sit outside any lane, as in real documents still being sorted.
      if (random.chance(0.03)) return lanes.length;
      const progress = (budget - remaining) / Math.max(1, budget);
      const band = Math.min(lanes.length - 1, Math.floor(progress * lanes.length));
      lastBand = band;
      return band;
    };

    const extend = (node: FlowNode, rate: number): void => {
      for (const tip of tips) {
        if (pendingBranch !== null) connect(tip, node, pendingBranch.rate, pendingBranch.label);
        else connect(tip, node, tip.kind === 'start' ? 1 : rate);
      }
      pendingBranch = null;
      tips = [node];
      column += 1;
    };

    const stepRate = () => percent(random, 55, 95);

    const addDecision = (phase: Phase, band: number): { decision: FlowNode; no: { label: string; rate: number } } => {
      const decision = addNode('decision', unique(random.pick(namesOf(DECISIONS, phase))), { column, band });
      extend(decision, stepRate());
      const yesPercent = random.int(40, 75);
      // Leaving at least 1% unaccounted keeps the sum below 1 despite floating-point rounding.
      const noPercent = 100 - yesPercent - random.int(1, 10);
      pendingBranch = { label: 'Yes', rate: yesPercent / 100 };
      return { decision, no: { label: 'No', rate: noPercent / 100 } };
    };

    while (remaining > 0) {
      const phase = phaseNow();
      const band = bandNow();
      const roll = random.next();
      const tip = tips[0];

      if (roll < 0.1 && remaining >= 2) {
        const { decision, no } = addDecision(phase, band);
        const outcome: Outcome = random.chance(0.1) ? 'other' : 'lost';
        const lost = addNode(
          'end',
          unique(random.pick(outcome === 'lost' ? namesOf(LOST_ENDS, phase) : OTHER_ENDS)),
          { column, band, offChain: true },
          { outcome },
        );
        connect(decision, lost, no.rate, no.label);
        remaining -= 2;
      } else if (roll < 0.14 && remaining >= 2 && stagesSoFar.length > 0) {
        // Nurture loop: a "no" waits, then goes back to a recent stage to try again.
        const { decision, no } = addDecision(phase, band);
        const wait = addNode('delay', unique('Nurture'), { column, band, offChain: true }, {
          details: { durationDays: random.int(2, 12) * 15 },
        });
        connect(decision, wait, no.rate, no.label, 'dashed');
        const recent = stagesSoFar.slice(-8);
        const back = recent[random.int(0, recent.length - 1)] ?? decision;
        connect(wait, back, percent(random, 30, 70), undefined, 'dashed');
        remaining -= 2;
      } else if (roll < 0.21 && tip !== undefined) {
        const cell = cells.get(tip) ?? { column, band };
        addNode('note', random.pick(NOTES), { ...cell, offChain: true }, { attachedTo: tip.id });
        remaining -= 1;
      } else if (roll < 0.29) {
        extend(addNode('document', unique(random.pick(namesOf(DOCUMENTS, phase))), { column, band }), stepRate());
        remaining -= 1;
      } else if (roll < 0.35) {
        extend(addNode('data', unique(random.pick(DATA)), { column, band }), stepRate());
        remaining -= 1;
      } else if (roll < 0.4) {
        const delay = addNode('delay', unique(random.pick(DELAYS)), { column, band }, {
          details: { durationDays: random.int(3, 30) },
        });
        extend(delay, stepRate());
        remaining -= 1;
      } else if (roll < 0.44) {
        const subprocess = addNode('subprocess', unique(random.pick(SUBPROCESSES)), { column, band }, {
          details: { owner: random.pick(namesOf(OWNERS, phase)), durationDays: random.int(5, 30) },
        });
        extend(subprocess, stepRate());
        remaining -= 1;
      } else {
        // Stages of a phase come in their usual order, round and round on long chains.
        const names = namesOf(STAGES, phase);
        const cursor = stageCursor[phase];
        stageCursor[phase] = cursor + 1;
        const label = unique(names[cursor % names.length] ?? names[0]);
        const stage = addNode('stage', label, { column, band }, {
          details: { owner: random.pick(namesOf(OWNERS, phase)), durationDays: random.int(1, 21) },
        });
        if (random.chance(0.08)) {
          stage.link = `https://example.com/playbook/${encodeURIComponent(label.toLowerCase().replaceAll(' ', '-'))}`;
        }
        stagesSoFar.push(stage);
        extend(stage, stepRate());
        remaining -= 1;
      }
    }

    if (total >= 2) {
      const won = addNode('end', 'Won', { column, band: lastBand }, { outcome: 'won' });
      extend(won, stepRate());
    }
  }

  if (edgeCount !== undefined) addCrossLinks(nodes, edges, Math.min(MAX_EDGES, edgeCount), seed, newId);
  placeOnGrid(nodes, cells, lanes.length);

  return {
    id: docId,
    title: `Generated sales process ${seed}`,
    createdAt: GENERATED_AT,
    updatedAt: GENERATED_AT,
    settings: { ...DEFAULT_SETTINGS, dealValue: random.int(10, 200) * 500 },
    scenarios: [],
    walkthrough: { steps: [] },
    lanes,
    nodes,
    edges,
  };
}

// Cross-links reach this many steps either way in generation order, which keeps them among
// neighbours on the canvas; one in CROSS_BACK goes back, closing a loop, as rework does.
const CROSS_REACH = 30;
const CROSS_BACK = 0.15;

/**
 * Unrated links between nearby steps until there are `total` edges: they share what the rated
 * edges leave, so no step's rates add up above 100%. Decisions keep their two branches, ends and
 * notes start none, starts receive none. Drawn from a stream of their own, so the rest of the
 * document is the same as without them.
 */
function addCrossLinks(
  nodes: readonly FlowNode[],
  edges: FlowEdge[],
  total: number,
  seed: number,
  newId: (prefix: string) => string,
): void {
  const random = createRandom((seed ^ 0x5bd1e995) >>> 0);
  const flow = nodes.filter((node) => node.kind !== 'note');
  const sources = flow.flatMap((node, index) => (node.kind === 'end' || node.kind === 'decision' ? [] : [index]));
  const taken = new Set(edges.map((edge) => `${edge.source}>${edge.target}`));
  // A dense enough document may have no free pair left within reach: stop after a fair try.
  for (let tries = 0; edges.length < total && sources.length > 0 && tries < total * 20; tries += 1) {
    const from = sources[random.int(0, sources.length - 1)] ?? 0;
    const reach = random.int(1, CROSS_REACH);
    const source = flow[from];
    const target = flow[random.chance(CROSS_BACK) ? from - reach : from + reach];
    if (source === undefined || target === undefined || target.kind === 'start') continue;
    const pair = `${source.id}>${target.id}`;
    if (taken.has(pair)) continue;
    taken.add(pair);
    edges.push({ id: newId('e'), source: source.id, target: target.id });
  }
}

/**
 * Long processes wrap, like lines of text, so that a big document is about as tall as it is wide:
 * "fit the whole diagram" then shows every node at a usable zoom instead of a thin strip. Each lane
 * keeps its own band, and inside it the wrapped sections stack, so a section is as tall as all the
 * bands' rows together: `columns / wrap` sections of that height should match `wrap` columns.
 */
function wrapWidth(nodes: readonly FlowNode[], cells: ReadonlyMap<FlowNode, Cell>, rowsPerSection: number): number {
  let columns = 1;
  for (const node of nodes) columns = Math.max(columns, (cells.get(node)?.column ?? 0) + 1);
  const square = Math.sqrt((columns * rowsPerSection * CELL_HEIGHT) / CELL_WIDTH);
  return Math.max(MIN_WRAP_COLUMNS, Math.ceil(square));
}

/**
 * Columns left to right by generation order; bands top to bottom by lane. Nodes sharing a column
 * in one band stack in rows, and each band is as tall as its tallest stack.
 */
function placeOnGrid(nodes: FlowNode[], cells: ReadonlyMap<FlowNode, Cell>, laneTotal: number): void {

  const bandCount = laneTotal + 1;
  const rowsUsed = new Map<string, number>();
  const rowOf = new Map<FlowNode, number>();
  const bandRows: number[] = Array.from({ length: bandCount }, () => 1);
  const chainFirst = [
    ...nodes.filter((node) => cells.get(node)?.offChain !== true),
    ...nodes.filter((node) => cells.get(node)?.offChain === true),
  ];
  for (const node of chainFirst) {
    const cell = cells.get(node) ?? { column: 0, band: 0 };
    const key = `${cell.column}:${cell.band}`;
    const row = rowsUsed.get(key) ?? 0;
    rowsUsed.set(key, row + 1);
    rowOf.set(node, row);
    bandRows[cell.band] = Math.max(bandRows[cell.band] ?? 1, row + 1);
  }
  const wrap = wrapWidth(nodes, cells, bandRows.reduce((sum, rows) => sum + rows, 0));
  const sectionOf = (cell: Cell) => Math.floor(cell.column / wrap);
  const sections = Math.max(...nodes.map((node) => sectionOf(cells.get(node) ?? { column: 0, band: 0 }))) + 1;
  const bandTop: number[] = [];
  let top = 0;
  for (let band = 0; band < bandCount; band += 1) {
    bandTop.push(top);
    top += sections * (bandRows[band] ?? 1) * CELL_HEIGHT + BAND_GAP;
  }
  for (const node of nodes) {
    const cell = cells.get(node) ?? { column: 0, band: 0 };
    const row = rowOf.get(node) ?? 0;
    const sectionTop = sectionOf(cell) * (bandRows[cell.band] ?? 1) * CELL_HEIGHT;
    node.position = {
      x: (cell.column % wrap) * CELL_WIDTH + Math.round((MAX_DEFAULT_SIZE.width - node.size.width) / 2),
      y: (bandTop[cell.band] ?? 0) + sectionTop + row * CELL_HEIGHT + Math.round((MAX_DEFAULT_SIZE.height - node.size.height) / 2),
    };
  }
}
