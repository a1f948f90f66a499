import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planTiles } from './tiles';

describe('planTiles', () => {
  it('covers every pixel exactly once, with no tile over the side', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 64, max: 2048 }), (width, height, side) => {
        const tiles = planTiles(width, height, side);
        const area = tiles.reduce((sum, tile) => sum + tile.width * tile.height, 0);
        expect(area).toBe(width * height);
        for (const tile of tiles) {
          expect(tile.width).toBeGreaterThan(0);
          expect(tile.height).toBeGreaterThan(0);
          expect(tile.width).toBeLessThanOrEqual(side);
          expect(tile.height).toBeLessThanOrEqual(side);
          expect(tile.x + tile.width).toBeLessThanOrEqual(width);
          expect(tile.y + tile.height).toBeLessThanOrEqual(height);
        }
        // Tiles do not overlap: row-major starts on a grid of `side`.
        const starts = new Set(tiles.map((tile) => `${tile.x},${tile.y}`));
        expect(starts.size).toBe(tiles.length);
        for (const tile of tiles) expect(tile.x % side === 0 && tile.y % side === 0).toBe(true);
      }),
    );
  });

  it('gives one tile for a small image and the edge tiles their remainder', () => {
    expect(planTiles(300, 200, 1024)).toEqual([{ x: 0, y: 0, width: 300, height: 200 }]);
    expect(planTiles(2500, 1100, 1024).map((tile) => [tile.width, tile.height])).toEqual([
      [1024, 1024], [1024, 1024], [452, 1024],
      [1024, 76], [1024, 76], [452, 76],
    ]);
  });
});
