import type { Rect } from '../geometry/rect';
import type { FlowNode } from './types';

export function rectOfNode(node: Pick<FlowNode, 'position' | 'size'>): Rect {
  return { x: node.position.x, y: node.position.y, width: node.size.width, height: node.size.height };
}
