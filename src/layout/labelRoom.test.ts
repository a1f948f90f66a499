import { describe, expect, it } from 'vitest';
import type { Rect } from '../geometry/rect';
import { placeDocumentLabels } from '../model/labelPlaces';
import type { FlowEdge, FlowNode, Point } from '../model/types';
import { MAX_LABEL_ROOM_EDGES, makeLabelRoom } from './labelRoom';
import type { Placement } from './placement';

function stage(id: string, x: number, y: number): FlowNode {
  return { id, kind: 'stage', label: id, position: { x, y }, size: { width: 100, height: 60 } };
}

const LABEL = 'Qualified by the sales team';

function placement(nodes: readonly FlowNode[], routes: Record<string, Point[]>): Placement {
  return {
    rects: new Map(nodes.map((node): [string, Rect] => [node.id, { ...node.position, ...node.size }])),
    routes: new Map(Object.entries(routes).map(([id, points]) => [id, { points, sourceHandle: 'right', targetHandle: 'left' }])),
  };
}

function clearAll(nodes: readonly FlowNode[], edges: readonly FlowEdge[], placed: Placement): boolean {
  const moved = nodes.map((node) => {
    const rect = placed.rects.get(node.id) as Rect;
    return { ...node, position: { x: rect.x, y: rect.y } };
  });
  const routes = new Map([...placed.routes].map(([id, route]) => [id, route.points]));
  return [...placeDocumentLabels(moved, edges, routes).values()].every((place) => place.clear);
}

describe('room for labels', () => {
  // a → b with a long label in a 30-unit gap, and c below a, out of the way.
  const nodes = [stage('a', 0, 0), stage('b', 130, 0), stage('c', 0, 200)];
  const edges: FlowEdge[] = [{ id: 'ab', source: 'a', target: 'b', label: LABEL }];
  const tight = placement(nodes, { ab: [{ x: 100, y: 30 }, { x: 130, y: 30 }] });

  it('widens a gap too narrow for its label, moving only what lies past the cut', () => {
    expect(clearAll(nodes, edges, tight)).toBe(false);
    const roomy = makeLabelRoom(nodes, edges, tight, 'LR');
    expect(clearAll(nodes, edges, roomy)).toBe(true);
    expect(roomy.rects.get('a')).toEqual(tight.rects.get('a'));
    expect(roomy.rects.get('c')).toEqual(tight.rects.get('c'));
    const b = roomy.rects.get('b') as Rect;
    expect(b.y).toBe(0);
    expect(b.x).toBeGreaterThan(130);
    // The route still runs straight from a's right side to b's left side.
    expect(roomy.routes.get('ab')?.points).toEqual([{ x: 100, y: 30 }, { x: b.x, y: 30 }]);
  });

  it('widens along the flow when it runs top to bottom', () => {
    const column = [stage('a', 0, 0), stage('b', 0, 80)];
    const down = placement(column, { ab: [{ x: 50, y: 60 }, { x: 50, y: 80 }] });
    expect(clearAll(column, edges, down)).toBe(false);
    const roomy = makeLabelRoom(column, edges, down, 'TB');
    expect(clearAll(column, edges, roomy)).toBe(true);
    expect((roomy.rects.get('b') as Rect).x).toBe(0);
    expect((roomy.rects.get('b') as Rect).y).toBeGreaterThan(80);
  });

  it('never cuts through a node: where one spans the whole gap, nothing moves', () => {
    const spanning = [...nodes, { ...stage('wide', 60, 300), size: { width: 200, height: 60 } }];
    const blocked = placement(spanning, { ab: [{ x: 100, y: 30 }, { x: 130, y: 30 }] });
    expect(makeLabelRoom(spanning, edges, blocked, 'LR')).toEqual(blocked);
  });

  it('keeps a note beside the node it annotates', () => {
    const noted = [stage('a', 0, 0), stage('b', 130, 0), { ...stage('n', 110, 100), kind: 'note' as const, attachedTo: 'a' }];
    const placed = placement(noted, { ab: [{ x: 100, y: 30 }, { x: 130, y: 30 }] });
    const roomy = makeLabelRoom(noted, edges, placed, 'LR');
    // The only free stretch of the run lies between a and its note: no cut there.
    expect(roomy).toEqual(placed);
  });

  it('leaves big diagrams to their own gaps, where placing every label again per cut costs too much', () => {
    // The crowded edge of the first test, among as many more (unrouted) as make it too big.
    const many: FlowEdge[] = [...edges, ...Array.from({ length: MAX_LABEL_ROOM_EDGES }, (_, index) => ({ id: `more${index}`, source: 'a', target: 'c' }))];
    expect(makeLabelRoom(nodes, many, tight, 'LR')).toEqual(tight);
  });
});
