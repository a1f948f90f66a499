// An operation takes a document and returns the next one with the changes that lead there, or a
// typed refusal. `finish` is where every operation ends: it describes the edit (diff.ts) and keeps
// the document inside the schema's limits, clamping over-long texts (and saying so) and refusing
// anything else that would not pass the door on the next load.

import { err, type Result } from '../../lib/result';
import type { InvalidReason, OperationError, OperationNote } from '../errors';
import {
  MAX_EDGES,
  MAX_LABEL_LENGTH,
  MAX_LANES,
  MAX_LONG_TEXT_LENGTH,
  MAX_NODES,
  MAX_SCENARIOS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_WALKTHROUGH_STEPS,
} from '../limits';
import {
  dealDataSchema,
  edgeSchema,
  laneSchema,
  nodeSchema,
  scenarioSchema,
  settingsSchema,
  walkthroughStepSchema,
} from '../schema';
import type { SalesDocument } from '../types';
import { checkInvariants } from '../validate';
import type { z } from '../zodConfig';
import { applyChanges } from './applyChanges';
import type { Change, CollectionName } from './changes';
import { diffDocuments } from './diff';

export interface Applied {
  document: SalesDocument;
  changes: readonly Change[];
  notes: readonly OperationNote[];
}

export type OperationResult = Result<Applied, OperationError>;
export type Operation = (document: SalesDocument) => OperationResult;

export const CAPS: { readonly [C in CollectionName]: number } = {
  nodes: MAX_NODES,
  edges: MAX_EDGES,
  lanes: MAX_LANES,
  scenarios: MAX_SCENARIOS,
  walkthroughSteps: MAX_WALKTHROUGH_STEPS,
};

const RECORD_SCHEMAS: { readonly [C in CollectionName]: z.ZodObject } = {
  nodes: nodeSchema,
  edges: edgeSchema,
  lanes: laneSchema,
  scenarios: scenarioSchema,
  walkthroughSteps: walkthroughStepSchema,
};

// Texts a person types, by record and field, with their caps: clamped rather than refused, since
// refusing a long paste would lose all of it.
const TEXT_CAPS: ReadonlyMap<string, number> = new Map([
  ['nodes.label', MAX_LABEL_LENGTH],
  ['edges.label', MAX_LABEL_LENGTH],
  ['lanes.label', MAX_LABEL_LENGTH],
  ['scenarios.name', MAX_SHORT_TEXT_LENGTH],
  ['document.title', MAX_LABEL_LENGTH],
]);
const DETAIL_TEXT_CAPS: ReadonlyMap<string, number> = new Map([
  ['owner', MAX_SHORT_TEXT_LENGTH],
  ['entryCriteria', MAX_LONG_TEXT_LENGTH],
  ['exitCriteria', MAX_LONG_TEXT_LENGTH],
  ['kpi', MAX_LABEL_LENGTH],
  ['notes', MAX_LONG_TEXT_LENGTH],
]);

/** Cuts a text at its cap without splitting a surrogate pair. */
export function clampText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

interface Clamped {
  changes: Change[];
  notes: OperationNote[];
}

function clampValue(key: string, value: unknown, notes: OperationNote[]): unknown {
  const limit = TEXT_CAPS.get(key);
  if (limit !== undefined && typeof value === 'string' && value.length > limit) {
    notes.push({ code: 'text-clamped', limit });
    return clampText(value, limit);
  }
  if (key === 'nodes.details' && typeof value === 'object' && value !== null) {
    let details = value as Record<string, unknown>;
    for (const [field, cap] of DETAIL_TEXT_CAPS) {
      const text = details[field];
      if (typeof text === 'string' && text.length > cap) {
        details = { ...details, [field]: clampText(text, cap) };
        notes.push({ code: 'text-clamped', limit: cap });
      }
    }
    return details;
  }
  return value;
}

function clampRecord<T extends object>(collection: string, record: T, notes: OperationNote[]): T {
  let next = record;
  for (const [field, value] of Object.entries(record)) {
    const clamped = clampValue(`${collection}.${field}`, value, notes);
    if (clamped !== value) next = { ...next, [field]: clamped };
  }
  return next;
}

function clampChanges(changes: readonly Change[]): Clamped {
  const notes: OperationNote[] = [];
  const clamped = changes.map((change): Change => {
    switch (change.type) {
      case 'add': {
        const record = clampRecord(change.collection, change.record, notes);
        return record === change.record ? change : ({ ...change, record } as Change);
      }
      case 'update':
      case 'document': {
        const prefix = change.type === 'document' ? 'document' : change.collection;
        let touched = false;
        const fields = change.fields.map((field) => {
          const to = clampValue(`${prefix}.${field.field}`, field.to, notes);
          if (to === field.to) return field;
          touched = true;
          return { ...field, to };
        });
        return touched ? ({ ...change, fields } as Change) : change;
      }
      default:
        return change;
    }
  });
  return { changes: clamped, notes };
}

/** The schema's own checks (dealAggregatesSchema.ts, refinements) name their reason. */
function customReason(issue: z.core.$ZodIssueCustom): InvalidReason {
  const reason: unknown = issue.params?.['reason'];
  return typeof reason === 'string' ? (reason as InvalidReason) : 'type';
}

function outOfLimits(path: string, issue: z.core.$ZodIssue | undefined): OperationError {
  const where = issue?.path.map(String).join('.') ?? '';
  const reason = issue?.code === 'too_big' ? (issue.origin === 'string' ? 'too-long' : 'out-of-range') : issue?.code === 'custom' ? customReason(issue) : 'type';
  return { code: 'out-of-limits', path: where === '' ? path : `${path}.${where}`, reason };
}

/** The first reason the changed parts of `document` would not pass the door, or null. */
function checkChanged(document: SalesDocument, changes: readonly Change[]): OperationError | null {
  for (const change of changes) {
    switch (change.type) {
      case 'settings': {
        const parsed = settingsSchema.safeParse(document.settings);
        if (!parsed.success) return outOfLimits('settings', parsed.error.issues[0]);
        break;
      }
      case 'document': {
        for (const { field, to } of change.fields) {
          if (field === 'title' && (typeof to !== 'string' || to.length > MAX_LABEL_LENGTH)) return outOfLimits('title', undefined);
          if (field === 'dealData' && to !== undefined) {
            const parsed = dealDataSchema.safeParse(to);
            if (!parsed.success) return outOfLimits('dealData', parsed.error.issues[0]);
          }
        }
        break;
      }
      case 'add': {
        const parsed = RECORD_SCHEMAS[change.collection].safeParse(change.record);
        if (!parsed.success) return outOfLimits(`${change.collection}[${change.record.id}]`, parsed.error.issues[0]);
        break;
      }
      case 'update': {
        const shape = RECORD_SCHEMAS[change.collection].shape as Record<string, z.ZodType>;
        for (const { field, to } of change.fields) {
          const schema = shape[field];
          const parsed = schema?.safeParse(to);
          if (parsed === undefined || !parsed.success) return outOfLimits(`${change.collection}[${change.id}].${field}`, parsed?.error.issues[0]);
        }
        break;
      }
      case 'remove':
        break;
    }
  }
  return null;
}

function overCap(document: SalesDocument, changes: readonly Change[]): OperationError | null {
  const grown = new Set<CollectionName>();
  for (const change of changes) if (change.type === 'add') grown.add(change.collection);
  for (const collection of grown) {
    const count = collection === 'walkthroughSteps' ? document.walkthrough.steps.length : document[collection].length;
    if (count > CAPS[collection]) return { code: 'too-many', collection, limit: CAPS[collection] };
  }
  return null;
}

/**
 * Describes the edit from `before` to `after` and checks it. Operations end here; nothing else
 * produces an OperationResult that carries a document.
 */
export function finish(before: SalesDocument, after: SalesDocument, notes: readonly OperationNote[] = []): OperationResult {
  const described = diffDocuments(before, after);
  if (described.length === 0) return { ok: true, value: { document: before, changes: [], notes } };
  const clamped = clampChanges(described);
  const document = clamped.notes.length === 0 ? after : applyChanges(before, clamped.changes);
  const refused = overCap(document, clamped.changes) ?? checkChanged(document, clamped.changes);
  if (refused !== null) return err(refused);
  const broken = checkInvariants(document);
  if (broken !== null && broken.code === 'invalid') return err({ code: 'out-of-limits', path: broken.path, reason: broken.reason });
  return { ok: true, value: { document, changes: clamped.changes, notes: [...notes, ...clamped.notes] } };
}

export function refuse(error: OperationError): OperationResult {
  return err(error);
}

