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
