// A document written as what changed since a version the database holds. Closing a tab must write
// the unsaved work synchronously (emergency.ts); an 11 MB document took 0.4 s to compress on an
// idle machine and over a second on a busy one, inside `beforeunload`. Edits keep every node and
// edge they do not touch as the same object (the store's operations copy only what changes), so
// the changes since the last save are found by identity and are a few kilobytes.

import { isPlainObject } from '../lib/isPlainObject';
import type { FlowEdge, FlowNode, SalesDocument } from '../model/types';

/** Every id in order, and the entities that differ from the base's entity of the same id. */
export interface EntityPatch<T> {
  ids: string[];
  changed: T[];
}

export interface DocumentPatch {
  /** Top-level fields other than nodes and edges whose value changed, in full. */
  fields: Record<string, unknown>;
  /** Top-level fields the base has and the document no longer does. */
  removed: string[];
  nodes: EntityPatch<FlowNode>;
  edges: EntityPatch<FlowEdge>;
}

function diffEntities<T extends { id: string }>(base: readonly T[], next: readonly T[]): EntityPatch<T> {
  const before = new Map(base.map((entity) => [entity.id, entity]));
  return { ids: next.map((entity) => entity.id), changed: next.filter((entity) => before.get(entity.id) !== entity) };
}

export function diffDocument(base: SalesDocument, next: SalesDocument): DocumentPatch {
  const fields: Record<string, unknown> = {};
  const removed: string[] = [];
  const baseFields = base as unknown as Record<string, unknown>;
  const nextFields = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(nextFields)) {
    if (key !== 'nodes' && key !== 'edges' && baseFields[key] !== value) fields[key] = value;
  }
  for (const key of Object.keys(baseFields)) if (!Object.hasOwn(nextFields, key)) removed.push(key);
  return { fields, removed, nodes: diffEntities(base.nodes, next.nodes), edges: diffEntities(base.edges, next.edges) };
}

function isEntityPatch(value: unknown): value is EntityPatch<{ id: string }> {
  return (
    isPlainObject(value) &&
    Array.isArray(value['ids']) &&
    value['ids'].every((id) => typeof id === 'string') &&
    Array.isArray(value['changed']) &&
    value['changed'].every((entity) => isPlainObject(entity) && typeof entity['id'] === 'string')
  );
}

/** The shape of a patch read back from storage; its entities are checked once applied. */
export function isDocumentPatch(value: unknown): value is DocumentPatch {
  return (
    isPlainObject(value) &&
    isPlainObject(value['fields']) &&
    Array.isArray(value['removed']) &&
    value['removed'].every((key) => typeof key === 'string') &&
    isEntityPatch(value['nodes']) &&
    isEntityPatch(value['edges'])
  );
}

function applyEntities(base: readonly { id: string }[], patch: EntityPatch<{ id: string }>): unknown[] | null {
  const changed = new Map(patch.changed.map((entity) => [entity.id, entity]));
  const before = new Map(base.map((entity) => [entity.id, entity]));
  const entities: unknown[] = [];
  for (const id of patch.ids) {
    const entity = changed.get(id) ?? before.get(id);
    if (entity === undefined) return null;
    entities.push(entity);
  }
  return entities;
}

/**
 * The document the patch was made from, rebuilt on its base: unchecked, for the caller to validate
 * as it validates a file. Null when the patch names an entity neither it nor the base has.
 */
export function applyPatch(base: SalesDocument, patch: DocumentPatch): unknown {
  const nodes = applyEntities(base.nodes, patch.nodes);
  const edges = applyEntities(base.edges, patch.edges);
  if (nodes === null || edges === null) return null;
  const fields: Record<string, unknown> = { ...base, ...patch.fields, nodes, edges };
  for (const key of patch.removed) delete fields[key];
  return fields;
}
