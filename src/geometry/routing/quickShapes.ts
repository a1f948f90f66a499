// A handful of route shapes between two ends (straight, one corner, a step through the middle, or
// out of both sides and around through a corridor beside or between the boxes). A constant amount
// of work per edge: most edges take one of these, and only blocked ones need the grid search.

import type { Point } from '../point';
import type { Rect } from '../rect';
import { sideNormal } from '../side';
import { STUB, type RouteEnd } from './types';

export function stubPoint(end: RouteEnd): Point {
  const normal = sideNormal(end.side);
  return { x: end.anchor.x + normal.x * STUB, y: end.anchor.y + normal.y * STUB };
}

/** The rectangle every quick shape stays inside. */
export function quickShapeSpan(source: RouteEnd, target: RouteEnd): Rect {
  const left = Math.min(source.box.x, target.box.x, source.anchor.x, target.anchor.x) - STUB;
  const top = Math.min(source.box.y, target.box.y, source.anchor.y, target.anchor.y) - STUB;
  const right = Math.max(source.box.x + source.box.width, target.box.x + target.box.width, source.anchor.x, target.anchor.x) + STUB;
  const bottom = Math.max(source.box.y + source.box.height, target.box.y + target.box.height, source.anchor.y, target.anchor.y) + STUB;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

function gapBetween(low0: number, high0: number, low1: number, high1: number, fallback: number): number {
  if (high0 <= low1) return (high0 + low1) / 2;
  if (high1 <= low0) return (high1 + low0) / 2;
  return fallback;
}

export function quickShapes(source: RouteEnd, target: RouteEnd): Point[][] {
  const p0 = source.anchor;
  const p1 = target.anchor;
  const box0 = source.box;
  const box1 = target.box;
  const a = stubPoint(source);
  const b = stubPoint(target);
  const span = quickShapeSpan(source, target);
  const gapX = gapBetween(box0.x, box0.x + box0.width, box1.x, box1.x + box1.width, (a.x + b.x) / 2);
  const gapY = gapBetween(box0.y, box0.y + box0.height, box1.y, box1.y + box1.height, (a.y + b.y) / 2);
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
  for (const x of [gapX, span.x, span.x + span.width]) shapes.push([p0, a, { x, y: a.y }, { x, y: b.y }, b, p1]);
  for (const y of [gapY, span.y, span.y + span.height]) shapes.push([p0, a, { x: a.x, y }, { x: b.x, y }, b, p1]);
  return shapes;
}
