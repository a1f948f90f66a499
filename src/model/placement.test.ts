import { describe, expect, it } from 'vitest';
import { defaultSize } from './kinds';
import { placeBeside } from './placement';
import type { FlowNode } from './types';

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
