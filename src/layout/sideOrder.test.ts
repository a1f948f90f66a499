import { describe, expect, it } from 'vitest';
import { RectIndex } from '../geometry/rectIndex';
import type { Rect } from '../geometry/rect';
import { countCrossings } from './crossings';
import type { Route } from './placement';
import { orderSides } from './sideOrder';

// A node at the bottom; two edges arrive at the middle of its top from far above, each coming down
// its own line and stepping sideways to the middle.
const NODE: Rect = { x: 0, y: 200, width: 140, height: 56 };
const TOP = { x: 70, y: 200 };

function arriving(id: string, x: number, turnY: number): [string, Route] {
  return [id, { points: [{ x, y: 0 }, { x, y: turnY }, { x: 70, y: turnY }, TOP], sourceHandle: 'bottom', targetHandle: 'top' }];
}

const ENDS = new Map([
  ['far', { source: 'a', target: 'n' }],
  ['near', { source: 'b', target: 'n' }],
]);

describe('edges at one side of a node', () => {
  it('turn in the order that keeps them from crossing just past the node', () => {
    // The edge stepping farther sideways steps at the height nearer the node: it crosses the other's line down.
    const routes = new Map([arriving('far', 100, 150), arriving('near', 85, 170)]);
    expect(countCrossings([...routes.values()].map((route) => route.points))).toBe(1);
    orderSides(routes, ENDS, new RectIndex([NODE]));
    expect(countCrossings([...routes.values()].map((route) => route.points))).toBe(0);
    expect(routes.get('far')?.points).toEqual([{ x: 100, y: 0 }, { x: 100, y: 170 }, { x: 70, y: 170 }, TOP]);
    expect(routes.get('near')?.points).toEqual([{ x: 85, y: 0 }, { x: 85, y: 150 }, { x: 70, y: 150 }, TOP]);
  });

  it('stay as they are when they do not cross, or when turning elsewhere would run through a node', () => {
    const fine = new Map([arriving('far', 100, 170), arriving('near', 85, 150)]);
    const before = structuredClone([...fine]);
    orderSides(fine, ENDS, new RectIndex([NODE]));
    expect([...fine]).toEqual(before);
    const blocked = new Map([arriving('far', 100, 150), arriving('near', 85, 170)]);
    const blocker: Rect = { x: 95, y: 160, width: 20, height: 20 };
    const kept = structuredClone([...blocked]);
    orderSides(blocked, ENDS, new RectIndex([NODE, blocker]));
    expect([...blocked]).toEqual(kept);
  });
});
