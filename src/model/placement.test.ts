import { describe, expect, it } from 'vitest';
import { defaultSize } from './kinds';
import { nearestFreeSpot, placeBeside, placeNewShape } from './placement';
import { createDocument } from './document';
import type { FlowNode, SalesDocument } from './types';

const stage = (id: string, x: number, y: number): FlowNode => ({
  id,
  kind: 'stage',
  label: id,
  position: { x, y },
  size: defaultSize('stage'),
});

describe('placeBeside', () => {
  it('puts the new node one gap to the right, centred on the source', () => {
    const source = stage('a', 0, 0);
    const size = defaultSize('stage');
    expect(placeBeside([source], source, 'right', 'stage', 80)).toEqual({ x: size.width + 80, y: 0 });
  });

  it('moves further out when the first spot is taken', () => {
    const source = stage('a', 0, 0);
    const size = defaultSize('stage');
    const blocker = stage('b', size.width + 80, 0);
    const position = placeBeside([source, blocker], source, 'right', 'stage', 80);
    expect(position.x).toBe(2 * (size.width + 80));
  });

  it('goes above and below', () => {
    const source = stage('a', 0, 0);
    const size = defaultSize('stage');
    expect(placeBeside([source], source, 'bottom', 'stage', 60).y).toBe(size.height + 60);
    expect(placeBeside([source], source, 'top', 'stage', 60).y).toBe(-60 - size.height);
  });
});

describe('nearestFreeSpot', () => {
  const size = defaultSize('stage');
  it('keeps the desired spot when it is free', () => {
    expect(nearestFreeSpot([stage('a', 500, 500)], size, { x: 0, y: 0 }, 40, 20)).toEqual({ x: 0, y: 0 });
  });

  it('moves to the closest spot that overlaps nothing, below before far to the right', () => {
    const blocker = stage('a', 0, 0);
    const spot = nearestFreeSpot([blocker], size, { x: 0, y: 0 }, 40, 20);
    expect(spot).toEqual({ x: 0, y: 120 });
  });

  it('never returns a spot that touches a shape, however crowded the middle is', () => {
    const crowd = [stage('a', 0, 0), stage('b', 0, 120), stage('c', 0, -120), stage('d', 200, 0)];
    const spot = nearestFreeSpot(crowd, size, { x: 0, y: 0 }, 40, 20);
    for (const node of crowd) {
      const apart =
        spot.x >= node.position.x + node.size.width + 20 ||
        spot.x + size.width + 20 <= node.position.x ||
        spot.y >= node.position.y + node.size.height + 20 ||
        spot.y + size.height + 20 <= node.position.y;
      expect(apart).toBe(true);
    }
  });
});

describe('placeNewShape', () => {
  const document = (nodes: FlowNode[]): SalesDocument => ({ ...createDocument({ id: 'd', title: 'T', now: 0 }), nodes });

  it('puts a shape added twice at the same view centre in two places that do not overlap', () => {
    const first = placeNewShape(document([]), 'stage', { x: 400, y: 300 }, [], 80);
    const second = placeNewShape(document([{ ...stage('a', 0, 0), position: first }]), 'stage', { x: 400, y: 300 }, [], 80);
    expect(second).not.toEqual(first);
    const apart = second.x >= first.x + 160 || second.y >= first.y + 64 || second.x + 160 <= first.x || second.y + 64 <= first.y;
    expect(apart).toBe(true);
  });

  it('follows the selection in the flow direction, not the view centre', () => {
    const selected = stage('a', 1000, 1000);
    const position = placeNewShape(document([selected]), 'stage', { x: 0, y: 0 }, ['a'], 80);
    expect(position.x).toBeGreaterThanOrEqual(1000 + 160 + 80);
    expect(position.y).toBe(1000);
  });

  it('follows the selected shape furthest along the flow when several are selected', () => {
    const position = placeNewShape(document([stage('a', 0, 0), stage('b', 400, 0)]), 'stage', { x: 0, y: 0 }, ['b', 'a'], 80);
    expect(position.x).toBeGreaterThanOrEqual(400 + 160 + 80);
  });
});
