import { describe, expect, it } from 'vitest';
import { laneBands as modelLaneBands } from '../../model/laneBands';
import { makeDocument, makeNode } from '../../model/fixtures/documents';
import { LANE_HEADER } from '../../model/laneBands';
import { laneBands } from './laneBands';

function laned(direction: 'LR' | 'TB') {
  return makeDocument({
    settings: { direction, gridSize: 20, snapToGrid: true, period: 'month', currency: 'USD' },
    lanes: [
      { order: 'k0010007', id: 'sales', label: 'Sales', color: '#dbeafe' },
      { order: 'k0011007', id: 'legal', label: 'Legal' },
    ],
    nodes: [
      makeNode('a', 'stage', { laneId: 'sales', position: { x: 0, y: 0 } }),
      makeNode('b', 'stage', { laneId: 'legal', position: { x: 300, y: 200 } }),
      makeNode('c', 'stage', { position: { x: 600, y: 400 } }),
    ],
  });
}

describe('SVG lane bands', () => {
  it('draws the bands the canvas draws, with a header strip before the nodes', () => {
    for (const direction of ['LR', 'TB'] as const) {
      const document = laned(direction);
      const drawn = laneBands(document, 'Unassigned');
      expect(drawn.map((band) => band.rect)).toEqual(modelLaneBands(document).map((band) => band.rect));
      for (const band of drawn) {
        expect(band.header.x).toBe(band.rect.x);
        expect(band.header.y).toBe(band.rect.y);
        expect(direction === 'LR' ? band.header.width : band.header.height).toBe(LANE_HEADER);
      }
    }
  });

  it('labels each band with its lane, and the last with the unassigned label', () => {
    const drawn = laneBands(laned('LR'), 'Unassigned');
    expect(drawn.map((band) => [band.label, band.color, band.index])).toEqual([
      ['Sales', '#dbeafe', 0],
      ['Legal', undefined, 1],
      ['Unassigned', undefined, 2],
    ]);
  });
});
