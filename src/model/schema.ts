// The zod schemas: the source of truth for what a valid document is, record by record. Rules that
// span records (ids unique, edge ends exist) are in validate.ts.

import { z } from './zodConfig';
import type { InvalidReason } from './errors';
import {
  DIRECTIONS,
  EDGE_STYLES,
  FILE_FORMAT,
  HANDLE_SIDES,
  NODE_KINDS,
  OUTCOMES,
  PERIODS,
  type DocumentFile,
  type FlowEdge,
  type FlowNode,
  type Lane,
  type NodeDetails,
  type NodeStyle,
  type Point,
  type SalesDocument,
  type Settings,
  type Size,
  type WrittenBy,
} from './types';

export const CURRENT_SCHEMA_VERSION = 1;

// Caps keep a hostile or corrupted file from freezing the tab; they sit far above real processes.
export const MAX_NODES = 5000;
export const MAX_EDGES = 20_000;
export const MAX_LANES = 100;
export const MAX_EDGE_POINTS = 1000;
export const MAX_ID_LENGTH = 200;
export const MAX_LABEL_LENGTH = 2000;
export const MAX_SHORT_TEXT_LENGTH = 200;
export const MAX_LONG_TEXT_LENGTH = 10_000;
export const MAX_SIZE = 100_000;
export const MAX_COORDINATE = 10_000_000;
export const MAX_GRID_SIZE = 1000;
export const MAX_DURATION_DAYS = 36_500;
export const MAX_VOLUME = 1e12;
export const MAX_DEAL_VALUE = 1e15;
// The largest time a Date can hold (ECMA-262, "Time Values").
const MAX_TIME = 8.64e15;

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

// React Flow finds a node's element with `querySelector('[data-id="…"]')`, which throws on an id
// holding a quote or backslash; control characters and angle brackets have no business in ids.
const ID_PATTERN = /^[^\p{Cc}"'`\\<>]+$/u;

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

export const pointSchema = z.object({ x: coordinateSchema, y: coordinateSchema });

export const sizeSchema = z.object({ width: lengthSchema, height: lengthSchema });

export const settingsSchema = z.object({
  direction: z.enum(DIRECTIONS),
  gridSize: z.number().min(1).max(MAX_GRID_SIZE),
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

export const documentSchema = z.object({
  id: idSchema,
  title: labelSchema,
  createdAt: timeSchema,
  updatedAt: timeSchema,
  settings: settingsSchema,
  lanes: z.array(laneSchema).max(MAX_LANES),
  nodes: z.array(nodeSchema).max(MAX_NODES),
  edges: z.array(edgeSchema).max(MAX_EDGES),
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
  Assert<Equals<z.infer<typeof documentSchema>, SalesDocument>>,
  Assert<Equals<z.infer<typeof writtenBySchema>, WrittenBy>>,
  Assert<Equals<z.infer<typeof documentFileSchema>, DocumentFile>>,
];
