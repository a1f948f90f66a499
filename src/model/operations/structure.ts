// Operations that add, connect, move and remove records: the canvas's gestures and the commands.

import { alignNodes as alignPositions, distributeNodes as distributePositions, type Alignment, type Axis } from '../arrange';
import {
  addEdge,
  addNode as appendNode,
  insertFragment as insertRecords,
  dropBlockedRoutes,
  moveNodes as movePositions,
  reconnectEdge,
  removeEdges,
  removeNodes,
  updateNode,
  type EdgeEnds,
  type Fragment,
} from '../graph';
import { defaultSize } from '../kinds';
import { MAX_COORDINATE, MAX_EDGES, MAX_NODES } from '../limits';
import type { FlowEdge, FlowNode, NodeKind, Outcome, Point, SalesDocument, Size } from '../types';
import { finish, refuse, type Operation } from './operation';

export interface NewNode {
  id: string;
  kind: NodeKind;
  label: string;
  position: Point;
  laneId?: string;
  /** For an end: the palette's `Won end` and `Lost end`. A plain end starts neutral. */
  outcome?: Outcome;
}

/**
 * What a node of each kind starts with besides its size: the one place these defaults live. An end
 * gets no outcome unless asked: a default of won counted every lost end drawn by hand as a win.
 */
export function nodeOfKind({ id, kind, label, position, laneId, outcome }: NewNode): FlowNode {
  const node: FlowNode = { id, kind, label, position, size: defaultSize(kind) };
  if (laneId !== undefined) node.laneId = laneId;
  if (kind === 'start') node.volume = 100;
  if (kind === 'end' && outcome !== undefined) node.outcome = outcome;
  return node;
}

/** Adds one node of a kind, with its kind's defaults; a lane that does not exist is left out. */
export function addNode(spec: NewNode): Operation {
  return (doc) => {
    if (doc.nodes.length >= MAX_NODES) return refuse({ code: 'too-many', collection: 'nodes', limit: MAX_NODES });
    const node = nodeOfKind(spec);
    if (node.laneId !== undefined && !doc.lanes.some((lane) => lane.id === node.laneId)) delete node.laneId;
    return finish(doc, appendNode(doc, node));
  };
}

/**
 * Adds nodes and the edges among them (a paste, a duplicate, a quick add). Refused whole when it
 * would pass a cap: a part of a paste is worse than none.
 */
export function insertFragment(fragment: Fragment): Operation {
  return (doc) => {
    if (doc.nodes.length + fragment.nodes.length > MAX_NODES) return refuse({ code: 'too-many', collection: 'nodes', limit: MAX_NODES });
    if (doc.edges.length + fragment.edges.length > MAX_EDGES) return refuse({ code: 'too-many', collection: 'edges', limit: MAX_EDGES });
    return finish(doc, insertRecords(doc, fragment));
  };
}

export function connect(edge: FlowEdge): Operation {
  return (doc) => {
    if (doc.edges.length >= MAX_EDGES) return refuse({ code: 'too-many', collection: 'edges', limit: MAX_EDGES });
    const added = addEdge(doc, edge);
    return added.ok ? finish(doc, added.value) : refuse(added.error);
  };
}

export function reconnect(id: string, ends: EdgeEnds): Operation {
  return (doc) => {
    if (!doc.edges.some((edge) => edge.id === id)) return refuse({ code: 'not-found', id });
    const moved = reconnectEdge(doc, id, ends);
    return moved.ok ? finish(doc, moved.value) : refuse(moved.error);
  };
}

const outsideCanvas = (point: Point) => Math.abs(point.x) > MAX_COORDINATE || Math.abs(point.y) > MAX_COORDINATE;

/**
 * Sets positions, stopping at the canvas's edge (and saying so). Routes of edges touching a moved
 * node are dropped, and so are stored routes the moved nodes now block.
 */
export function moveNodes(positions: ReadonlyMap<string, Point>): Operation {
  return (doc) => {
    const clamped = [...positions.values()].some(outsideCanvas);
    const moved = dropBlockedRoutes(movePositions(doc, positions), new Set(positions.keys()));
    return finish(doc, moved, clamped ? [{ code: 'position-clamped', limit: MAX_COORDINATE }] : []);
  };
}

/**
 * One frame of a drag: like moveNodes, but stored routes the nodes pass over stay until the drop
 * (releaseDraggedNodes), so a node swept across a laid-out diagram does not strip it on the way.
 */
export function dragNodes(positions: ReadonlyMap<string, Point>): Operation {
  return (doc) => {
    const clamped = [...positions.values()].some(outsideCanvas);
    return finish(doc, movePositions(doc, positions), clamped ? [{ code: 'position-clamped', limit: MAX_COORDINATE }] : []);
  };
}

/** The drop that ends a drag: stored routes the dragged nodes now block are dropped. */
export function releaseDraggedNodes(nodeIds: readonly string[]): Operation {
  return (doc) => finish(doc, dropBlockedRoutes(doc, new Set(nodeIds)));
}

export function nudgeNodes(nodeIds: readonly string[], delta: Point): Operation {
  return (doc) => {
    const selected = new Set(nodeIds);
    const positions = new Map<string, Point>();
    for (const node of doc.nodes) {
      if (selected.has(node.id)) positions.set(node.id, { x: node.position.x + delta.x, y: node.position.y + delta.y });
    }
    return moveNodes(positions)(doc);
  };
}

export function alignNodes(nodeIds: readonly string[], alignment: Alignment): Operation {
  return (doc) => finish(doc, alignPositions(doc, nodeIds, alignment));
}

export function distributeNodes(nodeIds: readonly string[], axis: Axis): Operation {
  return (doc) => finish(doc, distributePositions(doc, nodeIds, axis));
}

export function resizeNode(id: string, position: Point, size: Size): Operation {
  return (doc) => {
    if (!doc.nodes.some((node) => node.id === id)) return refuse({ code: 'not-found', id });
    const moved = movePositions(doc, new Map([[id, position]]));
    return finish(doc, dropBlockedRoutes(updateNode(moved, id, { size }), new Set([id])));
  };
}

/** Puts nodes in lanes (`undefined`: no lane); a lane that does not exist is ignored. */
export function assignLanes(assignments: ReadonlyMap<string, string | undefined>): Operation {
  return (doc) => {
    const laneIds = new Set(doc.lanes.map((lane) => lane.id));
    const nodes = doc.nodes.map((node) => {
      if (!assignments.has(node.id)) return node;
      const laneId = assignments.get(node.id);
      if (laneId === node.laneId || (laneId !== undefined && !laneIds.has(laneId))) return node;
      const next = { ...node };
      if (laneId === undefined) delete next.laneId;
      else next.laneId = laneId;
      return next;
    });
    return finish(doc, { ...doc, nodes });
  };
}

/** Removes nodes (with every edge touching them) and edges. */
export function removeRecords(nodeIds: readonly string[], edgeIds: readonly string[]): Operation {
  return (doc: SalesDocument) => finish(doc, removeEdges(removeNodes(doc, nodeIds), edgeIds));
}
