// ELK's answer written back into a document: new positions, routed edges with their handles.

import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { nearestSide } from '../model/shapes';
import { boundingRect } from '../geometry/rect';
import { placeDocumentLabels } from '../model/labelPlaces';
import type { FlowEdge, FlowNode, Point, SalesDocument } from '../model/types';
import { type Rect } from '../geometry/rect';
import { rectOf, squareUp } from './geometry';
import { elkEdgeId, elkNodeId, layoutSet, type LayoutSet } from './layoutSet';
import { makeLabelRoom } from './labelRoom';
import { placeLooseNotes } from './looseNotes';
import { spacingValues, type LayoutOptions } from './options';
import type { Placement, Route } from './placement';
import { RectIndex } from '../geometry/rectIndex';
import { rerouteLoopBacks } from './loopBacks';
import { separateOpposing } from './separateOpposing';
import { snapRouteEnds } from './snapEnds';
import { orderSides } from './sideOrder';
import { layoutSwimlanes } from './swimlanes';

/** ELK answered with something that is not a layout of the graph it was given. */
export class ElkResultError extends Error {
  override readonly name = 'ElkResultError';
}

/**
 * Pure: a new document; `doc` is not touched. The laid-out part keeps its top-left corner where it
 * was, so the diagram does not jump away from the user's view. The document's layout direction
 * becomes the one used, because lane bands are read along it (laneBands.ts).
 * Throws ElkResultError when `elk` does not match the graph toElkGraph made for these arguments.
 */
export function applyElkResult(doc: SalesDocument, elk: ElkNode, options: LayoutOptions): SalesDocument {
  const set = layoutSet(doc, options.scope);
  const elkRects = readNodeRects(set, elk);
  const placement =
    doc.lanes.length > 0 ? layoutSwimlanes(doc, set, elkRects, options) : layoutFree(set, elkRects, readRoutes(set, elk), options);
  orderSides(placement.routes, routeEnds(set), new RectIndex(placement.rects.values()));

  // Anchor at the old top-left corner of what moved.
  const before = boundingRect(set.elkNodes.concat(doc.lanes.length > 0 ? set.looseNotes : []).map(rectOf));
  const after = boundingRect([...placement.rects.values()]);
  const dx = before !== undefined && after !== undefined ? before.x - after.x : 0;
  const dy = before !== undefined && after !== undefined ? before.y - after.y : 0;
  const shift = (point: Point): Point => ({ x: point.x + dx, y: point.y + dy });
  const shifted = new Map<string, Rect>();
  for (const [id, rect] of placement.rects) shifted.set(id, { ...rect, x: rect.x + dx, y: rect.y + dy });
  const shiftedRoutes = new Map<string, Route>();
  for (const [id, route] of placement.routes) shiftedRoutes.set(id, { ...route, points: route.points.map(shift) });
  // Room for labels before loose notes are placed, which stay where they are unless covered. A
  // layout of the selection leaves the rest where it was, which a cut would move away from.
  const roomy = options.scope === undefined ? makeLabelRoom(doc.nodes, doc.edges, { rects: shifted, routes: shiftedRoutes }, options.direction) : { rects: shifted, routes: shiftedRoutes };
  const { rects, routes } = roomy;

  if (doc.lanes.length === 0 && set.looseNotes.length > 0) {
    const still = doc.nodes.filter((node) => !set.moved.has(node.id)).map(rectOf);
    const segments: [Point, Point][] = [];
    for (const route of routes.values()) {
      for (let i = 0; i + 1 < route.points.length; i += 1) segments.push([route.points[i] as Point, route.points[i + 1] as Point]);
    }
    const notes = placeLooseNotes(set.looseNotes.map(rectOf), [...rects.values(), ...still], segments, spacingValues(options.spacing).edgeNode);
    set.looseNotes.forEach((note, index) => {
      const rect = notes[index];
      if (rect !== undefined) rects.set(note.id, rect);
    });
  }

  return writeBack(doc, set, { rects, routes }, options);
}

function readNodeRects(set: LayoutSet, elk: ElkNode): Map<string, Rect> {
  const children = new Map((elk.children ?? []).map((child) => [child.id, child]));
  const rects = new Map<string, Rect>();
  set.elkNodes.forEach((node, index) => {
    const child = children.get(elkNodeId(index));
    const { x, y } = child ?? {};
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new ElkResultError(`no position for node ${index}`);
    }
    rects.set(node.id, { x, y, width: node.size.width, height: node.size.height });
  });
  return rects;
}

function readRoutes(set: LayoutSet, elk: ElkNode): Map<number, Point[]> {
  const edges = new Map((elk.edges ?? []).map((edge) => [edge.id, edge]));
  const routes = new Map<number, Point[]>();
  set.elkEdges.forEach((spec, index) => {
    if (spec.edge === undefined) return;
    const edge = edges.get(elkEdgeId(index));
    const section = edge !== undefined && 'sections' in edge ? edge.sections?.[0] : undefined;
    if (section === undefined) throw new ElkResultError(`no route for edge ${index}`);
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }) => ({ x, y }));
    if (points.some((point) => !Number.isFinite(point.x) || !Number.isFinite(point.y))) {
      throw new ElkResultError(`bad route for edge ${index}`);
    }
    routes.set(index, squareUp(points));
  });
  return routes;
}

/** Without lanes ELK's own routes are kept, only their ends moved to the handles, but for loop-backs (loopBacks.ts). */
function layoutFree(
  set: LayoutSet,
  elkRects: ReadonlyMap<string, Rect>,
  elkRoutes: ReadonlyMap<number, Point[]>,
  options: LayoutOptions,
): Placement {
  const spacing = spacingValues(options.spacing);
  const obstacles = new RectIndex(elkRects.values());
  const routes = new Map<string, Route>();
  const ends = new Map<string, { source: string; target: string }>();
  set.elkEdges.forEach((spec, index) => {
    const points = elkRoutes.get(index);
    const edge = spec.edge;
    if (points === undefined || edge === undefined) return;
    const source = elkRects.get(edge.source);
    const target = elkRects.get(edge.target);
    if (source === undefined || target === undefined) return;
    routes.set(edge.id, snapRouteEnds(points, source, target, obstacles, Math.min(spacing.edgeNode, spacing.nodeNode) / 2));
    ends.set(edge.id, { source: edge.source, target: edge.target });
  });
  rerouteLoopBacks(routes, ends, elkRects, options.direction);
  separateOpposing(routes, ends, elkRects, obstacles, Math.min(spacing.edgeNode, spacing.nodeNode) / 2);
  return { rects: new Map(elkRects), routes };
}

function writeBack(doc: SalesDocument, set: LayoutSet, placement: Placement, options: LayoutOptions): SalesDocument {
  const nodes = doc.nodes.map((node): FlowNode => {
    const rect = placement.rects.get(node.id);
    return rect === undefined ? node : { ...node, position: { x: rect.x, y: rect.y } };
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const labelPlaces = placeLabels(doc, nodes, placement);
  const edges = doc.edges.map((edge): FlowEdge => {
    const route = placement.routes.get(edge.id);
    if (route !== undefined) {
      const routed: FlowEdge = { ...edge, points: route.points, sourceHandle: route.sourceHandle, targetHandle: route.targetHandle };
      const labelAt = labelPlaces.get(edge.id);
      if (labelAt === undefined) delete routed.labelAt;
      else routed.labelAt = labelAt;
      return routed;
    }
    if (!set.moved.has(edge.source) && !set.moved.has(edge.target)) return edge;
    // An edge between what moved and what did not: no route fits any more, so the canvas draws
    // its ordinary step edge between the sides that face each other.
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    const rest: FlowEdge = { ...edge };
    delete rest.points;
    delete rest.labelAt;
    if (source === undefined || target === undefined) return rest;
    return {
      ...rest,
      sourceHandle: nearestSide(source, centerOf(target)),
      targetHandle: nearestSide(target, centerOf(source)),
    };
  });
  return { ...doc, settings: { ...doc.settings, direction: options.direction }, nodes, edges };
}

/**
 * Label places for the labelled edges this layout routed, from the placer the canvas and every
 * export use (src/model/labelPlaces.ts), clear of every node at its new place, of the badges and
 * chips, and of the labels of routed edges it left alone (a layout of the selection).
 */
function placeLabels(doc: SalesDocument, nodes: readonly FlowNode[], placement: Placement): Map<string, Point> {
  const routes = new Map<string, readonly Point[]>();
  const edges: FlowEdge[] = [];
  for (const edge of doc.edges) {
    const route = placement.routes.get(edge.id);
    if (route !== undefined) {
      routes.set(edge.id, route.points);
      // Its old place belongs to its old route.
      const fresh = { ...edge };
      delete fresh.labelAt;
      edges.push(fresh);
    } else if (edge.points !== undefined && edge.points.length >= 2) {
      routes.set(edge.id, edge.points);
      edges.push(edge);
    }
  }
  const places = placeDocumentLabels(nodes, edges, routes);
  const labelAt = new Map<string, Point>();
  for (const edge of edges) {
    const place = places.get(edge.id);
    if (placement.routes.has(edge.id) && place?.label) labelAt.set(edge.id, place.centre);
  }
  return labelAt;
}

function routeEnds(set: LayoutSet): Map<string, { source: string; target: string }> {
  return new Map(set.elkEdges.flatMap((spec) => (spec.edge === undefined ? [] : [[spec.edge.id, { source: spec.edge.source, target: spec.edge.target }] as const])));
}

function centerOf(node: FlowNode): Point {
  return { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
}
