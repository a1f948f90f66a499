import { describe, expect, it } from 'vitest';
import { snapToGuides } from './alignmentGuides';

const size = { width: 100, height: 50 };
const other = { id: 'b', position: { x: 300, y: 200 }, size };

describe('snapToGuides', () => {
  it('snaps a near left edge onto another node and reports the guide', () => {
    const result = snapToGuides({ x: 303, y: 0 }, { id: 'a', size }, [other], 6);
    expect(result.position).toEqual({ x: 300, y: 0 });
    expect(result.guides).toEqual([{ axis: 'x', at: 300 }]);
  });

  it('snaps centres vertically', () => {
    const result = snapToGuides({ x: 0, y: 198 }, { id: 'a', size }, [other], 6);
    expect(result.position.y).toBe(200);
    expect(result.guides).toContainEqual({ axis: 'y', at: 200 });
  });

  it('leaves a far node alone and ignores the node itself', () => {
    expect(snapToGuides({ x: 0, y: 0 }, { id: 'a', size }, [other], 6).guides).toEqual([]);
    expect(snapToGuides({ x: 303, y: 203 }, { id: 'b', size }, [other], 6).guides).toEqual([]);
  });
});
