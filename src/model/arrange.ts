import { moveNodes } from './graph';
import type { FlowNode, Point, SalesDocument } from './types';

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';
export type Axis = 'horizontal' | 'vertical';

function selectedNodes(document: SalesDocument, nodeIds: readonly string[]): FlowNode[] {
  const ids = new Set(nodeIds);
  return document.nodes.filter((node) => ids.has(node.id));
}

/** Lines the selected nodes up on the selection's own edge or centre, as draw.io does. */
export function alignNodes(document: SalesDocument, nodeIds: readonly string[], alignment: Alignment): SalesDocument {
  const nodes = selectedNodes(document, nodeIds);
  if (nodes.length < 2) return document;
  const left = Math.min(...nodes.map((node) => node.position.x));
  const right = Math.max(...nodes.map((node) => node.position.x + node.size.width));
  const top = Math.min(...nodes.map((node) => node.position.y));
  const bottom = Math.max(...nodes.map((node) => node.position.y + node.size.height));
  const positions = new Map<string, Point>();
  for (const node of nodes) {
    const { x, y } = node.position;
    const { width, height } = node.size;
    const next: Record<Alignment, Point> = {
      left: { x: left, y },
      center: { x: (left + right) / 2 - width / 2, y },
      right: { x: right - width, y },
      top: { x, y: top },
      middle: { x, y: (top + bottom) / 2 - height / 2 },
      bottom: { x, y: bottom - height },
    };
    positions.set(node.id, next[alignment]);
  }
  return moveNodes(document, positions);
}

/** Equal gaps between neighbours along an axis; the two outermost nodes stay where they are. */
export function distributeNodes(document: SalesDocument, nodeIds: readonly string[], axis: Axis): SalesDocument {
  const nodes = selectedNodes(document, nodeIds);
  if (nodes.length < 3) return document;
  const start = (node: FlowNode) => (axis === 'horizontal' ? node.position.x : node.position.y);
  const length = (node: FlowNode) => (axis === 'horizontal' ? node.size.width : node.size.height);
  const sorted = [...nodes].sort((a, b) => start(a) - start(b));
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const occupied = sorted.reduce((sum, node) => sum + length(node), 0);
  const gap = (start(last) + length(last) - start(first) - occupied) / (sorted.length - 1);
  const positions = new Map<string, Point>();
  let cursor = start(first);
  for (const node of sorted) {
    positions.set(node.id, axis === 'horizontal' ? { x: cursor, y: node.position.y } : { x: node.position.x, y: cursor });
    cursor += length(node) + gap;
  }
  return moveNodes(document, positions);
}
