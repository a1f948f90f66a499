// What an operation did to a document, record by record: the common language of history (undo
// applies the inverse), autosave and, later, live collaboration. A change names its record by id
// and each changed field with its value before and after (`undefined`: the field is absent), so
// that it can be inverted and applied to a document that has moved on in unrelated places.

import type { DealData, FlowEdge, FlowNode, Lane, SalesDocument, Scenario, Settings, WalkthroughStep } from '../types';

export interface RecordTypes {
  nodes: FlowNode;
  edges: FlowEdge;
  lanes: Lane;
  scenarios: Scenario;
  walkthroughSteps: WalkthroughStep;
}

export type CollectionName = keyof RecordTypes;

export const COLLECTIONS: readonly CollectionName[] = ['lanes', 'nodes', 'edges', 'scenarios', 'walkthroughSteps'];

/** Collections ordered by their records' order keys (src/lib/orderKey.ts), not by their place. */
export const ORDERED_COLLECTIONS: ReadonlySet<CollectionName> = new Set(['lanes', 'walkthroughSteps']);

/** The document's own fields that an operation may change (its id and creation time never do). */
export interface DocumentFields {
  title: string;
  dealData: DealData | undefined;
}

export type DocumentFieldName = keyof DocumentFields;

export interface FieldChange<Field extends string = string> {
  field: Field;
  from: unknown;
  to: unknown;
}

export type RecordChange = {
  [C in CollectionName]:
    | { type: 'add'; collection: C; record: RecordTypes[C]; index: number }
    | { type: 'remove'; collection: C; record: RecordTypes[C]; index: number }
    | { type: 'update'; collection: C; id: string; fields: FieldChange<Extract<keyof RecordTypes[C], string>>[] };
}[CollectionName];

export type Change =
  | RecordChange
  | { type: 'document'; fields: FieldChange<DocumentFieldName>[] }
  | { type: 'settings'; fields: FieldChange<Extract<keyof Settings, string>>[] };

export function collectionOf<C extends CollectionName>(document: SalesDocument, collection: C): readonly RecordTypes[C][] {
  const collections: { [K in CollectionName]: readonly RecordTypes[K][] } = {
    nodes: document.nodes,
    edges: document.edges,
    lanes: document.lanes,
    scenarios: document.scenarios,
    walkthroughSteps: document.walkthrough.steps,
  };
  return collections[collection];
}

export function withCollection<C extends CollectionName>(
  document: SalesDocument,
  collection: C,
  records: RecordTypes[C][],
): SalesDocument {
  switch (collection) {
    case 'nodes':
      return { ...document, nodes: records as FlowNode[] };
    case 'edges':
      return { ...document, edges: records as FlowEdge[] };
    case 'lanes':
      return { ...document, lanes: records as Lane[] };
    case 'scenarios':
      return { ...document, scenarios: records as Scenario[] };
    case 'walkthroughSteps':
      return { ...document, walkthrough: { ...document.walkthrough, steps: records as WalkthroughStep[] } };
  }
  return document;
}

function invertFields<F extends string>(fields: readonly FieldChange<F>[]): FieldChange<F>[] {
  return fields.map(({ field, from, to }) => ({ field, from: to, to: from }));
}

function invertChange(change: Change): Change {
  switch (change.type) {
    case 'add':
      return { ...change, type: 'remove' } as Change;
    case 'remove':
      return { ...change, type: 'add' } as Change;
    case 'update':
      return { ...change, fields: invertFields(change.fields) } as Change;
    case 'document':
      return { type: 'document', fields: invertFields(change.fields) };
    case 'settings':
      return { type: 'settings', fields: invertFields(change.fields) };
  }
}

/** The changes that undo `changes`: each inverted, in reverse order. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return [...changes].reverse().map(invertChange);
}

/** Which records a list of changes touches, by collection: what a view needs to redraw. */
export function touchedIds(changes: readonly Change[], collection: CollectionName): Set<string> {
  const ids = new Set<string>();
  for (const change of changes) {
    if (change.type === 'document' || change.type === 'settings' || change.collection !== collection) continue;
    ids.add(change.type === 'update' ? change.id : change.record.id);
  }
  return ids;
}
