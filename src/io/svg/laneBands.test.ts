import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../../model/types';
import { documentBounds } from './bounds';
import { EMPTY_LANE, LANE_HEADER, LANE_PADDING, laneBands } from './laneBands';
import { emptyDocument, salesProcess } from './testing/fixtures';

function stage(id: string, x: number, y: number, laneId?: string): FlowNode {
  const node: FlowNode = { id, kind: 'stage', label: id, position: { x, y }, size: { width: 100, height: 50 } };
  if (laneId !== undefined) node.laneId = laneId;
  return node;
}

const content = { minX: 0, minY: 0, maxX: 600, maxY: 600 };

describe('laneBands', () => {
  it('has no bands without lanes', () => {
    expect(laneBands(emptyDocument({ nodes: [stage('a', 0, 0)] }), content)).toEqual([]);
  });

  it('stacks rows that meet halfway between their nodes and span the whole width', () => {
    const doc = emptyDocument({
      lanes: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      nodes: [stage('n1', 0, 0, 'a'), stage('n2', 300, 200, 'b')],
    });
    const [a, b] = laneBands(doc, { minX: 0, minY: 0, maxX: 400, maxY: 250 });
    const meet = (50 + LANE_PADDING + 200 - LANE_PADDING) / 2;
    expect(a?.band).toEqual({
      x: -LANE_PADDING - LANE_HEADER.LR,
      y: -LANE_PADDING,
      width: 400 + 2 * LANE_PADDING + LANE_HEADER.LR,
      height: meet + LANE_PADDING,
    });
    expect(b?.band.y).toBe(meet);
    expect((b?.band.y ?? NaN) + (b?.band.height ?? NaN)).toBe(250 + LANE_PADDING);
    expect(a?.header).toEqual({ ...a?.band, width: LANE_HEADER.LR });
  });

  it('makes columns with headers on top when the flow runs top to bottom', () => {
    const doc = emptyDocument({
      settings: { ...emptyDocument().settings, direction: 'TB' },
      lanes: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
      nodes: [stage('n1', 0, 0, 'a'), stage('n2', 300, 200, 'b')],
    });
    const [a, b] = laneBands(doc, { minX: 0, minY: 0, maxX: 400, maxY: 250 });
    expect(a?.band.x).toBe(-LANE_PADDING);
    expect(b?.band.x).toBe(a !== undefined ? a.band.x + a.band.width : NaN);
    expect(a?.band.y).toBe(-LANE_PADDING - LANE_HEADER.TB);
    expect(a?.header.height).toBe(LANE_HEADER.TB);
    expect(a?.header.width).toBe(a?.band.width);
  });

  it('gives empty lanes a default thickness in their place in the order', () => {
    const doc = emptyDocument({
      lanes: [
        { id: 'a', label: 'A' },
        { id: 'empty', label: 'Empty' },
        { id: 'b', label: 'B' },
      ],
      nodes: [stage('n1', 0, 0, 'a'), stage('n2', 0, 1000, 'b')],
    });
    const [a, empty, b] = laneBands(doc, content);
    expect(empty?.band.y).toBe(a !== undefined ? a.band.y + a.band.height : NaN);
    expect(b?.band.y).toBe(empty !== undefined ? empty.band.y + empty.band.height : NaN);
    expect(empty?.band.height).toBeGreaterThanOrEqual(EMPTY_LANE);
  });

  it('adds a band for nodes without a lane, or with an unknown one, after the last lane', () => {
    const doc = emptyDocument({
      lanes: [{ id: 'a', label: 'A' }],
      nodes: [stage('n1', 0, 0, 'a'), stage('n2', 0, 300), stage('n3', 200, 300, 'gone')],
    });
    const bands = laneBands(doc, content, 'Unassigned');
    expect(bands.map((b) => [b.laneId, b.label])).toEqual([
      ['a', 'A'],
      [null, 'Unassigned'],
    ]);
  });
});

describe('documentBounds', () => {
  it('is an empty rectangle at the origin for an empty document', () => {
    expect(documentBounds(emptyDocument())).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });

  it('covers nodes and bend points', () => {
    const doc = emptyDocument({
      nodes: [stage('a', 0, 0), stage('b', 400, 0)],
      edges: [{ id: 'e', source: 'a', target: 'b', points: [{ x: 250, y: 25 }, { x: 250, y: 900 }] }],
    });
    expect(documentBounds(doc)).toEqual({ x: 0, y: 0, width: 500, height: 900 });
  });

  it('covers the lanes and their headers', () => {
    const doc = salesProcess('en');
    const bounds = documentBounds(doc);
    const minX = Math.min(...doc.nodes.map((n) => n.position.x));
    expect(bounds.x).toBe(minX - LANE_PADDING - LANE_HEADER.LR);
  });
});
