import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../lib/deepFreeze';
import { makeDocument, makeEdge, makeNode } from '../model/fixtures/documents';
import { generateDocument } from '../model/generate';
import type { FlowNode, SalesDocument } from '../model/types';
import { applyElkResult, ElkResultError } from './applyElkResult';
import { toElkGraph } from './elkGraph';
import { createElkNodeEngine } from './elkNodeEngine';
import { rectOf, sideMiddle } from './geometry';
import type { LayoutOptions } from './options';
import { layoutViolations } from './testing/invariants';

const LR: LayoutOptions = { direction: 'LR', spacing: 'normal' };
const engine = createElkNodeEngine();

async function layOut(doc: SalesDocument, options: LayoutOptions = LR): Promise<SalesDocument> {
  return applyElkResult(doc, await engine.layout(toElkGraph(doc, options)), options);
}

function node(doc: SalesDocument, id: string): FlowNode {
  const found = doc.nodes.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

/** Gap between two boxes: 0 when they touch or overlap. */
function gapBetween(a: FlowNode, b: FlowNode): number {
  const dx = Math.max(0, b.position.x - (a.position.x + a.size.width), a.position.x - (b.position.x + b.size.width));
  const dy = Math.max(0, b.position.y - (a.position.y + a.size.height), a.position.y - (b.position.y + b.size.height));
  return Math.hypot(dx, dy);
}

function pipeline(extra: Partial<SalesDocument> = {}): SalesDocument {
  return makeDocument({
    nodes: [
      makeNode('start', 'start', { position: { x: 500, y: 300 } }),
      makeNode('qualify', 'stage', { position: { x: 500, y: 300 } }),
      makeNode('fit', 'decision', { position: { x: 500, y: 300 } }),
      makeNode('won', 'end', { outcome: 'won', position: { x: 500, y: 300 } }),
      makeNode('lost', 'end', { outcome: 'lost', position: { x: 500, y: 300 } }),
    ],
    edges: [
      makeEdge('e1', 'start', 'qualify'),
      makeEdge('e2', 'qualify', 'fit'),
      makeEdge('e3', 'fit', 'won', { label: 'Yes' }),
      makeEdge('e4', 'fit', 'lost', { label: 'No' }),
      makeEdge('e5', 'fit', 'qualify', { label: 'Retry' }),
    ],
    ...extra,
  });
}

describe('applyElkResult', () => {
  it('keeps the top-left corner of what it lays out where it was', async () => {
    const result = await layOut(pipeline());
    expect(Math.min(...result.nodes.map((n) => n.position.x))).toBeCloseTo(500, 6);
    expect(Math.min(...result.nodes.map((n) => n.position.y))).toBeCloseTo(300, 6);
    expect(layoutViolations(result)).toEqual([]);
  });

  it('ends every route at the middle of the side its handle names', async () => {
    for (const lanes of [false, true]) {
      for (const direction of ['LR', 'TB'] as const) {
        const result = await layOut(generateDocument({ nodes: 80, seed: 4, lanes }), { direction, spacing: 'normal' });
        for (const edge of result.edges) {
          const points = edge.points ?? [];
          const first = points[0];
          const last = points[points.length - 1];
          if (!edge.sourceHandle || !edge.targetHandle || !first || !last) throw new Error(edge.id);
          const start = sideMiddle(rectOf(node(result, edge.source)), edge.sourceHandle);
          const end = sideMiddle(rectOf(node(result, edge.target)), edge.targetHandle);
          expect(Math.hypot(start.x - first.x, start.y - first.y)).toBeLessThan(1e-6);
          expect(Math.hypot(end.x - last.x, end.y - last.y)).toBeLessThan(1e-6);
        }
      }
    }
  });

  it('puts the main flow left to right, or top to bottom', async () => {
    const lr = await layOut(pipeline());
    expect(node(lr, 'qualify').position.x).toBeGreaterThan(node(lr, 'start').position.x);
    expect(node(lr, 'won').position.x).toBeGreaterThan(node(lr, 'fit').position.x);
    const tb = await layOut(pipeline(), { direction: 'TB', spacing: 'normal' });
    expect(node(tb, 'won').position.y).toBeGreaterThan(node(tb, 'fit').position.y);
    expect(tb.settings.direction).toBe('TB');
  });

  it('keeps a note right beside the node it annotates', async () => {
    const doc = generateDocument({ nodes: 100, seed: 12 });
    const result = await layOut(doc);
    const notes = result.nodes.filter((n) => n.kind === 'note' && n.attachedTo !== undefined);
    expect(notes.length).toBeGreaterThan(0);
    // In the layer right after its node: one layer spacing (72) and a little for alignment.
    for (const note of notes) expect(gapBetween(note, node(result, note.attachedTo as string))).toBeLessThanOrEqual(100);
  });

  it('leaves a note tied to nothing where it is, unless the new layout covers it', async () => {
    const free = pipeline();
    free.nodes.push(makeNode('aside', 'note', { position: { x: 2000, y: 2000 } }));
    expect(node(await layOut(free), 'aside').position).toEqual({ x: 2000, y: 2000 });

    const covered = pipeline();
    covered.nodes.push(makeNode('aside', 'note', { position: { x: 500, y: 300 } }));
    const result = await layOut(covered);
    expect(layoutViolations(result)).toEqual([]);
    expect(gapBetween(node(result, 'aside'), node(result, 'start'))).toBeLessThan(300);
  });

  it('with a scope, moves only the scope and drops the routes that now lead nowhere', async () => {
    const base = deepFreeze(
      pipeline({
        nodes: [
          makeNode('start', 'start', { position: { x: 0, y: 0 } }),
          makeNode('qualify', 'stage', { position: { x: 300, y: 0 } }),
          makeNode('fit', 'decision', { position: { x: 600, y: 0 } }),
          makeNode('won', 'end', { outcome: 'won', position: { x: 900, y: 0 } }),
          makeNode('lost', 'end', { outcome: 'lost', position: { x: 900, y: 200 } }),
        ],
        edges: [
          makeEdge('e1', 'start', 'qualify', { points: [{ x: 140, y: 28 }, { x: 300, y: 28 }] }),
          makeEdge('e2', 'qualify', 'fit'),
          makeEdge('e3', 'fit', 'won'),
          makeEdge('e4', 'fit', 'lost'),
        ],
      }),
    );
    const result = await layOut(base, { ...LR, scope: ['fit', 'won', 'lost'] });
    expect(node(result, 'start')).toEqual(node(base, 'start'));
    expect(node(result, 'qualify')).toEqual(node(base, 'qualify'));
    expect(result.edges.find((e) => e.id === 'e1')).toEqual(base.edges[0]);
    const cut = result.edges.find((e) => e.id === 'e2');
    expect(cut?.points).toBeUndefined();
    expect([cut?.sourceHandle, cut?.targetHandle]).toEqual(['right', 'left']);
    expect(result.edges.find((e) => e.id === 'e3')?.points?.length).toBeGreaterThanOrEqual(2);
    expect(node(result, 'fit').position).toEqual({ x: 600, y: 0 });
  });

  it('refuses an answer that does not match the graph', async () => {
    const doc = pipeline();
    const graph = await engine.layout(toElkGraph(doc, LR));
    expect(() => applyElkResult(doc, { ...graph, children: graph.children?.slice(1) }, LR)).toThrow(ElkResultError);
    expect(() => applyElkResult(doc, { ...graph, edges: graph.edges?.map((e) => ({ ...e, sections: [] })) }, LR)).toThrow(ElkResultError);
  });
});
