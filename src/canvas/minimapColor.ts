import { kindAppearance } from '../model/shapes';
import type { CanvasNode } from './toFlowElements';

export function minimapNodeColor(node: CanvasNode): string {
  return node.data.node.style?.fill ?? kindAppearance(node.data.node.kind).stroke;
}
