// The zod schemas: the source of truth for what a valid document is, record by record. Rules that
// span records (ids unique, edge ends exist) are in validate.ts.

import { z } from './zodConfig';
import { dealAggregatesSchema } from './dealAggregatesSchema';
import { ID_PATTERN } from './patterns';
import type { InvalidReason } from './errors';
import {
  MAX_COORDINATE,
  MAX_DEAL_VALUE,
  MAX_DURATION_DAYS,
  MAX_EDGE_POINTS,
  MAX_EDGES,
  MAX_GRID_SIZE,
  MAX_ID_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_LANES,
  MAX_LONG_TEXT_LENGTH,
  MAX_NODES,
  MAX_ORDER_KEY_LENGTH,
  MAX_SCENARIOS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_SIZE,
  MAX_TIME,
  MAX_VOLUME,
  MAX_WALKTHROUGH_STEPS,
  MIN_GRID_SIZE,
} from './limits';
import {
  DEAL_DATA_SHAPES,
  DIRECTIONS,
  EDGE_STYLES,
  FILE_FORMAT,
  HANDLE_SIDES,
  NODE_KINDS,
  OUTCOMES,
  PERIODS,
  type DealData,
  type DocumentFile,
  type FlowEdge,
  type FlowNode,
  type Lane,
  type NodeDetails,
  type NodeStyle,
  type Point,
  type SalesDocument,
  type Scenario,
  type Settings,
  type Size,
  type Walkthrough,
  type WrittenBy,
} from './types';

export const CURRENT_SCHEMA_VERSION = 2;

export * from './limits';

export const ALLOWED_LINK_PROTOCOLS: readonly string[] = ['http:', 'https:', 'mailto:'];

/** Refinements attach the reason to report, so parse.ts need not guess it from a message. */
function reason(value: InvalidReason): { params: { reason: InvalidReason } } {
  return { params: { reason: value } };
}

export function isAllowedLink(value: string): boolean {
  try {
    return ALLOWED_LINK_PROTOCOLS.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

// Colours reach inline styles and exported SVG attributes. Allowing only these characters keeps
// out quotes, semicolons and `url(`, while hex, rgb()/hsl() and var(--token) all fit.
const COLOR_PATTERN = /^[#a-zA-Z0-9(),.%\s/-]+$/;

const idSchema = z.string().min(1).max(MAX_ID_LENGTH).regex(ID_PATTERN);
const labelSchema = z.string().max(MAX_LABEL_LENGTH);
const shortTextSchema = z.string().max(MAX_SHORT_TEXT_LENGTH);
const longTextSchema = z.string().max(MAX_LONG_TEXT_LENGTH);
const colorSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(COLOR_PATTERN)
  .refine((value) => !/url\(/i.test(value), reason('type'));
const coordinateSchema = z.number().min(-MAX_COORDINATE).max(MAX_COORDINATE);
const lengthSchema = z.number().positive().max(MAX_SIZE);
const rateSchema = z.number().min(0).max(1);
const timeSchema = z.number().min(0).max(MAX_TIME);
// Order keys are written by src/lib/orderKey.ts; any other key still sorts, so only the size and
// the alphabet are checked.
const orderKeySchema = z.string().min(1).max(MAX_ORDER_KEY_LENGTH).regex(/^[0-9a-z]+$/);

export const pointSchema = z.object({ x: coordinateSchema, y: coordinateSchema });

export const sizeSchema = z.object({ width: lengthSchema, height: lengthSchema });

export const settingsSchema = z.object({
  direction: z.enum(DIRECTIONS),
  gridSize: z.number().min(MIN_GRID_SIZE).max(MAX_GRID_SIZE),
  snapToGrid: z.boolean(),
  period: z.enum(PERIODS),
  dealValue: z.number().min(0).max(MAX_DEAL_VALUE).optional(),
  // An ISO 4217 code, because Intl.NumberFormat throws a RangeError on anything else.
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export const laneSchema = z.object({
  id: idSchema,
  label: labelSchema,
  color: colorSchema.optional(),
  order: orderKeySchema,
});

export const nodeStyleSchema = z.object({
  fill: colorSchema.optional(),
  stroke: colorSchema.optional(),
  textColor: colorSchema.optional(),
});

export const nodeDetailsSchema = z.object({
  owner: shortTextSchema.optional(),
  durationDays: z.number().min(0).max(MAX_DURATION_DAYS).optional(),
  entryCriteria: longTextSchema.optional(),
  exitCriteria: longTextSchema.optional(),
  kpi: labelSchema.optional(),
  notes: longTextSchema.optional(),
});

export const linkSchema = z.string().max(MAX_LABEL_LENGTH).refine(isAllowedLink, reason('link-scheme'));

export const nodeSchema = z.object({
  id: idSchema,
  kind: z.enum(NODE_KINDS),
  label: labelSchema,
  position: pointSchema,
  size: sizeSchema,
  laneId: idSchema.optional(),
  style: nodeStyleSchema.optional(),
  link: linkSchema.optional(),
  details: nodeDetailsSchema.optional(),
  volume: z.number().min(0).max(MAX_VOLUME).optional(),
  outcome: z.enum(OUTCOMES).optional(),
  attachedTo: idSchema.optional(),
});

export const edgeSchema = z.object({
  id: idSchema,
  source: idSchema,
  target: idSchema,
  sourceHandle: z.enum(HANDLE_SIDES).optional(),
  targetHandle: z.enum(HANDLE_SIDES).optional(),
  label: labelSchema.optional(),
  conversionRate: rateSchema.optional(),
  style: z.enum(EDGE_STYLES).optional(),
  points: z.array(pointSchema).max(MAX_EDGE_POINTS).optional(),
  labelAt: pointSchema.optional(),
});

export const scenarioSchema = z.object({
  id: idSchema,
  name: shortTextSchema,
  overrides: z.object({
    edgeRates: z.array(z.object({ edgeId: idSchema, rate: rateSchema })).max(MAX_EDGES),
    startVolumes: z.array(z.object({ nodeId: idSchema, volume: z.number().min(0).max(MAX_VOLUME) })).max(MAX_NODES),
    durations: z.array(z.object({ nodeId: idSchema, days: z.number().min(0).max(MAX_DURATION_DAYS) })).max(MAX_NODES),
  }),
});

export const walkthroughStepSchema = z.object({
  id: idSchema,
  nodeId: idSchema,
  order: orderKeySchema,
  hidden: z.boolean().optional(),
});

export const walkthroughSchema = z.object({
  steps: z.array(walkthroughStepSchema).max(MAX_WALKTHROUGH_STEPS),
});

export const dealDataSchema = z.object({
  source: z.object({ name: shortTextSchema, shape: z.enum(DEAL_DATA_SHAPES) }),
  importedAt: timeSchema,
  mapping: z.array(z.object({ stage: shortTextSchema, nodeId: idSchema.optional() })).max(MAX_NODES),
  aggregates: dealAggregatesSchema,
});

export const documentSchema = z.object({
  id: idSchema,
  title: labelSchema,
  createdAt: timeSchema,
  updatedAt: timeSchema,
  settings: settingsSchema,
  lanes: z.array(laneSchema).max(MAX_LANES),
  nodes: z.array(nodeSchema).max(MAX_NODES),
  edges: z.array(edgeSchema).max(MAX_EDGES),
  scenarios: z.array(scenarioSchema).max(MAX_SCENARIOS),
  walkthrough: walkthroughSchema,
  dealData: dealDataSchema.optional(),
});

export const writtenBySchema = z.object({
  app: shortTextSchema,
  version: shortTextSchema,
});

// Unknown keys are dropped rather than refused: a template's envelope carries `template` metadata,
// and parsing must never hand back more than the model knows about.
export const documentFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  writtenBy: writtenBySchema,
  document: documentSchema,
});

// Compile-time proof that the schemas and types.ts describe the same shapes: if either drifts,
// one of these becomes `false` and the typecheck fails.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type SchemaMatchesTypes = [
  Assert<Equals<z.infer<typeof pointSchema>, Point>>,
  Assert<Equals<z.infer<typeof sizeSchema>, Size>>,
  Assert<Equals<z.infer<typeof settingsSchema>, Settings>>,
  Assert<Equals<z.infer<typeof laneSchema>, Lane>>,
  Assert<Equals<z.infer<typeof nodeStyleSchema>, NodeStyle>>,
  Assert<Equals<z.infer<typeof nodeDetailsSchema>, NodeDetails>>,
  Assert<Equals<z.infer<typeof nodeSchema>, FlowNode>>,
  Assert<Equals<z.infer<typeof edgeSchema>, FlowEdge>>,
  Assert<Equals<z.infer<typeof scenarioSchema>, Scenario>>,
  Assert<Equals<z.infer<typeof walkthroughSchema>, Walkthrough>>,
  Assert<Equals<z.infer<typeof dealDataSchema>, DealData>>,
  Assert<Equals<z.infer<typeof documentSchema>, SalesDocument>>,
  Assert<Equals<z.infer<typeof writtenBySchema>, WrittenBy>>,
  Assert<Equals<z.infer<typeof documentFileSchema>, DocumentFile>>,
];
