import { describe, expect, it } from 'vitest';
import { makeDocument, makeEdge, makeNode } from '../model/fixtures/documents';
import type { FlowNode, SalesDocument } from '../model/types';
import { createElkNodeEngine } from './elkNodeEngine';
import { laneBands } from '../model/laneBands';
import type { LayoutOptions } from './options';
import { layoutDocument } from './runLayout';
import { opposingStretches } from './sharedStretches';
import { layoutViolations } from './testing/invariants';

const engine = createElkNodeEngine();

async function layOut(doc: SalesDocument, options: LayoutOptions = { direction: 'LR', spacing: 'normal' }): Promise<SalesDocument> {
  const result = await layoutDocument(doc, options, engine);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function center(doc: SalesDocument, id: string): { x: number; y: number } {
  const node = doc.nodes.find((candidate) => candidate.id === id) as FlowNode;
  return { x: node.position.x + node.size.width / 2, y: node.position.y + node.size.height / 2 };
}

const LANES = [
  { id: 'sales', order: 'b', label: 'Sales' },
  { id: 'presales', order: 'c', label: 'Pre-sales' },
  { id: 'legal', order: 'd', label: 'Legal' },
  { id: 'finance', order: 'e', label: 'Finance' },
];

/** A deal that goes back and forth between lanes, skips one, loops, and has an unassigned step. */
function zigzag(): SalesDocument {
  return makeDocument({
    lanes: LANES,
    nodes: [
      makeNode('start', 'start', { laneId: 'finance' }),
      makeNode('qualify', 'stage', { laneId: 'sales' }),
      makeNode('contract', 'document', { laneId: 'legal' }),
      makeNode('ok', 'decision', { laneId: 'sales' }),
      makeNode('invoice', 'stage', { laneId: 'finance' }),
      makeNode('partner', 'subprocess'),
      makeNode('won', 'end', { outcome: 'won', laneId: 'finance' }),
      makeNode('lost', 'end', { outcome: 'lost', laneId: 'sales' }),
      makeNode('tip', 'note', { laneId: 'legal', position: { x: 5000, y: 0 } }),
    ],
    edges: [
      makeEdge('e1', 'start', 'qualify'),
      makeEdge('e2', 'qualify', 'contract'),
      makeEdge('e3', 'contract', 'ok'),
      makeEdge('e4', 'ok', 'invoice'),
      makeEdge('e5', 'ok', 'qualify'),
      makeEdge('e6', 'ok', 'lost'),
      makeEdge('e7', 'invoice', 'won'),
      makeEdge('e8', 'qualify', 'partner'),
      makeEdge('e9', 'partner', 'won'),
      makeEdge('e10', 'start', 'won'),
      makeEdge('e11', 'contract', 'lost'),
    ],
  });
}

describe('swimlane layout', () => {
  for (const direction of ['LR', 'TB'] as const) {
    it(`keeps every node in its own lane, lanes in order, in ${direction}`, async () => {
      const result = await layOut(zigzag(), { direction, spacing: 'compact' });
      expect(layoutViolations(result)).toEqual([]);
      const bands = laneBands(result);
      // The empty lane (Pre-sales) keeps its place; the unassigned band comes last.
      expect(bands.map((band) => band.laneId)).toEqual(['sales', 'presales', 'legal', 'finance', null]);
      const across = (id: string) => (direction === 'LR' ? center(result, id).y : center(result, id).x);
      expect(across('qualify')).toBeLessThan(across('contract'));
      expect(across('contract')).toBeLessThan(across('invoice'));
      expect(across('invoice')).toBeLessThan(across('partner'));
      // The loose note stays in its own lane.
      const legal = bands[2]?.rect;
      const tip = center(result, 'tip');
      expect(legal && tip.x > legal.x && tip.x < legal.x + legal.width && tip.y > legal.y && tip.y < legal.y + legal.height).toBe(true);
    });
  }

  it('draws a flow that stays in one lane as straight lines', async () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => makeNode(id, id === 'c' ? 'decision' : 'stage', { laneId: 'sales' }));
    const edges = [makeEdge('e1', 'a', 'b'), makeEdge('e2', 'b', 'c'), makeEdge('e3', 'c', 'd')];
    const result = await layOut(makeDocument({ lanes: LANES.slice(0, 2), nodes, edges }));
    expect(layoutViolations(result)).toEqual([]);
    for (const edge of result.edges) expect(edge.points).toHaveLength(2);
    expect(new Set(result.nodes.map((node) => node.position.y + node.size.height / 2)).size).toBe(1);
  });

  it('routes loops and long edges around the nodes in between', async () => {
    const result = await layOut(zigzag(), { direction: 'LR', spacing: 'roomy' });
    expect(layoutViolations(result)).toEqual([]);
  });

  it.each(['LR', 'TB'] as const)('gives a loop-back ports of its own, across the flow, in %s', async (direction) => {
    const result = await layOut(zigzag(), { direction, spacing: 'normal' });
    const loop = result.edges.find((edge) => edge.id === 'e5');
    const across = direction === 'LR' ? ['top', 'bottom'] : ['left', 'right'];
    expect(across).toContain(loop?.sourceHandle);
    expect(across).toContain(loop?.targetHandle);
    // Neither the edge arriving where it leaves nor the one leaving where it arrives shares a line with it.
    expect(opposingStretches(result.edges.map((edge) => edge.points ?? []))).toEqual([]);
    expect(layoutViolations(result)).toEqual([]);
  });

  it('puts a way out fed from an early and a late decision next to the early one, not after the late one', async () => {
    const chain = ['start', 's1', 'early', 's2', 's3', 's4', 'late', 'won'];
    const nodes = [
      ...chain.map((id) =>
        makeNode(id, id === 'start' ? 'start' : id === 'won' ? 'end' : id === 'early' || id === 'late' ? 'decision' : 'stage', {
          laneId: 'sales',
          ...(id === 'won' ? { outcome: 'won' as const } : {}),
        }),
      ),
      makeNode('lost', 'end', { outcome: 'lost', laneId: 'legal' }),
    ];
    const edges = [
      ...chain.slice(1).map((id, i) => makeEdge(`c${i}`, chain[i] ?? 'start', id)),
      makeEdge('no-early', 'early', 'lost'),
      makeEdge('no-late', 'late', 'lost'),
    ];
    const result = await layOut(makeDocument({ lanes: LANES, nodes, edges }));
    expect(layoutViolations(result)).toEqual([]);
    const x = (id: string): number => center(result, id).x;
    // The early decision's column, the hand-over drawn straight down from it (handOverColumns.ts),
    // or the next; well before the late decision.
    expect(x('lost')).toBeGreaterThanOrEqual(x('early'));
    expect(x('lost')).toBeLessThanOrEqual(x('s2'));
    expect(x('lost')).toBeLessThan(x('late'));
    const late = result.edges.find((edge) => edge.id === 'no-late');
    expect(late?.points?.length).toBeGreaterThanOrEqual(2);
  });

  it('with a scope, lays out only the selection and leaves the rest where it was', async () => {
    const doc = zigzag();
    const placed = { ...doc, nodes: doc.nodes.map((node, i) => ({ ...node, position: { x: i * 300, y: 0 } })) };
    const result = await layOut(placed, { direction: 'LR', spacing: 'normal', scope: ['ok', 'invoice', 'won'] });
    for (const node of placed.nodes.filter((n) => !['ok', 'invoice', 'won'].includes(n.id))) {
      expect(result.nodes.find((n) => n.id === node.id)?.position).toEqual(node.position);
    }
    expect(result.edges.find((edge) => edge.id === 'e7')?.points?.length).toBeGreaterThanOrEqual(2);
    expect(result.edges.find((edge) => edge.id === 'e3')?.points).toBeUndefined();
  });
});
