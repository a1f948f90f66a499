// Orthogonal routes between the handle sides of two nodes, for edges the layout has not routed:
// clear of their own two nodes, and of other nodes where one of a few simple shapes allows.
// Routed edges (with `points`) pass through their bend points as the layout placed them.

import { anchorPoint, facingSides, nearestSide, sideNormal } from '../../model/shapes';
import type { FlowEdge, FlowNode, HandleSide, Point, SalesDocument } from '../../model/types';
import { buildObstacleIndex, nodeCore, segmentEnters, type ObstacleIndex } from './obstacleIndex';
import type { Rect } from '../../geometry/rect';

/** How far a route leaves a node straight out of its side before it may turn. */
export const STUB = 20;

export interface EdgeRoute {
  edge: FlowEdge;
  source: FlowNode;
  target: FlowNode;
  /** From the source's outline to the target's outline, without repeated or collinear points. */
  points: Point[];
}

function isHorizontal(side: HandleSide): boolean {
  return side === 'left' || side === 'right';
}

function boxOf(node: FlowNode): Rect {
  return { x: node.position.x, y: node.position.y, width: node.size.width, height: node.size.height };
}

function direction(p: Point, q: Point): Point {
  const length = Math.hypot(q.x - p.x, q.y - p.y);
  return length === 0 ? { x: 0, y: 0 } : { x: (q.x - p.x) / length, y: (q.y - p.y) / length };
}

const BEND_COST = 24;
const SHORT_END_COST = 200;
const MIN_END_SEGMENT = 12;
const OTHER_NODE_COST = 2000;
const WRONG_WAY_COST = 5000;
const OWN_NODE_COST = 10000;

interface Obstacles {
  ends: readonly FlowNode[];
  cores: readonly Rect[];
  others: ObstacleIndex | null;
}

/** Length and bends, plus penalties for entering a node, leaving or arriving the wrong way, and U-turns. */
function cost(points: readonly Point[], n0: Point, n1: Point, obstacles: Obstacles): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (p === undefined || q === undefined) continue;
    total += Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    if (Math.abs(p.x - q.x) > 1e-6 && Math.abs(p.y - q.y) > 1e-6) total += WRONG_WAY_COST;
    for (const box of obstacles.cores) if (segmentEnters(p, q, box)) total += OWN_NODE_COST;
    if (obstacles.others !== null) total += OTHER_NODE_COST * obstacles.others.crossings(p, q, obstacles.ends);
    const before = points[i - 2];
    if (before !== undefined) {
      const d0 = direction(before, p);
      const d1 = direction(p, q);
      if (d0.x * d1.x + d0.y * d1.y < -0.5) total += WRONG_WAY_COST;
    }
  }
  total += BEND_COST * Math.max(0, points.length - 2);
  const first = points[0];
  const second = points[1];
  const last = points[points.length - 1];
  const beforeLast = points[points.length - 2];
  if (first === undefined || second === undefined || last === undefined || beforeLast === undefined) return total;
  const out = direction(first, second);
  const arrive = direction(beforeLast, last);
  if (out.x * n0.x + out.y * n0.y < 0.99) total += WRONG_WAY_COST;
  if (arrive.x * -n1.x + arrive.y * -n1.y < 0.99) total += WRONG_WAY_COST;
  if (Math.hypot(last.x - beforeLast.x, last.y - beforeLast.y) < MIN_END_SEGMENT) total += SHORT_END_COST;
  return total;
}

/**
 * Tries a handful of shapes (straight, one corner, a step through the middle, or out of both sides
 * and around through a corridor beside or between the nodes) and keeps the cheapest. A constant
 * amount of work per edge, so large documents stay fast.
 */
function routeFree(
  source: FlowNode,
  sourceSide: HandleSide,
  target: FlowNode,
  targetSide: HandleSide,
  others: ObstacleIndex | null,
): Point[] {
  const p0 = anchorPoint(source, sourceSide);
  const p1 = anchorPoint(target, targetSide);
  const n0 = sideNormal(sourceSide);
  const n1 = sideNormal(targetSide);
  const box0 = boxOf(source);
  const box1 = boxOf(target);
  const a = { x: p0.x + n0.x * STUB, y: p0.y + n0.y * STUB };
  const b = { x: p1.x + n1.x * STUB, y: p1.y + n1.y * STUB };

  const left = Math.min(box0.x, box1.x) - STUB;
  const right = Math.max(box0.x + box0.width, box1.x + box1.width) + STUB;
  const top = Math.min(box0.y, box1.y) - STUB;
  const bottom = Math.max(box0.y + box0.height, box1.y + box1.height) + STUB;
  const gapX =
    box0.x + box0.width <= box1.x
      ? (box0.x + box0.width + box1.x) / 2
      : box1.x + box1.width <= box0.x
        ? (box1.x + box1.width + box0.x) / 2
        : (a.x + b.x) / 2;
  const gapY =
    box0.y + box0.height <= box1.y
      ? (box0.y + box0.height + box1.y) / 2
      : box1.y + box1.height <= box0.y
        ? (box1.y + box1.height + box0.y) / 2
        : (a.y + b.y) / 2;
  const midX = (p0.x + p1.x) / 2;
  const midY = (p0.y + p1.y) / 2;

  const shapes: Point[][] = [
    [p0, p1],
    [p0, { x: p1.x, y: p0.y }, p1],
    [p0, { x: p0.x, y: p1.y }, p1],
    [p0, { x: midX, y: p0.y }, { x: midX, y: p1.y }, p1],
    [p0, { x: p0.x, y: midY }, { x: p1.x, y: midY }, p1],
    [p0, a, { x: b.x, y: a.y }, b, p1],
    [p0, a, { x: a.x, y: b.y }, b, p1],
  ];
  for (const x of [gapX, left, right]) shapes.push([p0, a, { x, y: a.y }, { x, y: b.y }, b, p1]);
  for (const y of [gapY, top, bottom]) shapes.push([p0, a, { x: a.x, y }, { x: b.x, y }, b, p1]);

  const obstacles: Obstacles = { ends: [source, target], cores: [nodeCore(source), nodeCore(target)], others };
  let best: Point[] = [p0, p1];
  let bestCost = Infinity;
  for (const shape of shapes) {
    const points = simplifyPolyline(shape);
    const c = cost(points, n0, n1, obstacles);
    if (c < bestCost) {
      best = points;
      bestCost = c;
    }
  }
  return best;
}

/** A straight-out segment from an anchor to a bend point that may not share an axis with it. */
function elbow(anchor: Point, side: HandleSide, bend: Point): Point {
  return isHorizontal(side) ? { x: bend.x, y: anchor.y } : { x: anchor.x, y: bend.y };
}

function routeThrough(
  source: FlowNode,
  sourceSide: HandleSide,
  target: FlowNode,
  targetSide: HandleSide,
  bends: readonly Point[],
): Point[] {
  const first = bends[0];
  const last = bends[bends.length - 1];
  const p0 = anchorPoint(source, sourceSide);
  const p1 = anchorPoint(target, targetSide);
  if (first === undefined || last === undefined) return [p0, p1];
  return [p0, elbow(p0, sourceSide, first), ...bends, elbow(p1, targetSide, last), p1];
}

const EPSILON = 0.5;

/** Drops repeated points and the middle of three collinear points, so corners are real turns. */
export function simplifyPolyline(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev !== undefined && Math.abs(prev.x - p.x) < EPSILON && Math.abs(prev.y - p.y) < EPSILON) continue;
    const before = out[out.length - 2];
    if (before !== undefined && prev !== undefined) {
      const cross = (prev.x - before.x) * (p.y - prev.y) - (prev.y - before.y) * (p.x - prev.x);
      const dot = (prev.x - before.x) * (p.x - prev.x) + (prev.y - before.y) * (p.y - prev.y);
      if (Math.abs(cross) < EPSILON && dot >= 0) out.pop();
    }
    out.push(p);
  }
  return out;
}

/** @param others the document's nodes, for routes that keep clear of them where they can. */
export function routeEdge(
  edge: FlowEdge,
  source: FlowNode,
  target: FlowNode,
  others: ObstacleIndex | null = null,
): Point[] {
  const bends = edge.points ?? [];
  const first = bends[0];
  const last = bends[bends.length - 1];
  const [facingSource, facingTarget] = facingSides(source, target);
  const sourceSide = edge.sourceHandle ?? (first === undefined ? facingSource : nearestSide(source, first));
  const targetSide = edge.targetHandle ?? (last === undefined ? facingTarget : nearestSide(target, last));
  const raw =
    bends.length > 0
      ? routeThrough(source, sourceSide, target, targetSide, bends)
      : routeFree(source, sourceSide, target, targetSide, others);
  return simplifyPolyline(raw);
}

/** Routes of every edge whose two ends exist, in document order. */
export function routeEdges(doc: Pick<SalesDocument, 'nodes' | 'edges'>): EdgeRoute[] {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const others = buildObstacleIndex(doc.nodes);
  const routes: EdgeRoute[] = [];
  for (const edge of doc.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (source === undefined || target === undefined) continue;
    routes.push({ edge, source, target, points: routeEdge(edge, source, target, others) });
  }
  return routes;
}
