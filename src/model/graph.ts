// Pure edits of a document: each takes a document and returns a new one, sharing every record it
// did not change, so undo history stays cheap and React can compare by reference. An edit that
// changes nothing returns the very same document. Timestamps are the store's business.

import { keyBetween } from '../lib/orderKey';
import { err, ok, type Result } from '../lib/result';
import { growRect } from '../geometry/rect';
import { CLEARANCE } from '../geometry/routing/types';
import { segmentEntersRect } from '../geometry/segments';
import { MAX_COORDINATE } from './limits';
import { rectOfNode } from './rect';
import { tidyReferences } from './validate';
import type { ConnectError } from './errors';
import type { FlowEdge, FlowNode, HandleSide, Lane, Point, SalesDocument } from './types';

/** Fields to change; a field set to `undefined` is removed from the record. */
export type NodePatch = Partial<Omit<FlowNode, 'id'>>;
/** Fields to change; ends are changed with `reconnectEdge`, which checks them. */
export type EdgePatch = Partial<Omit<FlowEdge, 'id' | 'source' | 'target'>>;
export type LanePatch = Partial<Omit<Lane, 'id' | 'order'>>;
/** A lane to add: its order key is given by where it goes. */
export type NewLane = Omit<Lane, 'order'>;

/** Nodes and the edges among them, detached from any document: a copy, a paste, a template part. */
export interface Fragment {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export interface EdgeEnds {
  source: string;
  target: string;
  sourceHandle?: HandleSide;
  targetHandle?: HandleSide;
}

export interface DocumentIndex {
  nodesById: Map<string, FlowNode>;
  edgesById: Map<string, FlowEdge>;
  lanesById: Map<string, Lane>;
  /** Every node has an entry, empty when it has no outgoing edge; edges in document order. */
  outgoing: Map<string, FlowEdge[]>;
  incoming: Map<string, FlowEdge[]>;
}

// Spreading defines own properties, so a patch key such as `__proto__` cannot reach a prototype.
function applyPatch<T extends object>(base: T, patch: object): T {
  const next = { ...base, ...patch } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
  }
  return next as T;
}

function without<T extends object>(record: T, key: keyof T): T {
  const next = { ...record };
  delete next[key];
  return next;
}

/** The edge without the route and label place an auto layout gave it. */
function withoutRoute(edge: FlowEdge): FlowEdge {
  const next = { ...edge };
  delete next.points;
  delete next.labelAt;
  return next;
}

function mapChanged<T>(items: T[], change: (item: T) => T): T[] {
  let changed = false;
  const next = items.map((item) => {
    const result = change(item);
    if (result !== item) changed = true;
    return result;
  });
  return changed ? next : items;
}

export function buildIndex(doc: SalesDocument): DocumentIndex {
  const nodesById = new Map<string, FlowNode>();
  const outgoing = new Map<string, FlowEdge[]>();
  const incoming = new Map<string, FlowEdge[]>();
  for (const node of doc.nodes) {
    nodesById.set(node.id, node);
    outgoing.set(node.id, []);
    incoming.set(node.id, []);
  }
  const edgesById = new Map<string, FlowEdge>();
  for (const edge of doc.edges) {
    edgesById.set(edge.id, edge);
    outgoing.get(edge.source)?.push(edge);
    incoming.get(edge.target)?.push(edge);
  }
  const lanesById = new Map(doc.lanes.map((lane) => [lane.id, lane]));
  return { nodesById, edgesById, lanesById, outgoing, incoming };
}

// Nodes ------------------------------------------------------------------------------------------

/** Appends `node`; its id must be fresh (createId) and the caller keeps within MAX_NODES. */
export function addNode(doc: SalesDocument, node: FlowNode): SalesDocument {
  return { ...doc, nodes: [...doc.nodes, node] };
}

export function updateNode(doc: SalesDocument, id: string, patch: NodePatch): SalesDocument {
  const nodes = mapChanged(doc.nodes, (node) => (node.id === id ? { ...applyPatch(node, patch), id } : node));
  return nodes === doc.nodes ? doc : { ...doc, nodes };
}

/** Removes the nodes, every edge touching them, and notes' attachments to them. */
export function removeNodes(doc: SalesDocument, ids: Iterable<string>): SalesDocument {
  const gone = new Set(ids);
  if (!doc.nodes.some((node) => gone.has(node.id))) return doc;
  const nodes = doc.nodes
    .filter((node) => !gone.has(node.id))
    .map((node) => (node.attachedTo !== undefined && gone.has(node.attachedTo) ? without(node, 'attachedTo') : node));
  const edges = doc.edges.filter((edge) => !gone.has(edge.source) && !gone.has(edge.target));
  // Walkthrough steps and scenario values of the removed records go with them.
  return tidyReferences({ ...doc, nodes, edges: edges.length === doc.edges.length ? doc.edges : edges });
}

function clampCoordinate(value: number): number {
  return Math.max(-MAX_COORDINATE, Math.min(MAX_COORDINATE, value));
}

/**
 * Sets the positions of the given nodes. Routed bend points of edges touching a moved node no
 * longer fit its new place, so they are cleared; the next layout routes them again.
 */
export function moveNodes(doc: SalesDocument, positions: ReadonlyMap<string, Point>): SalesDocument {
  const nodes = mapChanged(doc.nodes, (node) => {
    const position = positions.get(node.id);
    if (position === undefined) return node;
    // The canvas is large but not endless: a nudge past its edge stops there.
    const x = clampCoordinate(position.x);
    const y = clampCoordinate(position.y);
    if (x === node.position.x && y === node.position.y) return node;
    return { ...node, position: { x, y } };
  });
  if (nodes === doc.nodes) return doc;
  const edges = mapChanged(doc.edges, (edge) =>
    edge.points !== undefined && (positions.has(edge.source) || positions.has(edge.target)) ? withoutRoute(edge) : edge,
  );
  return { ...doc, nodes, edges };
}

/**
 * A stored route that now runs through (or within the routes' clearance of) one of these nodes is
 * cleared, so the router draws the edge around it instead.
 */
export function dropBlockedRoutes(doc: SalesDocument, nodeIds: ReadonlySet<string>): SalesDocument {
  const boxes = doc.nodes.filter((node) => nodeIds.has(node.id)).map((node) => ({ id: node.id, box: growRect(rectOfNode(node), CLEARANCE) }));
  if (boxes.length === 0) return doc;
  const edges = mapChanged(doc.edges, (edge) => {
    const points = edge.points;
    if (points === undefined) return edge;
    for (const { id, box } of boxes) {
      if (id === edge.source || id === edge.target) continue;
      for (let i = 1; i < points.length; i++) {
        if (segmentEntersRect(points[i - 1] as Point, points[i] as Point, box)) return withoutRoute(edge);
      }
    }
    return edge;
  });
  return edges === doc.edges ? doc : { ...doc, edges };
}

// Edges ------------------------------------------------------------------------------------------

/**
 * Why an edge from `source` to `target` may not be drawn, or null when it may. `ignoreEdgeId`
 * leaves out the edge being reconnected, so it does not count as its own duplicate.
 */
export function checkConnection(
  doc: SalesDocument,
  source: string,
  target: string,
  ignoreEdgeId?: string,
): ConnectError | null {
  if (source === target) return { code: 'self-loop' };
  let hasSource = false;
  let hasTarget = false;
  for (const node of doc.nodes) {
    if (node.id === source) hasSource = true;
    if (node.id === target) hasTarget = true;
  }
  if (!hasSource) return { code: 'missing-node', id: source };
  if (!hasTarget) return { code: 'missing-node', id: target };
  const existing = doc.edges.find((edge) => edge.id !== ignoreEdgeId && edge.source === source && edge.target === target);
  return existing === undefined ? null : { code: 'duplicate-edge', existingId: existing.id };
}

/** Adds an edge unless it loops on one node, repeats an existing connection or reuses an id. */
export function addEdge(doc: SalesDocument, edge: FlowEdge): Result<SalesDocument, ConnectError> {
  const refused = checkConnection(doc, edge.source, edge.target);
  if (refused !== null) return err(refused);
  if (doc.edges.some((other) => other.id === edge.id)) return err({ code: 'duplicate-id', id: edge.id });
  return ok({ ...doc, edges: [...doc.edges, edge] });
}

/** Moves an edge's ends (React Flow's reconnect); its routed points are cleared. */
export function reconnectEdge(doc: SalesDocument, id: string, ends: EdgeEnds): Result<SalesDocument, ConnectError> {
  const refused = checkConnection(doc, ends.source, ends.target, id);
  if (refused !== null) return err(refused);
  const edges = mapChanged(doc.edges, (edge) => {
    if (edge.id !== id) return edge;
    const next: FlowEdge = { ...withoutRoute(edge), source: ends.source, target: ends.target };
    delete next.sourceHandle;
    delete next.targetHandle;
    if (ends.sourceHandle !== undefined) next.sourceHandle = ends.sourceHandle;
    if (ends.targetHandle !== undefined) next.targetHandle = ends.targetHandle;
    return next;
  });
  return ok(edges === doc.edges ? doc : { ...doc, edges });
}

export function updateEdge(doc: SalesDocument, id: string, patch: EdgePatch): SalesDocument {
  const edges = mapChanged(doc.edges, (edge) =>
    edge.id === id ? { ...applyPatch(edge, patch), id, source: edge.source, target: edge.target } : edge,
  );
  return edges === doc.edges ? doc : { ...doc, edges };
}

export function removeEdges(doc: SalesDocument, ids: Iterable<string>): SalesDocument {
  const gone = new Set(ids);
  const edges = doc.edges.filter((edge) => !gone.has(edge.id));
  return edges.length === doc.edges.length ? doc : tidyReferences({ ...doc, edges });
}

/** Removes edges whose source or target no longer exists. */
export function dropDanglingEdges(doc: SalesDocument): SalesDocument {
  const nodeIds = new Set(doc.nodes.map((node) => node.id));
  const edges = doc.edges.filter((edge) => nodeIds.has(edge.source) && nodeIds.has(edge.target));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}

// Fragments --------------------------------------------------------------------------------------

function offsetPoint(point: Point, offset: Point): Point {
  return { x: point.x + offset.x, y: point.y + offset.y };
}

/**
 * Copies of the given nodes (in document order) with fresh ids, moved by `offset`, and of the
 * edges between them. Edges to nodes left out are dropped, as are attachments to them; lanes are
 * kept, and insertFragment clears them if the target document lacks the lane.
 */
export function cloneSelection(
  doc: SalesDocument,
  nodeIds: Iterable<string>,
  newId: () => string,
  offset: Point,
): Fragment {
  const selected = new Set(nodeIds);
  const copies = doc.nodes.filter((node) => selected.has(node.id));
  const idMap = new Map(copies.map((node) => [node.id, newId()]));

  const nodes = copies.map((node): FlowNode => {
    let copy: FlowNode = {
      ...node,
      id: idMap.get(node.id) ?? newId(),
      position: offsetPoint(node.position, offset),
      size: { ...node.size },
    };
    if (node.style !== undefined) copy.style = { ...node.style };
    if (node.details !== undefined) copy.details = { ...node.details };
    if (node.attachedTo !== undefined) {
      const attachedTo = idMap.get(node.attachedTo);
      copy = attachedTo === undefined ? without(copy, 'attachedTo') : { ...copy, attachedTo };
    }
    return copy;
  });

  const edges: FlowEdge[] = [];
  for (const edge of doc.edges) {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const copy: FlowEdge = { ...edge, id: newId(), source, target };
    if (edge.points !== undefined) copy.points = edge.points.map((point) => offsetPoint(point, offset));
    if (edge.labelAt !== undefined) copy.labelAt = offsetPoint(edge.labelAt, offset);
    edges.push(copy);
  }
  return { nodes, edges };
}

/**
 * Adds a fragment, keeping the document's invariants whatever the fragment holds: nodes whose id
 * is taken are skipped; lanes and attachments that do not exist are cleared; edges that would
 * dangle, loop on one node, repeat a connection or reuse an id are dropped.
 */
export function insertFragment(doc: SalesDocument, fragment: Fragment): SalesDocument {
  const laneIds = new Set(doc.lanes.map((lane) => lane.id));
  const nodeIds = new Set(doc.nodes.map((node) => node.id));
  const added: FlowNode[] = [];
  for (const node of fragment.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    added.push(node);
  }
  const nodes = added.map((node) => {
    let next = node;
    if (next.laneId !== undefined && !laneIds.has(next.laneId)) next = without(next, 'laneId');
    if (next.attachedTo !== undefined && (next.attachedTo === next.id || !nodeIds.has(next.attachedTo))) {
      next = without(next, 'attachedTo');
    }
    return next;
  });

  const edgeIds = new Set(doc.edges.map((edge) => edge.id));
  const targetsBySource = new Map<string, Set<string>>();
  const connect = (edge: FlowEdge): boolean => {
    const targets = targetsBySource.get(edge.source) ?? new Set<string>();
    targetsBySource.set(edge.source, targets);
    if (targets.has(edge.target)) return false;
    targets.add(edge.target);
    return true;
  };
  for (const edge of doc.edges) connect(edge);
  const edges: FlowEdge[] = [];
  for (const edge of fragment.edges) {
    if (edgeIds.has(edge.id) || edge.source === edge.target) continue;
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target) || !connect(edge)) continue;
    edgeIds.add(edge.id);
    edges.push(edge);
  }

  if (nodes.length === 0 && edges.length === 0) return doc;
  return { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] };
}

// Lanes ------------------------------------------------------------------------------------------

/** Inserts `lane` at `index` (clamped; at the end by default), with the order key of that place. */
export function addLane(doc: SalesDocument, lane: NewLane, index: number = doc.lanes.length): SalesDocument {
  const at = Math.max(0, Math.min(doc.lanes.length, Math.trunc(index)));
  const order = keyBetween(doc.lanes[at - 1]?.order ?? null, doc.lanes[at]?.order ?? null);
  return { ...doc, lanes: [...doc.lanes.slice(0, at), { ...lane, order }, ...doc.lanes.slice(at)] };
}

export function updateLane(doc: SalesDocument, id: string, patch: LanePatch): SalesDocument {
  const lanes = mapChanged(doc.lanes, (lane) => (lane.id === id ? { ...applyPatch(lane, patch), id, order: lane.order } : lane));
  return lanes === doc.lanes ? doc : { ...doc, lanes };
}

export function renameLane(doc: SalesDocument, id: string, label: string): SalesDocument {
  return updateLane(doc, id, { label });
}

/**
 * Moves a lane to `toIndex` (clamped) in the band order by giving it the order key of that place:
 * the other lanes keep theirs, so a move is one field of one lane.
 */
export function moveLane(doc: SalesDocument, id: string, toIndex: number): SalesDocument {
  const from = doc.lanes.findIndex((lane) => lane.id === id);
  const lane = doc.lanes[from];
  if (lane === undefined) return doc;
  const to = Math.max(0, Math.min(doc.lanes.length - 1, Math.trunc(toIndex)));
  if (to === from) return doc;
  const others = doc.lanes.filter((_, index) => index !== from);
  const order = keyBetween(others[to - 1]?.order ?? null, others[to]?.order ?? null);
  const lanes = [...others];
  lanes.splice(to, 0, { ...lane, order });
  return { ...doc, lanes };
}

/** Removes a lane; its nodes stay, unassigned. */
export function removeLane(doc: SalesDocument, id: string): SalesDocument {
  const lanes = doc.lanes.filter((lane) => lane.id !== id);
  if (lanes.length === doc.lanes.length) return doc;
  const nodes = mapChanged(doc.nodes, (node) => (node.laneId === id ? without(node, 'laneId') : node));
  return { ...doc, lanes, nodes };
}
