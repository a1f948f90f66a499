// Where a path from our SVG writer ends and which way it points there: what an SVG viewer needs
// to turn a `marker-end` (the arrowhead), which PDF has no notion of. Absolute commands only, as
// src/geometry/polyline.ts and src/model/shapes.ts write them.

export interface PathEnd {
  x: number;
  y: number;
  /** Radians, the direction of travel at the end. */
  angle: number;
}

export function pathEnd(d: string): PathEnd | null {
  let current = { x: 0, y: 0 };
  let before = current;
  for (const [, command, args] of d.matchAll(/([MLHVQCAZ])([^MLHVQCAZ]*)/gi)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const point = (i: number) => ({ x: n[i] ?? 0, y: n[i + 1] ?? 0 });
    switch (command) {
      case 'M':
        current = point(n.length - 2);
        before = current;
        break;
      case 'L':
        before = n.length >= 4 ? point(n.length - 4) : current;
        current = point(n.length - 2);
        break;
      case 'H':
        before = current;
        current = { x: n[n.length - 1] ?? current.x, y: current.y };
        break;
      case 'V':
        before = current;
        current = { x: current.x, y: n[n.length - 1] ?? current.y };
        break;
      case 'Q':
      case 'C':
        before = point(n.length - 4);
        current = point(n.length - 2);
        break;
      case 'A':
        before = current;
        current = point(n.length - 2);
        break;
      default:
        break;
    }
  }
  if (before.x === current.x && before.y === current.y) return null;
  return { ...current, angle: Math.atan2(current.y - before.y, current.x - before.x) };
}
