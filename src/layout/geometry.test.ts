import { describe, expect, it } from 'vitest';
import { segmentEntersRect } from '../geometry/segments';
import { distanceToBorder, sideOfBorderPoint, simplifyPath, squareUp } from './geometry';

const p = (x: number, y: number) => ({ x, y });
const box = { x: 0, y: 0, width: 100, height: 50 };

describe('geometry', () => {
  it('tells a segment through a box from one along or outside it', () => {
    expect(segmentEntersRect(p(-10, 25), p(110, 25), box)).toBe(true);
    expect(segmentEntersRect(p(-10, 0), p(110, 0), box, 0.5)).toBe(false);
    expect(segmentEntersRect(p(100, 25), p(200, 25), box, 0.5)).toBe(false);
    expect(segmentEntersRect(p(-10, -10), p(-1, 60), box)).toBe(false);
    expect(segmentEntersRect(p(50, 25), p(50, 25), box)).toBe(true);
    expect(segmentEntersRect(p(150, 25), p(150, 25), box)).toBe(false);
  });

  it('finds the side of a border point and its distance to the border', () => {
    expect(sideOfBorderPoint(box, p(100, 10))).toBe('right');
    expect(sideOfBorderPoint(box, p(30, 50))).toBe('bottom');
    expect(distanceToBorder(box, p(50, 10))).toBe(10);
    expect(distanceToBorder(box, p(103, 54))).toBe(5);
  });

  it('drops repeated and collinear points but keeps turns', () => {
    expect(simplifyPath([p(0, 0), p(0, 0), p(5, 0), p(10, 0), p(10, 10)])).toEqual([p(0, 0), p(10, 0), p(10, 10)]);
  });

  it('squares up float noise', () => {
    expect(squareUp([p(363.3333333333333, 0), p(363.33333333333326, 72)])).toEqual([p(363.3333333333333, 0), p(363.3333333333333, 72)]);
  });
});
