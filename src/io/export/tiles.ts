// Rasterising a large diagram in one drawImage blocked the page for seconds (12 s for 1,000 nodes
// with html-to-image). The image is drawn in tiles instead, each a short task, with the page free
// between them.

export interface Tile {
  /** Where the tile goes in the PNG, in device pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Device pixels per tile: small enough that drawing one stays far below a 200 ms task. */
export const TILE_SIDE = 768;

/** Covers a `width × height` image with tiles of at most `side` pixels a side, row by row. */
export function planTiles(width: number, height: number, side = TILE_SIDE): Tile[] {
  const tiles: Tile[] = [];
  for (let y = 0; y < height; y += side) {
    for (let x = 0; x < width; x += side) {
      tiles.push({ x, y, width: Math.min(side, width - x), height: Math.min(side, height - y) });
    }
  }
  return tiles;
}
