import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../geometry/rect';
import { badgeCentre } from './figureBoxes';
import { labelObstacles, placeDocumentLabels } from './labelPlaces';
import type { FlowEdge, FlowNode } from './types';

function node(id: string, kind: FlowNode['kind'], x: number, y: number, width = 120, height = 60): FlowNode {
  return { id, kind, label: id, position: { x, y }, size: { width, height } };
}

describe('label places of a document', () => {
  it('puts a decision’s badge on its diamond, and other badges on the top-left corner', () => {
    expect(badgeCentre(node('d', 'decision', 100, 100, 120, 80))).toEqual({ x: 130, y: 120 });
    expect(badgeCentre(node('s', 'stage', 100, 100))).toEqual({ x: 114, y: 100 });
  });

  it('keeps room for a chip on edges that carry deals, none on a note’s, and labels off badges', () => {
    const nodes = [node('a', 'stage', 0, 0), node('b', 'stage', 400, 0), node('n', 'note', 0, 200)];
    const edges: FlowEdge[] = [
      { id: 'ab', source: 'a', target: 'b', label: 'Qualified' },
      { id: 'an', source: 'a', target: 'n' },
    ];
    const routes = new Map([
      ['ab', [{ x: 120, y: 30 }, { x: 400, y: 30 }]],
      ['an', [{ x: 60, y: 60 }, { x: 60, y: 200 }]],
    ]);
    const places = placeDocumentLabels(nodes, edges, routes);
    expect(places.get('ab')?.chip).not.toBeNull();
    expect(places.get('an')).toBeUndefined();
    const label = places.get('ab')!.label!;
    for (const box of [...labelObstacles(nodes, edges).nodes, ...labelObstacles(nodes, edges).badges]) expect(rectsOverlap(label, box)).toBe(false);
  });

  it('keeps room for a leak badge on a step whose rates leave deals nowhere, and only there', () => {
    const nodes = [node('a', 'stage', 0, 0), node('b', 'stage', 400, 0), node('won', 'end', 800, 0)];
    const corner = { x: 119, y: 59, width: 2, height: 2 };
    const leakRooms = (edges: FlowEdge[]) => labelObstacles(nodes, edges).badges.filter((box) => rectsOverlap(box, corner));
    const leaking = leakRooms([{ id: 'ab', source: 'a', target: 'b', conversionRate: 0.5 }]);
    expect(leaking).toHaveLength(1);
    // Over the corner and 10 units past it, where the canvas draws the badge.
    expect(leaking[0]!.x + leaking[0]!.width).toBe(130);
    expect(leaking[0]!.y + leaking[0]!.height).toBe(70);
    expect(leakRooms([{ id: 'ab', source: 'a', target: 'b', conversionRate: 1 }])).toEqual([]);
    // An unrated edge takes what the rated ones leave: nothing leaks.
    expect(leakRooms([{ id: 'ab', source: 'a', target: 'b' }])).toEqual([]);
    // A step with no way out is a dead end, not a leak.
    expect(leakRooms([])).toEqual([]);
  });
});
