import { describe, expect, it } from 'vitest';
import { createDocument } from '../model/document';
import type { FlowNode } from '../model/types';
import { fitTransform, focusOf, LABEL_PX, MIN_LABEL_PX, openingView, READABLE_ZOOM, revealTransform } from './viewRule';

const screen = { width: 1000, height: 700 };

describe('openingView', () => {
  it('fits a diagram whose labels stay readable when fitted', () => {
    const content = { x: 0, y: 0, width: 900, height: 400 };
    const view = openingView(content, { x: 0, y: 0, width: 140, height: 56 }, screen, 'LR');
    expect(view).toEqual(fitTransform(content, screen));
    expect(view.zoom * LABEL_PX).toBeGreaterThanOrEqual(MIN_LABEL_PX);
  });

  it('shows a 6,600-px strip at a readable zoom from its start, not squeezed into the width', () => {
    const content = { x: 0, y: 0, width: 6600, height: 300 };
    const start = { x: 0, y: 120, width: 140, height: 56 };
    const view = openingView(content, start, screen, 'LR');
    expect(fitTransform(content, screen).zoom).toBeLessThan(0.3);
    expect(view.zoom).toBe(READABLE_ZOOM);
    // The start sits at the left edge of the view, centred from top to bottom.
    const startLeft = start.x * view.zoom + view.x;
    expect(startLeft).toBeGreaterThan(0);
    expect(startLeft).toBeLessThan(100);
    expect(start.y * view.zoom + view.y + (start.height * view.zoom) / 2).toBeCloseTo(screen.height / 2);
  });

  it('starts a tall top-to-bottom flow at its top', () => {
    const content = { x: 0, y: 0, width: 300, height: 8000 };
    const start = { x: 80, y: 0, width: 140, height: 56 };
    const view = openingView(content, start, screen, 'TB');
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(start.y * view.zoom + view.y).toBeGreaterThan(0);
    expect(start.x * view.zoom + view.x + 70).toBeCloseTo(screen.width / 2);
  });
});

describe('focusOf', () => {
  const node = (id: string, kind: FlowNode['kind'], x: number): FlowNode => ({ id, kind, label: id, position: { x, y: 0 }, size: { width: 100, height: 50 } });
  const document = { ...createDocument({ id: 'd', title: 'T', now: 0 }), nodes: [node('s', 'stage', 0), node('b', 'start', 500), node('a', 'start', 300)] };

  it('is the first start along the flow', () => {
    expect(focusOf(document, [])).toEqual({ x: 300, y: 0, width: 100, height: 50 });
  });

  it('is the selection when there is one', () => {
    expect(focusOf(document, ['s', 'b'])).toEqual({ x: 0, y: 0, width: 600, height: 50 });
  });
});

describe('revealTransform', () => {
  it('leaves a view that already shows the target as it is', () => {
    const view = { x: 0, y: 0, zoom: 1 };
    expect(revealTransform(view, { x: 100, y: 100, width: 160, height: 64 }, screen)).toEqual(view);
  });

  it('moves the view just enough to bring a node past the right edge into sight', () => {
    const view = revealTransform({ x: 0, y: 0, zoom: 1 }, { x: 1200, y: 100, width: 160, height: 64 }, screen);
    expect(view.y).toBe(0);
    expect(1200 + 160 + view.x).toBeLessThanOrEqual(screen.width);
    expect(1200 + view.x).toBeGreaterThan(screen.width / 2);
  });
});
