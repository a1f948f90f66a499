import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { routeEdges } from './edgeRoutes';
import { generateDocument } from './generate';
import { RouteBook } from './routeBook';
import type { FlowNode, SalesDocument } from './types';

type Step = { kind: 'move'; node: number; dx: number; dy: number } | { kind: 'remove'; node: number } | { kind: 'gesture'; node: number; dx: number; dy: number };

function fromScratch(doc: SalesDocument): Map<string, unknown> {
  return new Map(routeEdges(doc).map((route) => [route.edge.id, route.points]));
}

function moved(doc: SalesDocument, index: number, dx: number, dy: number): SalesDocument {
  const target = doc.nodes[index % doc.nodes.length] as FlowNode;
  // Hand-drawn edges: the stored routes of the generated layout would hide the router.
  return {
    ...doc,
    nodes: doc.nodes.map((node) => (node === target ? { ...node, position: { x: node.position.x + dx, y: node.position.y + dy } } : node)),
  };
}

describe('RouteBook', () => {
  it('always gives what routing from scratch gives, whatever was edited before', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('move' as const), node: fc.nat(), dx: fc.integer({ min: -400, max: 400 }), dy: fc.integer({ min: -300, max: 300 }) }),
      fc.record({ kind: fc.constant('gesture' as const), node: fc.nat(), dx: fc.integer({ min: -400, max: 400 }), dy: fc.integer({ min: -300, max: 300 }) }),
      fc.record({ kind: fc.constant('remove' as const), node: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(step, { minLength: 1, maxLength: 8 }), (seed, steps: Step[]) => {
        const generated = generateDocument({ nodes: 30, seed });
        let doc: SalesDocument = { ...generated, edges: generated.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge) };
        const book = new RouteBook();
        book.update(doc);
        for (const s of steps) {
          if (doc.nodes.length === 0) break;
          if (s.kind === 'remove') {
            const gone = (doc.nodes[s.node % doc.nodes.length] as FlowNode).id;
            doc = { ...doc, nodes: doc.nodes.filter((node) => node.id !== gone) };
          } else if (s.kind === 'gesture') {
            // A drag in three frames, then the drop.
            for (let frame = 1; frame <= 3; frame++) {
              doc = moved(doc, s.node, s.dx / 3, s.dy / 3);
              book.update(doc, true);
            }
          } else {
            doc = moved(doc, s.node, s.dx, s.dy);
          }
          expect(new Map(book.update(doc))).toEqual(fromScratch(doc));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('during a drag re-routes the dragged node’s edges and leaves the ones it only blocks for the drop', () => {
    const a: FlowNode = { id: 'a', kind: 'stage', label: 'A', position: { x: 0, y: 0 }, size: { width: 100, height: 40 } };
    const b: FlowNode = { id: 'b', kind: 'stage', label: 'B', position: { x: 600, y: 0 }, size: { width: 100, height: 40 } };
    const c: FlowNode = { id: 'c', kind: 'stage', label: 'C', position: { x: 300, y: 300 }, size: { width: 100, height: 40 } };
    const d: FlowNode = { id: 'd', kind: 'stage', label: 'D', position: { x: 300, y: 500 }, size: { width: 100, height: 40 } };
    const base = generateDocument({ nodes: 0, seed: 1 });
    let doc: SalesDocument = { ...base, nodes: [a, b, c, d], edges: [{ id: 'ab', source: 'a', target: 'b' }, { id: 'cd', source: 'c', target: 'd' }] };
    const book = new RouteBook();
    const before = book.update(doc);
    const straight = before.get('ab');
    doc = { ...doc, nodes: [a, b, { ...c, position: { x: 300, y: 0 } }, d] };
    const during = book.update(doc, true);
    expect(during.get('ab')).toBe(straight);
    expect(during.get('cd')).not.toBe(before.get('cd'));
    const dropped = book.update(doc, false);
    expect(dropped.get('ab')).not.toEqual(straight);
    expect(new Map(dropped)).toEqual(fromScratch(doc));
  });
});
