import { describe, expect, it } from 'vitest';
import { corridorPlanner } from './corridors';

// Three columns; the middle one holds a node from 0 to 100. Channel 0 lies between columns 0 and 1, channel 1 between 1 and 2.
const columns = [[], [{ y: 0, height: 100 }], []];

describe('corridorPlanner', () => {
  it('keeps a straight line when nothing is in its way', () => {
    const planner = corridorPlanner(columns, 2, 10, 14);
    expect(planner.choose({ lo: 1, hi: 1, y1: 200, y2: 200, firstChannel: 0, lastChannel: 1, back: false }).y).toBe(200);
  });

  it('goes round a node on the side nearest its ends when that crosses nothing', () => {
    const planner = corridorPlanner(columns, 2, 10, 14);
    const y = planner.choose({ lo: 1, hi: 1, y1: 60, y2: 60, firstChannel: 0, lastChannel: 1, back: false }).y;
    expect(y).toBeGreaterThan(110);
  });

  it('takes the other side of the node when the near side would cross an edge between stacked nodes there', () => {
    const planner = corridorPlanner(columns, 2, 10, 14);
    planner.addColumnSpan(1, 50, 350);
    const y = planner.choose({ lo: 1, hi: 1, y1: 60, y2: 60, firstChannel: 0, lastChannel: 1, back: false }).y;
    expect(y).toBeLessThan(-10);
  });

  it('keeps two corridors through the same column apart', () => {
    const planner = corridorPlanner(columns, 2, 10, 14);
    const a = planner.choose({ lo: 1, hi: 1, y1: 200, y2: 200, firstChannel: 0, lastChannel: 1, back: false }).y;
    const b = planner.choose({ lo: 1, hi: 1, y1: 200, y2: 200, firstChannel: 0, lastChannel: 1, back: false }).y;
    expect(Math.abs(a - b)).toBeGreaterThanOrEqual(7);
  });
});
