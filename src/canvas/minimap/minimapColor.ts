import { kindAppearance } from '../../model/shapes';
import type { FlowNode } from '../../model/types';

export function minimapNodeColor(node: FlowNode): string {
  return node.style?.fill ?? kindAppearance(node.kind).stroke;
}
