// The template file as zod sees it. Only what is particular to templates is described here: the
// metadata and the texts written per language. Every other field of the document is checked by
// the document's own door (parse.ts), once per language after the texts are resolved, so that a
// template can never hold anything an imported file could not.

import type { InvalidReason } from '../errors';
import { MAX_EDGES, MAX_ID_LENGTH, MAX_LABEL_LENGTH, MAX_LANES, MAX_NODES, MAX_SCENARIOS, MAX_SHORT_TEXT_LENGTH, writtenBySchema } from '../schema';
import { FILE_FORMAT } from '../types';
import { z } from '../zodConfig';
import { TEMPLATE_CATEGORIES } from './categories';
import type { LocalizedText, TemplateMeta } from './types';

/** Largest `order`: far beyond any gallery, small enough to stay an exact integer everywhere. */
export const MAX_TEMPLATE_ORDER = 10_000;

function reason(value: InvalidReason): { params: { reason: InvalidReason } } {
  return { params: { reason: value } };
}

// Lengths are left to the document's schema, which knows each field's limit and sees every
// language's text once resolved.
export const localizedTextSchema = z.object({ en: z.string(), 'zh-CN': z.string() });

const nameTextSchema = z.string().max(MAX_SHORT_TEXT_LENGTH).refine((text) => text.trim() !== '', reason('required'));

export const templateMetaSchema = z.object({
  // Letters, digits, `-` and `_`: bundled ids double as file names, user ids come from createId.
  id: z.string().min(1).max(MAX_ID_LENGTH).regex(/^[A-Za-z0-9_-]+$/),
  name: z.object({ en: nameTextSchema, 'zh-CN': nameTextSchema }),
  description: z.object({ en: z.string().max(MAX_LABEL_LENGTH), 'zh-CN': z.string().max(MAX_LABEL_LENGTH) }),
  category: z.enum(TEMPLATE_CATEGORIES),
  order: z.number().int().min(1).max(MAX_TEMPLATE_ORDER).optional(),
});

// Loose objects: the fields not named here pass through untouched to the document's door.
const detailTextsSchema = z.looseObject({
  owner: localizedTextSchema.optional(),
  entryCriteria: localizedTextSchema.optional(),
  exitCriteria: localizedTextSchema.optional(),
  kpi: localizedTextSchema.optional(),
  notes: localizedTextSchema.optional(),
});

const laneTextsSchema = z.looseObject({ id: z.string(), label: localizedTextSchema });

const nodeTextsSchema = z.looseObject({
  id: z.string(),
  label: localizedTextSchema,
  details: detailTextsSchema.optional(),
});

const edgeTextsSchema = z.looseObject({ id: z.string(), label: localizedTextSchema.optional() });

const scenarioTextsSchema = z.looseObject({ id: z.string(), name: localizedTextSchema });

export const documentTextsSchema = z.looseObject({
  title: localizedTextSchema,
  lanes: z.array(laneTextsSchema).max(MAX_LANES),
  nodes: z.array(nodeTextsSchema).max(MAX_NODES),
  edges: z.array(edgeTextsSchema).max(MAX_EDGES),
  scenarios: z.array(scenarioTextsSchema).max(MAX_SCENARIOS).optional(),
});

/** A template's document as far as its texts go; the typed TemplateDocument fits it too. */
export type DocumentTexts = z.infer<typeof documentTextsSchema>;

export const templateFileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.number().int().min(1),
  writtenBy: writtenBySchema,
  template: templateMetaSchema,
  document: documentTextsSchema,
});

// Compile-time proof that the schemas and types.ts agree, as in ../schema.ts.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type TemplateSchemaMatchesTypes = [
  Assert<Equals<z.infer<typeof localizedTextSchema>, LocalizedText>>,
  Assert<Equals<z.infer<typeof templateMetaSchema>, TemplateMeta>>,
];
