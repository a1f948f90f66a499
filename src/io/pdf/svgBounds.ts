// A box around each element of our SVG (svgTree.ts), in its parent's units, so that a page draws
// only what falls inside it: a step page of a 100-node diagram shows a handful of nodes, and
// painting the rest under a clip would cost time and bytes on every page.

import { apply, parseTransform, type Matrix } from './matrix';
import type { SvgNode } from './svgTree';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const cache = new WeakMap<SvgNode, Box | null>();

function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return { minX: Math.min(a.minX, b.minX), minY: Math.min(a.minY, b.minY), maxX: Math.max(a.maxX, b.maxX), maxY: Math.max(a.maxY, b.maxY) };
}

function around(points: readonly { x: number; y: number }[], grow: number): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { minX: Math.min(...xs) - grow, minY: Math.min(...ys) - grow, maxX: Math.max(...xs) + grow, maxY: Math.max(...ys) + grow };
}

/** Every point a path's absolute commands pass through or pull towards; arcs grown by their radii. */
function pathPoints(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let current = { x: 0, y: 0 };
  for (const [, command, args] of d.matchAll(/([MLHVQCAZ])([^MLHVQCAZ]*)/gi)) {
    const n = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    if (command === 'H') current = { x: n[n.length - 1] ?? current.x, y: current.y };
    else if (command === 'V') current = { x: current.x, y: n[n.length - 1] ?? current.y };
    else if (command === 'A') {
      const [rx = 0, ry = 0] = n;
      const end = { x: n[5] ?? current.x, y: n[6] ?? current.y };
      for (const p of [current, end]) points.push({ x: p.x - rx, y: p.y - ry }, { x: p.x + rx, y: p.y + ry });
      current = end;
    } else if (command !== 'Z') {
      for (let i = 0; i + 1 < n.length; i += 2) points.push({ x: n[i]!, y: n[i + 1]! });
      current = points[points.length - 1] ?? current;
    }
    points.push(current);
  }
  return points;
}

function ownBox(node: SvgNode): Box | null {
  const a = node.attributes;
  const number = (name: string) => Number(a.get(name) ?? 0) || 0;
  const stroke = number('stroke-width');
  switch (node.tag) {
    case 'rect':
      return around([{ x: number('x'), y: number('y') }, { x: number('x') + number('width'), y: number('y') + number('height') }], stroke);
    case 'circle':
      return around([{ x: number('cx'), y: number('cy') }], number('r') + stroke);
    case 'path':
      // Room for an arrowhead past the line's end.
      return around(pathPoints(a.get('d') ?? ''), stroke + (a.has('marker-end') ? 12 : 0));
    case 'tspan':
    case 'text': {
      // Generous: the text's width is only known in the font; this box only decides what to skip.
      const size = number('font-size') || 16;
      const spans = node.tag === 'text' && node.children.length > 0 ? node.children : [node];
      return around(spans.flatMap((span) => {
        const x = Number(span.attributes.get('x') ?? 0) || 0;
        const y = Number(span.attributes.get('y') ?? 0) || 0;
        const half = [...span.text].length * size;
        return [{ x: x - half, y: y - size }, { x: x + half, y: y + size }];
      }), 0);
    }
    default:
      return null;
  }
}

function transformed(box: Box | null, m: Matrix): Box | null {
  if (!box) return null;
  const corners = [apply(m, box.minX, box.minY), apply(m, box.maxX, box.minY), apply(m, box.minX, box.maxY), apply(m, box.maxX, box.maxY)];
  return around(corners, 0);
}

/** The element's box in its parent's units (its own transform applied); `null` when it draws nothing we can place. */
export function svgBounds(node: SvgNode): Box | null {
  if (cache.has(node)) return cache.get(node) ?? null;
  let box = node.tag === 'defs' || node.tag === 'title' ? null : ownBox(node);
  if (node.tag === 'g' || node.tag === 'svg') for (const child of node.children) box = union(box, svgBounds(child));
  const result = transformed(box, parseTransform(node.attributes.get('transform')));
  cache.set(node, result);
  return result;
}
