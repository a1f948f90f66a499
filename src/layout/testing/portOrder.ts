// Edges that swap places just past the node they share (issue 17: "ports ordered so that edges
// leaving one side never swap just after the node"): two edges at one side of a node, leaving or
// arriving, whose order along that side disagrees with the way they go off, so that their lines
// cross within the first few segments from the node.

import type { HandleSide, Point, SalesDocument } from '../../model/types';
import { crossingsBetween } from '../crossings';

/** Segments from the node within which a crossing counts as the two edges swapping there. */
const NEAR_SEGMENTS = 3;

interface End {
  edge: string;
  /** The route from this node outwards, its first segments only. */
  near: readonly Point[];
}

/** Every such swap, as `node side: edge × edge`. */
export function portSwaps(doc: SalesDocument): string[] {
  const sides = new Map<string, End[]>();
  const add = (node: string, side: HandleSide | undefined, end: End): void => {
    if (side === undefined) return;
    const key = `${node} ${side}`;
    sides.set(key, [...(sides.get(key) ?? []), end]);
  };
  for (const edge of doc.edges) {
    const points = edge.points ?? [];
    if (points.length < 2) continue;
    add(edge.source, edge.sourceHandle, { edge: edge.id, near: points.slice(0, NEAR_SEGMENTS + 1) });
    add(edge.target, edge.targetHandle, { edge: edge.id, near: [...points].reverse().slice(0, NEAR_SEGMENTS + 1) });
  }
  const swaps: string[] = [];
  for (const [side, ends] of sides) {
    for (let i = 0; i < ends.length; i += 1) {
      for (let j = i + 1; j < ends.length; j += 1) {
        const a = ends[i] as End;
        const b = ends[j] as End;
        if (crossingsBetween(a.near, b.near) > 0) swaps.push(`${side}: ${a.edge} × ${b.edge}`);
      }
    }
  }
  return swaps;
}
