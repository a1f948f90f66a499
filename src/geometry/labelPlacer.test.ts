import { describe, expect, it } from 'vitest';
import { findCollisions } from './collisions';
import { placeLabels, type PlacementRequest } from './labelPlacer';
import { labelPoint } from './polyline';

const label = { width: 80, height: 20 };
const chip = { width: 40, height: 16 };
const NONE = { nodes: [], badges: [] };

describe('placeLabels', () => {
  it('keeps the middle of the longest segment when nothing is in the way', () => {
    const points = [{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: 300, y: 40 }];
    const placed = placeLabels([{ id: 'e', points, label, chip: null }], NONE).get('e');
    expect(placed?.centre).toEqual(labelPoint(points));
    expect(placed?.clear).toBe(true);
  });

  it('stacks the chip just below the label', () => {
    const placed = placeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 400, y: 0 }], label, chip }], NONE).get('e')!;
    expect(placed.chip!.y).toBeGreaterThan(placed.label!.y + placed.label!.height);
    expect(placed.chip!.x + placed.chip!.width / 2).toBeCloseTo(placed.centre.x);
  });

  it('moves labels and chips off nodes, badges and each other, whatever the order of the edges', () => {
    const node = { x: 180, y: -30, width: 60, height: 60 };
    const badge = { x: 100, y: 60, width: 40, height: 16 };
    const requests: PlacementRequest[] = [
      { id: 'a', points: [{ x: 0, y: 0 }, { x: 400, y: 0 }], label, chip },
      { id: 'b', points: [{ x: 0, y: 30 }, { x: 400, y: 30 }], label, chip },
      { id: 'c', points: [{ x: 0, y: 70 }, { x: 400, y: 70 }], label: null, chip },
    ];
    const forward = placeLabels(requests, { nodes: [node], badges: [badge] });
    const backward = placeLabels([...requests].reverse(), { nodes: [node], badges: [badge] });
    expect([...backward].sort()).toEqual([...forward].sort());
    const marks = [...forward].flatMap(([id, p]) => [
      ...(p.label ? [{ name: `label ${id}`, ...p.label }] : []),
      ...(p.chip ? [{ name: `chip ${id}`, ...p.chip }] : []),
    ]);
    expect(findCollisions([{ name: 'node', ...node }, { name: 'badge', ...badge }], marks)).toEqual([]);
    for (const p of forward.values()) expect(p.clear).toBe(true);
  });

  it('tries the place chosen before first, and says so when nothing along the route is clear', () => {
    const points = [{ x: 0, y: 0 }, { x: 400, y: 0 }];
    expect(placeLabels([{ id: 'e', points, label, chip: null, preferred: { x: 100, y: 0 } }], NONE).get('e')?.centre).toEqual({ x: 100, y: 0 });
    const wall = { x: -50, y: -50, width: 500, height: 100 };
    const blocked = placeLabels([{ id: 'e', points, label, chip: null }], { nodes: [wall], badges: [] }).get('e')!;
    expect(blocked.clear).toBe(false);
    expect(blocked.centre).toEqual(labelPoint(points));
  });
});

describe('placeLabels in a narrow gap', () => {
  it('puts the label beside a vertical line it cannot sit on, still overlapping the line, clear of the nodes', () => {
    // A branch runs down a 40-unit channel between a node on its right and one ending above-left.
    const points = [{ x: 100, y: 0 }, { x: 100, y: 200 }, { x: 130, y: 200 }];
    const right = { x: 120, y: -20, width: 200, height: 190 };
    const aboveLeft = { x: -200, y: -20, width: 280, height: 60 };
    const placed = placeLabels([{ id: 'e', points, label, chip: null }], { nodes: [right, aboveLeft], badges: [] }).get('e')!;
    expect(placed.clear).toBe(true);
    const box = placed.label!;
    expect(box.x + box.width).toBeGreaterThan(100);
    expect(box.x).toBeLessThan(100);
    expect(findCollisions([{ name: 'right', ...right }, { name: 'aboveLeft', ...aboveLeft }], [{ name: 'label', ...box }])).toEqual([]);
  });
});

describe('findCollisions', () => {
  it('reports marks on nodes and on each other, and routes through a node that is not their end', () => {
    const nodes = [{ name: 'n1', x: 0, y: 0, width: 100, height: 40 }, { name: 'n2', x: 300, y: 0, width: 100, height: 40 }, { name: 'n3', x: 150, y: 0, width: 60, height: 40 }];
    const marks = [{ name: 'label e', x: 90, y: 10, width: 20, height: 10 }, { name: 'chip e', x: 105, y: 15, width: 20, height: 10 }];
    const routes = [{ name: 'e', points: [{ x: 100, y: 20 }, { x: 300, y: 20 }], ends: ['n1', 'n2'] }];
    expect(findCollisions(nodes, marks, routes)).toEqual([
      { a: 'label e', b: 'n1' },
      { a: 'label e', b: 'chip e' },
      { a: 'e', b: 'n3' },
    ]);
  });
});
