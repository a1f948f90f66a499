import { describe, expect, it } from 'vitest';
import { solveFlowEquations } from './linearSolve';

describe('solveFlowEquations', () => {
  it('solves a loop exactly', () => {
    // x0 = 1 + 0.5 x1, x1 = 0.8 x0  =>  x0 = 1 / 0.6
    const { values, closed } = solveFlowEquations(Float64Array.of(1, 0), [[{ index: 1, coef: 0.5 }], [{ index: 0, coef: 0.8 }]]);
    expect(values[0]).toBeCloseTo(1 / 0.6, 12);
    expect(values[1]).toBeCloseTo(0.8 / 0.6, 12);
    expect(closed).toEqual([]);
  });

  it('gives each member of a closed loop what enters it, and lists the loop', () => {
    const { values, closed } = solveFlowEquations(Float64Array.of(3, 0, 0), [
      [],
      [
        { index: 0, coef: 1 },
        { index: 2, coef: 1 },
      ],
      [{ index: 1, coef: 1 }],
    ]);
    expect([...values]).toEqual([3, 3, 3]);
    expect(closed).toEqual([[1, 2]]);
  });

  it('ends a nearly closed long loop within its sweep bound', () => {
    const size = 300;
    const constants = new Float64Array(size);
    constants[0] = 1;
    const terms = Array.from({ length: size }, (_, index) => [{ index: (index + size - 1) % size, coef: index === 0 ? 0.999999 : 1 }]);
    const { values } = solveFlowEquations(constants, terms);
    expect(Number.isFinite(values[0])).toBe(true);
    expect(values[0]).toBeGreaterThan(1);
  });

  it('ignores dependencies with no share', () => {
    const { values, closed } = solveFlowEquations(Float64Array.of(2, 0), [[{ index: 1, coef: 0 }], [{ index: 0, coef: 1 }]]);
    expect([...values]).toEqual([2, 2]);
    expect(closed).toEqual([]);
  });
});
