import { describe, expect, it } from 'vitest';
import { makeDocument, makeNode } from './fixtures/documents';
import { EMPTY_LANE_THICKNESS, LANE_HEADER, LANE_PADDING, bandOf, laneBands } from './laneBands';

const lanes = [
  { id: 'sales', order: 'b', label: 'Sales' },
  { id: 'legal', order: 'c', label: 'Legal' },
  { id: 'finance', order: 'd', label: 'Finance' },
];
const size = { width: 100, height: 50 };

describe('laneBands', () => {
  it('is empty for a document without lanes', () => {
    expect(laneBands(makeDocument({ nodes: [makeNode('a')] }))).toEqual([]);
  });

  it('derives rows from the nodes, in lane order, contiguous, sharing one length', () => {
    const doc = makeDocument({
      lanes,
      nodes: [
        makeNode('a', 'stage', { laneId: 'sales', size, position: { x: 0, y: 0 } }),
        makeNode('b', 'stage', { laneId: 'legal', size, position: { x: 200, y: 150 } }),
        makeNode('c', 'stage', { laneId: 'finance', size, position: { x: 400, y: 300 } }),
      ],
    });
    const x = -LANE_PADDING - LANE_HEADER;
    const width = 500 + LANE_PADDING - x;
    expect(laneBands(doc)).toEqual([
      { laneId: 'sales', rect: { x, y: -LANE_PADDING, width, height: 150 - LANE_PADDING + LANE_PADDING } },
      { laneId: 'legal', rect: { x, y: 150 - LANE_PADDING, width, height: 150 } },
      { laneId: 'finance', rect: { x, y: 300 - LANE_PADDING, width, height: 50 + 2 * LANE_PADDING } },
    ]);
  });

  it('gives an empty lane its own thickness and an unassigned band after the last lane', () => {
    const doc = makeDocument({
      lanes,
      nodes: [
        makeNode('a', 'stage', { laneId: 'sales', size, position: { x: 0, y: 0 } }),
        makeNode('c', 'stage', { laneId: 'finance', size, position: { x: 0, y: 50 + 2 * LANE_PADDING + EMPTY_LANE_THICKNESS } }),
        makeNode('free', 'stage', { size, position: { x: 0, y: 400 } }),
      ],
    });
    const bands = laneBands(doc);
    expect(bands.map((band) => band.laneId)).toEqual(['sales', 'legal', 'finance', null]);
    expect(bands[1]?.rect.height).toBe(EMPTY_LANE_THICKNESS);
    expect(bands[3]?.rect.y).toBe(bands[2] && bands[2].rect.y + bands[2].rect.height);
    expect(bandOf(bands, { laneId: undefined })?.laneId).toBeNull();
    expect(bandOf(bands, { laneId: 'legal' })?.laneId).toBe('legal');
  });

  it('never lets bands overlap, even when a node strays into the lane before its own', () => {
    const doc = makeDocument({
      lanes,
      nodes: [
        makeNode('a', 'stage', { laneId: 'sales', size, position: { x: 0, y: 100 } }),
        makeNode('b', 'stage', { laneId: 'legal', size, position: { x: 0, y: 0 } }),
      ],
    });
    const [sales, legal] = laneBands(doc);
    expect(legal && sales && legal.rect.y).toBe(sales && sales.rect.y + sales.rect.height);
    // The stray lane's band is empty, never of negative size (an SVG rect would refuse it).
    expect(legal?.rect.height).toBe(0);
  });

  it('makes columns when the flow runs top to bottom', () => {
    const doc = makeDocument({
      settings: { ...makeDocument().settings, direction: 'TB' },
      lanes: lanes.slice(0, 2),
      nodes: [
        makeNode('a', 'stage', { laneId: 'sales', size, position: { x: 0, y: 0 } }),
        makeNode('b', 'stage', { laneId: 'legal', size, position: { x: 200, y: 300 } }),
      ],
    });
    const [sales, legal] = laneBands(doc);
    expect(sales?.rect).toEqual({ x: -LANE_PADDING, y: -LANE_PADDING - LANE_HEADER, width: 200, height: 350 + 2 * LANE_PADDING + LANE_HEADER });
    expect(legal?.rect.x).toBe(200 - LANE_PADDING);
    expect(legal?.rect.width).toBe(100 + 2 * LANE_PADDING);
  });

  it('draws lanes without nodes as empty bands at the origin', () => {
    const bands = laneBands(makeDocument({ lanes }));
    expect(bands.map((band) => band.rect.y)).toEqual([0, EMPTY_LANE_THICKNESS, 2 * EMPTY_LANE_THICKNESS]);
  });
});
