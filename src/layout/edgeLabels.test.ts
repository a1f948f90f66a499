import { describe, expect, it } from 'vitest';
import { edgeLabelBox } from '../geometry/labelBox';
import { labelPoint } from '../geometry/polyline';
import type { Point } from '../model/types';
import { placeEdgeLabels } from './edgeLabels';
import { rectsOverlap, type Rect } from '../geometry/rect';

function labelBox(label: string, at: Point): Rect {
  const { width, height } = edgeLabelBox(label);
  return { x: at.x - width / 2, y: at.y - height / 2, width, height };
}

describe('placeEdgeLabels', () => {
  it('keeps the middle of the longest segment when nothing is in the way', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 300, y: 0 },
      { x: 300, y: 40 },
    ];
    const places = placeEdgeLabels([{ id: 'e', label: 'Yes', points }], []);
    expect(places.get('e')).toEqual(labelPoint(points));
  });

  it('moves a label off a node that sits beside the middle of its segment', () => {
    const points = [
      { x: 0, y: 100 },
      { x: 400, y: 100 },
    ];
    const node = { x: 180, y: 80, width: 60, height: 60 };
    const at = placeEdgeLabels([{ id: 'e', label: 'Needs more time', points }], [node]).get('e');
    expect(at).toBeDefined();
    expect(at?.y).toBe(100);
    expect(rectsOverlap(labelBox('Needs more time', at as Point), node)).toBe(false);
  });

  it('gives two branches that run side by side labels that do not overlap', () => {
    const yes = [
      { x: 0, y: 0 },
      { x: 20, y: 0 },
      { x: 20, y: 300 },
      { x: 60, y: 300 },
    ];
    const later = [
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 300 },
      { x: 60, y: 300 },
    ];
    const places = placeEdgeLabels(
      [
        { id: 'yes', label: 'Yes', points: yes },
        { id: 'later', label: 'Needs more time', points: later },
      ],
      [],
    );
    const a = labelBox('Yes', places.get('yes') as Point);
    const b = labelBox('Needs more time', places.get('later') as Point);
    expect(rectsOverlap(a, b)).toBe(false);
  });

  it('prefers a place that covers no other edge, and keeps its own arrowhead visible', () => {
    const own = [
      { x: 0, y: 0 },
      { x: 0, y: 400 },
    ];
    const crossing = [
      { x: -100, y: 200 },
      { x: 100, y: 200 },
    ];
    const at = placeEdgeLabels([{ id: 'e', label: 'No', points: own }, { id: 'other', points: crossing }], []).get('e') as Point;
    const box = labelBox('No', at);
    expect(box.y > 200 || box.y + box.height < 200).toBe(true);
    expect(box.y + box.height).toBeLessThan(400 - 14);
  });

  it('falls back to the ordinary place when every place is taken', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const wall = { x: -50, y: -50, width: 200, height: 100 };
    expect(placeEdgeLabels([{ id: 'e', label: 'Yes', points }], [wall]).get('e')).toEqual(labelPoint(points));
  });

  it('keeps clear of labels that stay where they are', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 400, y: 0 },
    ];
    const fixed = labelBox('Existing', { x: 200, y: 0 });
    const at = placeEdgeLabels([{ id: 'e', label: 'Yes', points }], [], [fixed]).get('e') as Point;
    expect(rectsOverlap(labelBox('Yes', at), fixed)).toBe(false);
  });

  it('places nothing for edges without a label', () => {
    expect(placeEdgeLabels([{ id: 'e', points: [{ x: 0, y: 0 }, { x: 50, y: 0 }] }], []).size).toBe(0);
  });
});
