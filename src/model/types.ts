// The Salesflow document: plain data, independent of React Flow (DESIGN.md, "The document model").
// The zod schemas in schema.ts are the source of truth for validation; these types mirror them
// and a type-level check in schema.ts keeps the two from drifting apart.

export const NODE_KINDS = [
  'start',
  'end',
  'stage',
  'decision',
  'document',
  'data',
  'delay',
  'subprocess',
  'note',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const OUTCOMES = ['won', 'lost', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const DIRECTIONS = ['LR', 'TB'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PERIODS = ['month', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

export const EDGE_STYLES = ['solid', 'dashed'] as const;
export type EdgeLineStyle = (typeof EDGE_STYLES)[number];

export const HANDLE_SIDES = ['top', 'right', 'bottom', 'left'] as const;
export type HandleSide = (typeof HANDLE_SIDES)[number];

import type { Point } from '../geometry/point';

export type { Point };

export interface Size {
  width: number;
  height: number;
}

export interface Settings {
  direction: Direction;
  gridSize: number;
  snapToGrid: boolean;
  period: Period;
  /** Average value of a won deal; absent when the team has not set one. */
  dealValue?: number;
  currency: string;
}

export interface Lane {
  id: string;
  label: string;
  color?: string;
  /** Order key among the lanes (src/lib/orderKey.ts); the array is kept sorted by it. */
  order: string;
}

export interface NodeStyle {
  fill?: string;
  stroke?: string;
  textColor?: string;
}

export interface NodeDetails {
  owner?: string;
  durationDays?: number;
  entryCriteria?: string;
  exitCriteria?: string;
  kpi?: string;
  notes?: string;
}

export interface FlowNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Absolute top-left corner, in canvas units. */
  position: Point;
  size: Size;
  laneId?: string;
  style?: NodeStyle;
  /** http, https or mailto only. */
  link?: string;
  details?: NodeDetails;
  /** Leads entering per period; meaningful on `start` nodes. */
  volume?: number;
  /** Meaningful on `end` nodes. */
  outcome?: Outcome;
  /** The node a `note` annotates. */
  attachedTo?: string;
}

export interface FlowEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle?: HandleSide;
  targetHandle?: HandleSide;
  label?: string;
  /** 0..1: the share of what leaves the source that takes this edge. */
  conversionRate?: number;
  style?: EdgeLineStyle;
  /** Routed bend points from the last auto layout, absolute canvas units. */
  points?: Point[];
  /**
   * Where the last auto layout put the centre of the label, clear of nodes and other labels. It
   * belongs to `points`: it is dropped with them and means nothing without them.
   */
  labelAt?: Point;
}

/** A named what-if: values that differ from the process itself, each keyed by its record's id. */
export interface Scenario {
  id: string;
  name: string;
  overrides: ScenarioOverrides;
}

export interface ScenarioOverrides {
  edgeRates: { edgeId: string; rate: number }[];
  startVolumes: { nodeId: string; volume: number }[];
  durations: { nodeId: string; days: number }[];
}

/** One stop of a trainer's walkthrough. */
export interface WalkthroughStep {
  id: string;
  nodeId: string;
  /** Order key among the steps (src/lib/orderKey.ts); the array is kept sorted by it. */
  order: string;
  hidden?: boolean;
}

export interface Walkthrough {
  steps: WalkthroughStep[];
}

export const DEAL_DATA_SHAPES = ['event-log', 'wide', 'snapshot'] as const;
export type DealDataShape = (typeof DEAL_DATA_SHAPES)[number];

/** How a CRM stage maps to a node; a stage without a node is ignored. */
export interface StageMapping {
  stage: string;
  nodeId?: string;
}

/** Counts for one stage in one week (the Monday it starts on, `YYYY-MM-DD`). */
export interface StageWeek {
  nodeId: string;
  week: string;
  entered: number;
  won: number;
  lost: number;
}

export interface EdgeWeek {
  edgeId: string;
  week: string;
  count: number;
}

/** Days in a stage for the deals that entered it in one week: a histogram, finished and still open. */
export interface DurationWeek {
  nodeId: string;
  week: string;
  /** Upper bounds of the buckets, in days, increasing. */
  bucketDays: number[];
  finished: number[];
  open: number[];
}

/** Measured figures from the team's deal data: aggregates only, never rows or personal fields. */
export interface DealData {
  source: { name: string; shape: DealDataShape };
  importedAt: number;
  mapping: StageMapping[];
  aggregates: { stages: StageWeek[]; edges: EdgeWeek[]; durations: DurationWeek[] };
}

export interface SalesDocument {
  id: string;
  title: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  settings: Settings;
  lanes: Lane[];
  nodes: FlowNode[];
  edges: FlowEdge[];
  scenarios: Scenario[];
  walkthrough: Walkthrough;
  dealData?: DealData;
}

export const FILE_FORMAT = 'salesflow';

export interface WrittenBy {
  app: string;
  version: string;
}

export interface DocumentFile {
  format: typeof FILE_FORMAT;
  schemaVersion: number;
  writtenBy: WrittenBy;
  document: SalesDocument;
}
