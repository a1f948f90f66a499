import { describe, expect, it } from 'vitest';
import { anchorPoint, facingSides, kindAppearance, nearestSide, shapeGeometry, type ShapeGeometry } from './shapes';
import { HANDLE_SIDES, NODE_KINDS, type FlowNode } from './types';

const SIZES = [
  { width: 160, height: 64 },
  { width: 140, height: 96 },
  { width: 40, height: 200 },
  { width: 600, height: 30 },
  { width: 1, height: 1 },
];

function numbersIn(geometry: ShapeGeometry): number[] {
  const text =
    geometry.outline.type === 'path'
      ? geometry.outline.d
      : [geometry.outline.x, geometry.outline.y, geometry.outline.width, geometry.outline.height, geometry.outline.rx].join(' ');
  const all = [text, ...geometry.decorations.map((d) => d.d)].join(' ');
  return (all.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
}

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function node(kind: FlowNode['kind'], x: number, y: number, width: number, height: number): FlowNode {
  return { id: 'n', kind, label: '', position: { x, y }, size: { width, height } };
}

describe('shapeGeometry', () => {
  it('stays within the node box with finite numbers, for every kind and size', () => {
    for (const kind of NODE_KINDS) {
      for (const { width, height } of SIZES) {
        const geometry = shapeGeometry(kind, width, height);
        const numbers = numbersIn(geometry);
        expect(numbers.length).toBeGreaterThan(0);
        for (const value of numbers) {
          expect(Number.isFinite(value), `${kind} ${width}x${height}`).toBe(true);
          // Coordinates and arc radii stay within the box's larger side; the document wave's Bézier
          // handles reach a third of its 10-unit amplitude past the curve itself.
          expect(Math.abs(value), `${kind} ${width}x${height}`).toBeLessThanOrEqual(Math.max(width, height) + 4);
        }
      }
    }
  });

  it('puts the text box inside the node box', () => {
    for (const kind of NODE_KINDS) {
      for (const { width, height } of SIZES.slice(0, 4)) {
        const box = shapeGeometry(kind, width, height).textBox;
        expect(box.width, kind).toBeGreaterThan(0);
        expect(box.height, kind).toBeGreaterThan(0);
        expect(box.x, kind).toBeGreaterThanOrEqual(0);
        expect(box.y, kind).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, kind).toBeLessThanOrEqual(width);
        expect(box.y + box.height, kind).toBeLessThanOrEqual(height);
      }
    }
  });

  it('keeps the decision label inside the diamond', () => {
    const w = 140;
    const h = 96;
    const box = shapeGeometry('decision', w, h).textBox;
    // A point is inside the diamond when |dx|/(w/2) + |dy|/(h/2) <= 1; check the box's corners.
    for (const [x, y] of [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ] as const) {
      expect(Math.abs(x - w / 2) / (w / 2) + Math.abs(y - h / 2) / (h / 2)).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('draws the symbols the kinds are known by', () => {
    const pill = shapeGeometry('start', 140, 56).outline;
    expect(pill).toMatchObject({ type: 'rect', rx: 28 });
    expect(shapeGeometry('end', 140, 56).outline).toMatchObject({ type: 'rect', rx: 28 });
    expect(shapeGeometry('stage', 160, 64).outline).toMatchObject({ type: 'rect' });
    expect(shapeGeometry('decision', 140, 96).outline).toEqual({ type: 'path', d: 'M70,0L140,48L70,96L0,48Z' });
    const document = shapeGeometry('document', 150, 72).outline;
    expect(document.type === 'path' && /C/.test(document.d)).toBe(true);
    const data = shapeGeometry('data', 140, 72);
    expect(data.outline.type === 'path' && (data.outline.d.match(/A/g) ?? []).length).toBe(2);
    expect(data.decorations).toHaveLength(1);
    const delay = shapeGeometry('delay', 140, 64).outline;
    expect(delay.type === 'path' && (delay.d.match(/A/g) ?? []).length).toBe(1);
    expect(shapeGeometry('subprocess', 160, 64).decorations.map((d) => d.paint)).toEqual(['line', 'line']);
    expect(shapeGeometry('note', 160, 80).decorations.map((d) => d.paint)).toEqual(['shade']);
  });
});

describe('anchorPoint', () => {
  it('is the middle of each side', () => {
    const n = node('stage', 100, 50, 160, 64);
    expect(anchorPoint(n, 'top')).toEqual({ x: 180, y: 50 });
    expect(anchorPoint(n, 'right')).toEqual({ x: 260, y: 82 });
    expect(anchorPoint(n, 'bottom')).toEqual({ x: 180, y: 114 });
    expect(anchorPoint(n, 'left')).toEqual({ x: 100, y: 82 });
  });

  it('meets the document symbol on its wave, not below it', () => {
    const bottom = anchorPoint(node('document', 0, 0, 150, 72), 'bottom');
    expect(bottom.x).toBe(75);
    expect(bottom.y).toBeLessThan(72);
    expect(bottom.y).toBeGreaterThan(72 - 15);
  });
});

describe('nearestSide', () => {
  const n = node('stage', 0, 0, 200, 50);

  it('picks the side facing the point', () => {
    expect(nearestSide(n, { x: 500, y: 25 })).toBe('right');
    expect(nearestSide(n, { x: -500, y: 25 })).toBe('left');
    expect(nearestSide(n, { x: 100, y: 300 })).toBe('bottom');
    expect(nearestSide(n, { x: 100, y: -300 })).toBe('top');
  });

  it('weighs distances by the node proportions', () => {
    // 150 right and 100 down of the centre of a wide, flat node: the bottom faces it.
    expect(nearestSide(n, { x: 250, y: 125 })).toBe('bottom');
  });

  it('is one of the four sides for every point around the node', () => {
    for (let angle = 0; angle < 360; angle += 7) {
      const side = nearestSide(n, { x: 100 + Math.cos(angle) * 300, y: 25 + Math.sin(angle) * 300 });
      expect(HANDLE_SIDES).toContain(side);
    }
  });
});

describe('kindAppearance', () => {
  it('has readable text on every fill, light and dark (WCAG AA 4.5:1)', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const kind of NODE_KINDS) {
        const { fill, text } = kindAppearance(kind, theme);
        expect(contrast(fill, text), `${theme} ${kind}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('gives every kind its own colours', () => {
    for (const theme of ['light', 'dark'] as const) {
      const fills = new Set(NODE_KINDS.map((kind) => kindAppearance(kind, theme).fill));
      const strokes = new Set(NODE_KINDS.map((kind) => kindAppearance(kind, theme).stroke));
      expect(fills.size).toBe(NODE_KINDS.length);
      expect(strokes.size).toBe(NODE_KINDS.length);
    }
  });

  it('draws outlines that stand out from a white or dark page (3:1 for graphics)', () => {
    for (const kind of NODE_KINDS) {
      expect(contrast(kindAppearance(kind, 'light').stroke, '#ffffff'), kind).toBeGreaterThanOrEqual(3);
      expect(contrast(kindAppearance(kind, 'dark').stroke, '#0f172a'), kind).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('facingSides', () => {
  const a = node('stage', 0, 0, 100, 40);

  it('pairs right and left when the nodes lie further apart across than down', () => {
    expect(facingSides(a, node('stage', 200, 100, 100, 40))).toEqual(['right', 'left']);
    expect(facingSides(a, node('stage', -300, 50, 100, 40))).toEqual(['left', 'right']);
  });

  it('pairs bottom and top when the nodes lie further apart down than across', () => {
    expect(facingSides(a, node('stage', 30, 200, 100, 40))).toEqual(['bottom', 'top']);
    expect(facingSides(a, node('stage', 120, -200, 100, 40))).toEqual(['top', 'bottom']);
  });
});
