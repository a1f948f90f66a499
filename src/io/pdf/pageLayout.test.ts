import { describe, expect, it } from 'vitest';
import { contentArea, MIN_LABEL_PT, pageSize, planOverview, TILE_OVERLAP_PT } from './pageLayout';

describe('pageSize and contentArea', () => {
  it('turns the page for landscape and takes the margins off every side', () => {
    expect(pageSize({ size: 'a4', orientation: 'portrait', marginMm: 0 })).toEqual({ width: 595.28, height: 841.89 });
    expect(pageSize({ size: 'slide', orientation: 'landscape', marginMm: 0 })).toEqual({ width: 960, height: 540 });
    const area = contentArea({ size: 'letter', orientation: 'portrait', marginMm: 25.4 });
    expect(area).toEqual({ x: 72, y: 72, width: 612 - 144, height: 792 - 144 });
  });
});

describe('planOverview', () => {
  it('fits a diagram whose labels stay readable on one page', () => {
    const plan = planOverview({ x: -10, y: -10, width: 800, height: 400 }, { width: 800, height: 500 }, 12);
    expect(plan.tiles).toHaveLength(1);
    expect(plan.scale).toBeCloseTo(1);
  });

  it('tiles a diagram that would print its labels under 8 pt, at 8 pt, overlapping and covering it all', () => {
    const view = { x: 100, y: 50, width: 6000, height: 1400 };
    const area = { width: 800, height: 500 };
    const plan = planOverview(view, area, 12);
    expect(plan.scale * 12).toBeCloseTo(MIN_LABEL_PT);
    expect(plan.tiles).toHaveLength(plan.rows * plan.columns);
    expect(plan.columns).toBeGreaterThan(1);
    expect(plan.rows).toBeGreaterThan(1);
    for (const tile of plan.tiles) {
      expect(tile.view.width * plan.scale).toBeLessThanOrEqual(area.width + 1e-6);
      expect(tile.view.height * plan.scale).toBeLessThanOrEqual(area.height + 1e-6);
    }
    const row = plan.tiles.filter((tile) => tile.row === 0).sort((a, b) => a.column - b.column);
    expect(row[0]!.view.x).toBe(view.x);
    expect(row[row.length - 1]!.view.x + row[row.length - 1]!.view.width).toBeCloseTo(view.x + view.width);
    for (let i = 1; i < row.length; i++) {
      const overlap = row[i - 1]!.view.x + row[i - 1]!.view.width - row[i]!.view.x;
      expect(overlap * plan.scale).toBeGreaterThanOrEqual(TILE_OVERLAP_PT - 1e-6);
    }
  });
});
