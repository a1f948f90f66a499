import { nodeAppearance } from '../../model/outcomeLook';
import type { FlowNode } from '../../model/types';

export function minimapNodeColor(node: FlowNode): string {
  return node.style?.fill ?? nodeAppearance(node).stroke;
}
