import type { FlowNode, Point } from './types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectOfNode(node: Pick<FlowNode, 'position' | 'size'>): Rect {
  return { x: node.position.x, y: node.position.y, width: node.size.width, height: node.size.height };
}

export function rectContains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/** The smallest rectangle around all of them; undefined for none. */
export function boundingRect(rects: Iterable<Rect>): Rect | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const rect of rects) {
    x0 = Math.min(x0, rect.x);
    y0 = Math.min(y0, rect.y);
    x1 = Math.max(x1, rect.x + rect.width);
    y1 = Math.max(y1, rect.y + rect.height);
  }
  return x0 === Infinity ? undefined : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
