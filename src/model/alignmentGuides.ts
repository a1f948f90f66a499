import type { FlowNode, Point } from './types';

export interface Guide {
  axis: 'x' | 'y';
  /** The canvas coordinate of the guide line. */
  at: number;
}

export interface SnappedPosition {
  position: Point;
  guides: Guide[];
}

function candidates(start: number, length: number): number[] {
  return [start, start + length / 2, start + length];
}

function bestMatch(moving: number[], others: number[][], threshold: number): { delta: number; at: number } | null {
  let best: { delta: number; at: number } | null = null;
  for (const lines of others) {
    for (const line of lines) {
      for (const edge of moving) {
        const delta = line - edge;
        if (Math.abs(delta) <= threshold && (best === null || Math.abs(delta) < Math.abs(best.delta))) {
          best = { delta, at: line };
        }
      }
    }
  }
  return best;
}

/**
 * Snaps a dragged node's edges or centre onto those of other nodes within `threshold` (canvas
 * units), and says which guide lines to draw, as draw.io's alignment guides do.
 */
export function snapToGuides(
  position: Point,
  moving: Pick<FlowNode, 'id' | 'size'>,
  others: readonly Pick<FlowNode, 'id' | 'position' | 'size'>[],
  threshold: number,
): SnappedPosition {
  const rest = others.filter((node) => node.id !== moving.id);
  const xMatch = bestMatch(
    candidates(position.x, moving.size.width),
    rest.map((node) => candidates(node.position.x, node.size.width)),
    threshold,
  );
  const yMatch = bestMatch(
    candidates(position.y, moving.size.height),
    rest.map((node) => candidates(node.position.y, node.size.height)),
    threshold,
  );
  const guides: Guide[] = [];
  if (xMatch) guides.push({ axis: 'x', at: xMatch.at });
  if (yMatch) guides.push({ axis: 'y', at: yMatch.at });
  return {
    position: { x: position.x + (xMatch?.delta ?? 0), y: position.y + (yMatch?.delta ?? 0) },
    guides,
  };
}
