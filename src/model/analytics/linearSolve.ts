// The flow equations of a process, x_i = constant_i + Σ share · x_j, solved one strongly connected
// component at a time in dependency order: acyclic parts cost one pass, and only loops need a solve.

import { stronglyConnected } from './components';

export interface Term {
  /** The unknown this one depends on. */
  index: number;
  /** A share in 0..1. */
  coef: number;
}

export interface FlowSolution {
  values: Float64Array;
  /**
   * Loops that nothing leaves: the shares keep circulating forever, so the equations have no
   * finite solution. Each member gets the total entering the loop instead, and the loop is listed
   * here for the caller to report. Members in dependency order.
   */
  closed: number[][];
}

// A loop whose every share stays inside is closed; floating-point sums of shares such as
// 0.7 + 0.2 + 0.1 may land a hair below 1.
const CLOSED_EPSILON = 1e-9;
// Gaussian elimination is exact and, up to this size, cheaper than iterating; beyond it its cubic
// cost loses to sweeps over the loop's few edges.
const DENSE_LIMIT = 120;
const MAX_SWEEPS = 20_000;
const SWEEP_TOLERANCE = 1e-13;

function solveDense(size: number, matrix: Float64Array, rhs: Float64Array): void {
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(matrix[row * size + column]!) > Math.abs(matrix[pivot * size + column]!)) pivot = row;
    }
    if (pivot !== column) {
      for (let k = 0; k < size; k += 1) {
        const a = matrix[column * size + k]!;
        matrix[column * size + k] = matrix[pivot * size + k]!;
        matrix[pivot * size + k] = a;
      }
      const b = rhs[column]!;
      rhs[column] = rhs[pivot]!;
      rhs[pivot] = b;
    }
    const diagonal = matrix[column * size + column]!;
    for (let row = column + 1; row < size; row += 1) {
      const factor = matrix[row * size + column]! / diagonal;
      if (factor === 0) continue;
      for (let k = column; k < size; k += 1) matrix[row * size + k]! -= factor * matrix[column * size + k]!;
      rhs[row]! -= factor * rhs[column]!;
    }
  }
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = rhs[row]!;
    for (let k = row + 1; k < size; k += 1) sum -= matrix[row * size + k]! * rhs[k]!;
    rhs[row] = sum / matrix[row * size + row]!;
  }
}

/**
 * Gauss–Seidel converges here because I − A is a nonsingular M-matrix once the loop has an exit;
 * the sweep bound keeps a loop that returns 99.999% from stalling the page.
 */
function solveBySweeps(size: number, inner: readonly (readonly Term[])[], rhs: Float64Array): void {
  const x = Float64Array.from(rhs);
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep += 1) {
    let change = 0;
    let magnitude = 1;
    for (let row = 0; row < size; row += 1) {
      let value = rhs[row]!;
      for (const term of inner[row]!) value += term.coef * x[term.index]!;
      change = Math.max(change, Math.abs(value - x[row]!));
      magnitude = Math.max(magnitude, Math.abs(value));
      x[row] = value;
    }
    if (change <= SWEEP_TOLERANCE * magnitude) break;
  }
  rhs.set(x);
}

export function solveFlowEquations(constants: Float64Array, terms: readonly (readonly Term[])[]): FlowSolution {
  const count = constants.length;
  const dependencies = terms.map((list) => list.filter((term) => term.coef > 0).map((term) => term.index));
  const values = new Float64Array(count);
  const slot = new Int32Array(count).fill(-1);
  const closed: number[][] = [];

  for (const component of stronglyConnected(count, (vertex) => dependencies[vertex] ?? [])) {
    const size = component.length;
    if (size === 1) {
      const unknown = component[0]!;
      let value = constants[unknown]!;
      for (const term of terms[unknown] ?? []) value += term.coef * values[term.index]!;
      values[unknown] = value;
      continue;
    }

    component.forEach((unknown, position) => (slot[unknown] = position));
    const rhs = new Float64Array(size);
    const inner: Term[][] = component.map(() => []);
    const rowSum = new Float64Array(size);
    const columnSum = new Float64Array(size);
    for (const [row, unknown] of component.entries()) {
      let value = constants[unknown]!;
      for (const term of terms[unknown] ?? []) {
        const column = slot[term.index]!;
        if (column === -1) {
          value += term.coef * values[term.index]!;
        } else if (term.coef > 0) {
          inner[row]!.push({ index: column, coef: term.coef });
          rowSum[row]! += term.coef;
          columnSum[column]! += term.coef;
        }
      }
      rhs[row] = value;
    }

    const isClosed =
      rowSum.every((sum) => sum >= 1 - CLOSED_EPSILON) || columnSum.every((sum) => sum >= 1 - CLOSED_EPSILON);
    if (isClosed) {
      const entering = rhs.reduce((total, value) => total + value, 0);
      for (const unknown of component) values[unknown] = entering;
      closed.push(component);
    } else if (size <= DENSE_LIMIT) {
      const matrix = new Float64Array(size * size);
      for (let row = 0; row < size; row += 1) {
        matrix[row * size + row] = 1;
        for (const term of inner[row]!) matrix[row * size + term.index]! -= term.coef;
      }
      solveDense(size, matrix, rhs);
      component.forEach((unknown, position) => (values[unknown] = rhs[position]!));
    } else {
      solveBySweeps(size, inner, rhs);
      component.forEach((unknown, position) => (values[unknown] = rhs[position]!));
    }
    for (const unknown of component) slot[unknown] = -1;
  }
  return { values, closed };
}
