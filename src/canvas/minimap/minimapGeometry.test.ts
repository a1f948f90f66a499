import { describe, expect, it } from 'vitest';
import {
  MINIMAP_HEIGHT,
  MINIMAP_WIDTH,
  minimapFrame,
  toDiagramPoint,
  transformShowing,
  visibleRect,
  zoomedAboutCentre,
} from './minimapGeometry';

const diagram = { x: 0, y: 0, width: 2000, height: 600 };

describe('minimap geometry', () => {
  it('turns the viewport into the rectangle of the diagram on screen', () => {
    expect(visibleRect({ x: -200, y: 100, zoom: 2 }, 800, 600)).toEqual({ x: 100, y: -50, width: 400, height: 300 });
  });

  it('fits the diagram, centred, with padding, when the view is inside it', () => {
    const frame = minimapFrame(diagram, { x: 100, y: 100, width: 400, height: 300 });
    const topLeft = { x: (diagram.x - frame.origin.x) / frame.scale, y: (diagram.y - frame.origin.y) / frame.scale };
    const right = (diagram.x + diagram.width - frame.origin.x) / frame.scale;
    const bottom = (diagram.y + diagram.height - frame.origin.y) / frame.scale;
    expect(topLeft.x).toBeCloseTo(6);
    expect(right).toBeCloseTo(MINIMAP_WIDTH - 6);
    expect(topLeft.y + bottom).toBeCloseTo(MINIMAP_HEIGHT);
  });

  it('grows to show a view that leaves the diagram', () => {
    const inside = minimapFrame(diagram, { x: 100, y: 100, width: 400, height: 300 });
    const outside = minimapFrame(diagram, { x: 3000, y: 100, width: 400, height: 300 });
    expect(outside.scale).toBeGreaterThan(inside.scale);
    const viewRight = (3400 - outside.origin.x) / outside.scale;
    expect(viewRight).toBeLessThanOrEqual(MINIMAP_WIDTH - 6 + 1e-9);
  });

  it('shows only the view when there is no diagram', () => {
    const view = { x: -50, y: -50, width: 400, height: 300 };
    const frame = minimapFrame(undefined, view);
    expect(toDiagramPoint(frame, { x: MINIMAP_WIDTH / 2, y: MINIMAP_HEIGHT / 2 })).toEqual({ x: 150, y: 100 });
  });

  it('maps a minimap pixel back to the diagram point drawn there', () => {
    const frame = minimapFrame(diagram, { x: 100, y: 100, width: 400, height: 300 });
    const point = { x: 1234, y: 345 };
    const pixel = { x: (point.x - frame.origin.x) / frame.scale, y: (point.y - frame.origin.y) / frame.scale };
    const back = toDiagramPoint(frame, pixel);
    expect(back.x).toBeCloseTo(point.x);
    expect(back.y).toBeCloseTo(point.y);
  });

  it('puts a chosen diagram point at the top-left corner of the view', () => {
    const transform = transformShowing({ x: 300, y: -20 }, 1.5);
    const view = visibleRect(transform, 800, 600);
    expect(view.x).toBeCloseTo(300);
    expect(view.y).toBeCloseTo(-20);
  });

  it('zooms about the centre of the view', () => {
    const view = visibleRect({ x: -200, y: -100, zoom: 1 }, 800, 600);
    const frame = minimapFrame(diagram, view);
    const zoomed = visibleRect(zoomedAboutCentre(frame, 1, 2), 800, 600);
    expect(zoomed.width).toBeCloseTo(400);
    expect(zoomed.x + zoomed.width / 2).toBeCloseTo(view.x + view.width / 2);
    expect(zoomed.y + zoomed.height / 2).toBeCloseTo(view.y + view.height / 2);
  });
});
