import { defaultSize } from './kinds';
import type { FlowNode, HandleSide, NodeKind, Point, Size } from './types';

const OPPOSITE: Record<HandleSide, HandleSide> = { top: 'bottom', right: 'left', bottom: 'top', left: 'right' };

export function oppositeSide(side: HandleSide): HandleSide {
  return OPPOSITE[side];
}

function overlaps(position: Point, size: Size, node: FlowNode, margin: number): boolean {
  return (
    position.x < node.position.x + node.size.width + margin &&
    position.x + size.width + margin > node.position.x &&
    position.y < node.position.y + node.size.height + margin &&
    position.y + size.height + margin > node.position.y
  );
}

/**
 * Where a new node goes next to `from` on `side`, centred on it and `gap` away; if that spot is
 * taken it moves further out in the same direction until it is clear, as draw.io does.
 */
export function placeBeside(nodes: readonly FlowNode[], from: FlowNode, side: HandleSide, kind: NodeKind, gap: number): Point {
  const size = defaultSize(kind);
  const centreX = from.position.x + from.size.width / 2 - size.width / 2;
  const centreY = from.position.y + from.size.height / 2 - size.height / 2;
  const first: Record<HandleSide, Point> = {
    right: { x: from.position.x + from.size.width + gap, y: centreY },
    left: { x: from.position.x - gap - size.width, y: centreY },
    bottom: { x: centreX, y: from.position.y + from.size.height + gap },
    top: { x: centreX, y: from.position.y - gap - size.height },
  };
  const step: Record<HandleSide, Point> = {
    right: { x: size.width + gap, y: 0 },
    left: { x: -(size.width + gap), y: 0 },
    bottom: { x: 0, y: size.height + gap },
    top: { x: 0, y: -(size.height + gap) },
  };
  let position = first[side];
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (!nodes.some((node) => overlaps(position, size, node, gap / 4))) return position;
    position = { x: position.x + step[side].x, y: position.y + step[side].y };
  }
  return position;
}
