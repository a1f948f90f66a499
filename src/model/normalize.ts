// Repairs a document that fails the model's rules instead of refusing it: a stored row written by
// a build with other limits, a file edited by hand, a copy cut short by a full disk. Each change is
// reported as a typed repair, so the user is told what was changed rather than finding out later.
// Limits come from the schema itself (its constants and zod's own issues), never copied here.

import { initialKeys } from '../lib/orderKey';
import { err, ok, type Result } from '../lib/result';
import { DEFAULT_SETTINGS } from './document';
import type { DocumentError } from './errors';
import { defaultSize } from './kinds';
import { formatPath, validateDocument } from './parse';
import type { Repair } from './repairs';
import { documentSchema, MAX_EDGES, MAX_LANES, MAX_NODES, MAX_SCENARIOS, sizeSchema } from './schema';
import { NODE_KINDS, type FlowEdge, type NodeKind, type SalesDocument } from './types';
import { checkInvariants, tidyReferences } from './validate';
import type { z } from './zodConfig';

export interface Normalized {
  document: SalesDocument;
  /** Empty when the value was valid as it was. */
  repairs: Repair[];
}

type Json = Record<PropertyKey, unknown>;
type Segment = PropertyKey;

// Each round fixes every issue zod reports; a fix may uncover one more level (a dropped field that
// was required drops its record next round), so a handful of rounds always settles.
const MAX_ROUNDS = 8;

const COLLECTIONS: readonly { key: 'lanes' | 'nodes' | 'edges' | 'scenarios'; limit: number; code: 'lanes-dropped' | 'nodes-dropped' | 'edges-dropped' | 'list-truncated' }[] = [
  { key: 'lanes', limit: MAX_LANES, code: 'lanes-dropped' },
  { key: 'nodes', limit: MAX_NODES, code: 'nodes-dropped' },
  { key: 'edges', limit: MAX_EDGES, code: 'edges-dropped' },
  { key: 'scenarios', limit: MAX_SCENARIOS, code: 'list-truncated' },
];

// Fields a document cannot be without, and what stands in for them. The id is a placeholder: the
// callers give the document its own (the storage key, or a fresh id on import).
const TOP_LEVEL_DEFAULTS: ReadonlyMap<Segment, unknown> = new Map<Segment, unknown>([
  ['id', 'document'],
  ['title', ''],
  ['createdAt', 0],
  ['updatedAt', 0],
  ['walkthrough', { steps: [] }],
]);

const POSITION_KEYS: ReadonlySet<Segment> = new Set(['position', 'points', 'labelAt']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  let current = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Json)[segment];
  }
  return current;
}

// defineProperty, not assignment: a key such as `__proto__` must stay an ordinary own property.
function setOwn(target: Json, key: Segment, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/** Collects the fixes of one round; records to drop are removed once the round is over. */
class Round {
  readonly drops = new Map<unknown[], Set<number>>();
  constructor(readonly repairs: Repair[]) {}

  drop(array: unknown[], index: number): void {
    const indexes = this.drops.get(array) ?? new Set<number>();
    indexes.add(index);
    this.drops.set(array, indexes);
  }

  finish(): void {
    for (const [array, indexes] of this.drops) {
      const kept = array.filter((_, index) => !indexes.has(index));
      array.length = 0;
      array.push(...kept);
    }
  }
}

/** The innermost array element on the path: the record (or list item) to drop when a fix fails. */
function dropEnclosing(doc: Json, path: readonly Segment[], round: Round): boolean {
  for (let end = path.length - 1; end >= 0; end -= 1) {
    const index = path[end];
    const container = valueAt(doc, path.slice(0, end));
    if (typeof index === 'number' && Array.isArray(container)) {
      round.drop(container, index);
      round.repairs.push({ code: 'record-dropped', path: formatPath(path.slice(0, end + 1)) });
      return true;
    }
  }
  return false;
}

function numberFix(issue: z.core.$ZodIssue, value: number): number | null {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return issue.inclusive === false ? issue.maximum - 1 : issue.maximum;
  }
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
    return issue.inclusive === false ? issue.minimum + 1 : issue.minimum;
  }
  return Number.isFinite(value) ? null : 0;
}

/** Fixes the value at one issue's path; answers false when only dropping something will do. */
function fixIssue(doc: Json, issue: z.core.$ZodIssue, round: Round): boolean {
  const path = issue.path;
  const key = path.at(-1);
  const parent = valueAt(doc, path.slice(0, -1));
  const value = valueAt(doc, path);
  const where = formatPath(path);
  if (key === undefined || typeof parent !== 'object' || parent === null) return false;

  if (path[0] === 'settings' && path.length === 2 && Object.hasOwn(DEFAULT_SETTINGS, key)) {
    const fallback = (DEFAULT_SETTINGS as Json)[key];
    setOwn(parent as Json, key, fallback);
    round.repairs.push(key === 'gridSize' ? { code: 'grid-size-reset', value: DEFAULT_SETTINGS.gridSize } : { code: 'field-reset', path: where });
    return true;
  }
  if (path.length === 1 && TOP_LEVEL_DEFAULTS.has(key) && (value === undefined || typeof value !== typeof TOP_LEVEL_DEFAULTS.get(key))) {
    setOwn(parent as Json, key, TOP_LEVEL_DEFAULTS.get(key));
    round.repairs.push({ code: 'field-reset', path: where });
    return true;
  }
  if (issue.code === 'too_big' && typeof value === 'string' && typeof issue.maximum === 'number') {
    setOwn(parent as Json, key, value.slice(0, issue.maximum));
    round.repairs.push({ code: 'text-truncated', path: where, limit: issue.maximum });
    return true;
  }
  if (issue.code === 'too_big' && Array.isArray(value) && typeof issue.maximum === 'number') {
    value.length = issue.maximum;
    round.repairs.push({ code: 'list-truncated', path: where, limit: issue.maximum });
    return true;
  }
  if (typeof value === 'number') {
    const fixed = numberFix(issue, value);
    if (fixed !== null) {
      setOwn(parent as Json, key, fixed);
      const atPosition = path.some((segment) => POSITION_KEYS.has(segment));
      round.repairs.push(
        !Number.isFinite(value)
          ? { code: 'non-finite-number', path: where }
          : atPosition
            ? { code: 'coordinate-clamped', path: where }
            : { code: 'number-clamped', path: where },
      );
      return true;
    }
  }
  // A value that is there but unreadable: leave it out, and if it was required, the next round
  // reports it missing and its record goes.
  if (value !== undefined && !Array.isArray(parent)) {
    delete (parent as Json)[key];
    round.repairs.push({ code: 'field-dropped', path: where });
    return true;
  }
  return dropEnclosing(doc, path, round);
}

function capCollections(doc: Json, repairs: Repair[]): void {
  for (const { key, limit, code } of COLLECTIONS) {
    const items = doc[key];
    if (items === undefined) {
      setOwn(doc, key, []);
      if (key !== 'nodes') repairs.push({ code: 'field-reset', path: key });
    } else if (Array.isArray(items) && items.length > limit) {
      repairs.push(code === 'list-truncated' ? { code, path: key, limit } : { code, count: items.length - limit, limit });
      items.length = limit;
    }
  }
}

/**
 * Lanes and walkthrough steps are ordered by their keys; where one has none (or an unreadable
 * one), the list's own order is what the author meant, so every item gets a key in that order.
 */
function orderByPlace(doc: Json, repairs: Repair[]): void {
  const walkthrough = doc['walkthrough'];
  const lists: [string, unknown][] = [
    ['lanes', doc['lanes']],
    ['walkthrough.steps', isObject(walkthrough) ? walkthrough['steps'] : undefined],
  ];
  for (const [path, items] of lists) {
    if (!Array.isArray(items)) continue;
    const keyed = items.every((item) => isObject(item) && typeof item['order'] === 'string' && /^[0-9a-z]{1,200}$/.test(item['order']));
    if (keyed) continue;
    const keys = initialKeys(items.length);
    for (const [index, item] of items.entries()) if (isObject(item)) setOwn(item, 'order', keys[index]);
    repairs.push({ code: 'field-reset', path: `${path}.order` });
  }
}

/** Sizes get the kind's own default rather than a clamped 1 × 1 sliver. */
function resetSizes(doc: Json, repairs: Repair[]): void {
  const nodes = doc['nodes'];
  if (!Array.isArray(nodes)) return;
  for (const [index, node] of nodes.entries()) {
    if (!isObject(node) || sizeSchema.safeParse(node['size']).success) continue;
    setOwn(node, 'size', defaultSize(isKind(node['kind']) ? node['kind'] : 'stage'));
    repairs.push({ code: 'size-reset', path: `nodes[${index}].size` });
  }
}

function dropDuplicates<T extends { id: string }>(items: T[]): { kept: T[]; dropped: number } {
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
  return { kept, dropped: items.length - kept.length };
}

/**
 * The operations refuse a second connection from one node to another (graph.ts, checkConnection),
 * but two people can each make one at the same moment in a shared document. The edge with the
 * smallest id stays, whatever the order of the list, so every copy of the document keeps the same.
 */
function dropRepeatedConnections(doc: SalesDocument, repairs: Repair[]): SalesDocument {
  const byPair = new Map<string, FlowEdge>();
  for (const edge of doc.edges) {
    const pair = JSON.stringify([edge.source, edge.target]);
    const kept = byPair.get(pair);
    if (kept === undefined || edge.id < kept.id) byPair.set(pair, edge);
  }
  if (byPair.size === doc.edges.length) return doc;
  repairs.push({ code: 'repeated-connection-dropped', count: doc.edges.length - byPair.size });
  const kept = new Set(byPair.values());
  return tidyReferences({ ...doc, edges: doc.edges.filter((edge) => kept.has(edge)) });
}

/** The rules that span records (validate.ts), repaired by leaving out what points nowhere. */
function repairReferences(input: SalesDocument, repairs: Repair[]): SalesDocument {
  const lanes = dropDuplicates(input.lanes);
  const nodes = dropDuplicates(input.nodes);
  const edges = dropDuplicates(input.edges);
  const scenarios = dropDuplicates(input.scenarios);
  const steps = dropDuplicates(input.walkthrough.steps);
  const duplicates = lanes.dropped + nodes.dropped + edges.dropped + scenarios.dropped + steps.dropped;
  if (duplicates > 0) repairs.push({ code: 'duplicates-dropped', count: duplicates });

  const laneIds = new Set(lanes.kept.map((lane) => lane.id));
  const nodeIds = new Set(nodes.kept.map((node) => node.id));
  const keptNodes = nodes.kept.map((node, index) => {
    let next = node;
    if (next.laneId !== undefined && !laneIds.has(next.laneId)) {
      next = { ...next };
      delete next.laneId;
      repairs.push({ code: 'lane-ref-dropped', path: `nodes[${index}].laneId` });
    }
    if (next.attachedTo !== undefined && (next.attachedTo === next.id || !nodeIds.has(next.attachedTo))) {
      next = { ...next };
      delete next.attachedTo;
      repairs.push({ code: 'attachment-dropped', path: `nodes[${index}].attachedTo` });
    }
    return next;
  });
  const connected = edges.kept.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  const dangling = edges.kept.length - connected.length;
  if (dangling > 0) repairs.push({ code: 'dangling-edge-dropped', count: dangling });
  const keptEdges = connected.filter((edge) => edge.source !== edge.target);
  const loops = connected.length - keptEdges.length;
  if (loops > 0) repairs.push({ code: 'self-loop-dropped', count: loops });
  // Scenario values and walkthrough steps of records that are gone carry no meaning: dropped too.
  const tidied = tidyReferences({
    ...input,
    lanes: lanes.kept,
    nodes: keptNodes,
    edges: keptEdges,
    scenarios: scenarios.kept,
    walkthrough: { ...input.walkthrough, steps: steps.kept },
  });
  return dropRepeatedConnections(tidied, repairs);
}

/**
 * `normalize` of a document each part of which already passes the schema (every record, the
 * settings and the document's own fields, every list within its cap): what is left to repair is
 * what spans records, repaired as `normalize` repairs it. A reader that checks a document record
 * by record (the Yjs binding, which checks only the records an update touched) ends here.
 */
export function normalizeAcrossRecords(doc: SalesDocument): Normalized {
  const repairs: Repair[] = [];
  const document = checkInvariants(doc) === null ? dropRepeatedConnections(tidyReferences(doc), repairs) : repairReferences(doc, repairs);
  return { document, repairs };
}

function copyOf(value: unknown): Result<Json, DocumentError> {
  try {
    const copy: unknown = structuredClone(value);
    return isObject(copy) && Array.isArray(copy['nodes']) ? ok(copy) : err({ code: 'invalid', path: 'nodes', reason: 'required' });
  } catch {
    return err({ code: 'invalid', path: '', reason: 'type' });
  }
}

/**
 * A document that passes `documentSchema` and `checkInvariants` and connects no two nodes twice
 * the same way, made from `value` (an already parsed document, not an envelope) with as little
 * change as will do, and what was changed. A value beyond repair (not an object, no nodes)
 * answers the error validation gives for it.
 */
export function normalize(value: unknown): Result<Normalized, DocumentError> {
  const valid = validateDocument(value);
  if (valid.ok) {
    const repairs: Repair[] = [];
    return ok({ document: dropRepeatedConnections(valid.value, repairs), repairs });
  }
  const copy = copyOf(value);
  if (!copy.ok) return err(valid.error);
  const doc = copy.value;
  const repairs: Repair[] = [];
  if (!isObject(doc['settings'])) {
    setOwn(doc, 'settings', { ...DEFAULT_SETTINGS });
    repairs.push({ code: 'field-reset', path: 'settings' });
  }
  capCollections(doc, repairs);
  orderByPlace(doc, repairs);
  resetSizes(doc, repairs);

  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const parsed = documentSchema.safeParse(doc);
    if (parsed.success) {
      const repaired = repairReferences(parsed.data, repairs);
      const checked = validateDocument(repaired);
      return checked.ok ? ok({ document: checked.value, repairs }) : err(valid.error);
    }
    const fixes = new Round(repairs);
    for (const issue of parsed.error.issues) {
      if (!fixIssue(doc, issue, fixes)) return err(valid.error);
    }
    fixes.finish();
  }
  return err(valid.error);
}
