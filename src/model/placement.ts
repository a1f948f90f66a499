import { defaultSize } from './kinds';
import type { FlowNode, HandleSide, NodeKind, Point, SalesDocument, Size } from './types';

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

/**
 * The free spot nearest to `desired` for a box of `size`, searched on rings of `step` around it,
 * so that a new shape never lands on top of another one. Among spots at the same distance the
 * first in reading order of the flow wins: right, below, left, above.
 */
export function nearestFreeSpot(nodes: readonly FlowNode[], size: Size, desired: Point, step: number, margin: number): Point {
  const free = (position: Point) => !nodes.some((node) => overlaps(position, size, node, margin));
  if (free(desired)) return desired;
  const unit = Math.max(step, 1);
  for (let ring = 1; ring <= 60; ring += 1) {
    let best: Point | null = null;
    let bestDistance = Infinity;
    for (let k = 0; k <= 2 * ring; k += 1) {
      // 0, 1, -1, 2, -2 …: the spots straight out first, the corners last.
      const i = k % 2 === 0 ? -k / 2 : (k + 1) / 2;
      const offsets: readonly (readonly [number, number])[] = [
        [ring, i],
        [i, ring],
        [-ring, i],
        [i, -ring],
      ];
      for (const [gx, gy] of offsets) {
        const distance = Math.hypot(gx, gy);
        if (distance >= bestDistance) continue;
        const candidate = { x: desired.x + gx * unit, y: desired.y + gy * unit };
        if (free(candidate)) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    if (best) return best;
  }
  return desired;
}

/**
 * Where a shape added by click (or by Space on a palette item) goes: after the selection in the
 * flow's direction, or at the centre of the view with nothing selected; in either case moved to
 * the nearest free spot, never on top of another shape.
 */
export function placeNewShape(
  document: SalesDocument,
  kind: NodeKind,
  viewCentre: Point,
  selectedIds: readonly string[],
  gap: number,
): Point {
  const size = defaultSize(kind);
  const { gridSize, snapToGrid, direction } = document.settings;
  const selected = new Set(selectedIds);
  const anchors = document.nodes.filter((node) => selected.has(node.id));
  // The selected shape furthest along the flow is the one the new shape follows.
  const along = (node: FlowNode) => (direction === 'LR' ? node.position.x + node.size.width : node.position.y + node.size.height);
  const last = anchors.reduce<FlowNode | undefined>((best, node) => (best === undefined || along(node) > along(best) ? node : best), undefined);
  const desired = last
    ? placeBeside([], last, direction === 'LR' ? 'right' : 'bottom', kind, gap)
    : { x: viewCentre.x - size.width / 2, y: viewCentre.y - size.height / 2 };
  const snap = (value: number) => (snapToGrid && gridSize > 0 ? Math.round(value / gridSize) * gridSize : value);
  const start = { x: snap(desired.x), y: snap(desired.y) };
  const step = snapToGrid && gridSize > 0 ? Math.ceil(gap / 2 / gridSize) * gridSize : gap / 2;
  return nearestFreeSpot(document.nodes, size, start, step, gap / 4);
}
