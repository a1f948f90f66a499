// Edge routes for a document: which sides an edge leaves and enters, and the shared router of
// src/geometry/routing. The canvas (through routeBook.ts) and every export draw these same routes.
// Routes of edges the user drew are computed, never stored; an auto layout's route is stored as
// bend points and drawn through them.

import { RectIndex } from '../geometry/rectIndex';
import { routeOrthogonal, routeThrough } from '../geometry/routing/routeOrthogonal';
import type { Obstacle, Route, RouteEnd } from '../geometry/routing/types';
import { rectOfNode } from './rect';
import { anchorPoint, facingSides, nearestSide } from './shapes';
import type { FlowEdge, FlowNode, HandleSide, Point, SalesDocument } from './types';

export interface EdgeRoute {
  edge: FlowEdge;
  source: FlowNode;
  target: FlowNode;
  /** From the source's outline to the target's outline, orthogonal, without collinear points. */
  points: Point[];
}

function obstacleOf(node: FlowNode): Obstacle {
  return { id: node.id, ...rectOfNode(node) };
}

/** The boxes routes keep clear of: every node. */
export function nodeObstacles(nodes: readonly FlowNode[]): RectIndex<Obstacle> {
  return new RectIndex(nodes.map(obstacleOf));
}

/**
 * The sides an edge leaves and enters by: the handles it names, or else the sides nearest its
 * stored bends, or else the sides its two nodes face each other with.
 */
export function edgeSides(edge: FlowEdge, source: FlowNode, target: FlowNode): [HandleSide, HandleSide] {
  const bends = edge.points ?? [];
  const first = bends[0];
  const last = bends[bends.length - 1];
  const [facingSource, facingTarget] = facingSides(source, target);
  return [
    edge.sourceHandle ?? (first === undefined ? facingSource : nearestSide(source, first)),
    edge.targetHandle ?? (last === undefined ? facingTarget : nearestSide(target, last)),
  ];
}

export function routeEnds(edge: FlowEdge, source: FlowNode, target: FlowNode): [RouteEnd, RouteEnd] {
  const [sourceSide, targetSide] = edgeSides(edge, source, target);
  return [
    { box: rectOfNode(source), side: sourceSide, anchor: anchorPoint(source, sourceSide) },
    { box: rectOfNode(target), side: targetSide, anchor: anchorPoint(target, targetSide) },
  ];
}

export function routeEdge(edge: FlowEdge, source: FlowNode, target: FlowNode, obstacles: RectIndex<Obstacle>): Route {
  const [from, to] = routeEnds(edge, source, target);
  const bends = edge.points ?? [];
  if (bends.length > 0) return { points: routeThrough(from, to, bends), dependsOn: null };
  return routeOrthogonal(from, to, obstacles, new Set([source.id, target.id]));
}

/**
 * Routes of every edge whose two ends exist, in document order. `aroundNodes: false` leaves out
 * the detours around other nodes, for a picture too small to show them.
 */
export function routeEdges(doc: Pick<SalesDocument, 'nodes' | 'edges'>, { aroundNodes = true } = {}): EdgeRoute[] {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const obstacles = nodeObstacles(aroundNodes ? doc.nodes : []);
  const routes: EdgeRoute[] = [];
  for (const edge of doc.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined) continue;
    routes.push({ edge, source, target, points: routeEdge(edge, source, target, obstacles).points });
  }
  return routes;
}

