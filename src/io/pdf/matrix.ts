// Affine transforms in PDF's order [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f.

export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` applied after `inner`: a point goes through `inner` first. */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply(m: Matrix, x: number, y: number): { x: number; y: number } {
  return { x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5] };
}

export function translation(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

export function rotation(degrees: number, cx = 0, cy = 0): Matrix {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  return multiply(translation(cx, cy), multiply([cos, sin, -sin, cos, 0, 0], translation(-cx, -cy)));
}

export function scaling(s: number): Matrix {
  return [s, 0, 0, s, 0, 0];
}

/** The `transform` attribute values our SVG writer uses: `translate(x,y)` and `rotate(a cx cy)`, in sequence. */
export function parseTransform(value: string | undefined): Matrix {
  let m: Matrix = IDENTITY;
  if (value === undefined) return m;
  for (const [, name, args] of value.matchAll(/(translate|rotate|scale)\(([^)]*)\)/g)) {
    const n = args!.split(/[\s,]+/).filter((part) => part !== '').map(Number);
    if (name === 'translate') m = multiply(m, translation(n[0] ?? 0, n[1] ?? 0));
    else if (name === 'rotate') m = multiply(m, rotation(n[0] ?? 0, n[1] ?? 0, n[2] ?? 0));
    else m = multiply(m, [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0]);
  }
  return m;
}
