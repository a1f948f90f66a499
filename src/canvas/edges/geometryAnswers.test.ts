import { describe, expect, it, vi } from 'vitest';
import { generateDocument } from '../../model/generate';
import { placeDocumentLabels } from '../../model/labelPlaces';
import { routeEdges } from '../../model/edgeRoutes';
import { RouteBook } from '../../model/routeBook';
import type { SalesDocument } from '../../model/types';
import { mirrorPatch } from '../../lib/mirror';
import { GEOMETRY_LISTS, GeometryAnswers } from './geometryAnswers';

// Counts the routes the books compute (routeEdges below routes through its own module's copy).
const routed = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../model/edgeRoutes', async (original) => {
  const actual = await original<typeof import('../../model/edgeRoutes')>();
  return {
    ...actual,
    routeEdge: (...args: Parameters<typeof actual.routeEdge>) => {
      routed.count += 1;
      return actual.routeEdge(...args);
    },
  };
});

/** What the page sends: the changes since the previous document, structured-cloned. */
function patchFrom(before: SalesDocument | null, after: SalesDocument) {
  const records = (doc: SalesDocument) => ({ nodes: doc.nodes, edges: doc.edges });
  return structuredClone(mirrorPatch(before === null ? null : records(before), records(after), GEOMETRY_LISTS));
}

function handDrawn(doc: SalesDocument): SalesDocument {
  return { ...doc, edges: doc.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge) };
}

describe('GeometryAnswers', () => {
  it('answers the routes and label places that routing and placing from scratch give', () => {
    const doc = handDrawn(generateDocument({ nodes: 60, seed: 4, lanes: true }));
    const answer = new GeometryAnswers().answer({ id: 1, patch: patchFrom(null, doc), withRoutes: true });
    const routes = new Map(routeEdges(doc).map((route) => [route.edge.id, route.points]));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(new Map(answer.routes?.map((record) => [record.id, record.points]))).toEqual(routes);
    expect(answer.places).toEqual(placeDocumentLabels(doc.nodes, doc.edges, routes));
  });

  it('routes again only what an edit changed, and leaves the routes out unless asked', () => {
    const doc = handDrawn(generateDocument({ nodes: 60, seed: 4 }));
    const answers = new GeometryAnswers();
    const first = answers.answer({ id: 1, patch: patchFrom(null, doc), withRoutes: true });
    const moved = doc.nodes[10]!;
    const next = { ...doc, nodes: doc.nodes.map((node) => (node === moved ? { ...node, position: { x: node.position.x + 400, y: node.position.y + 300 } } : node)) };
    routed.count = 0;
    const second = answers.answer({ id: 2, patch: patchFrom(doc, next), withRoutes: true });
    expect(routed.count).toBeGreaterThan(0);
    expect(routed.count).toBeLessThan(doc.edges.length / 4);
    const third = answers.answer({ id: 3, patch: patchFrom(next, next), withRoutes: false });
    if (!first.ok || !second.ok || !third.ok) throw new Error('an answer failed');
    const before = new Map(first.routes?.map((record) => [record.id, record.points]));
    const after = new Map(second.routes?.map((record) => [record.id, record.points]));
    expect(after).toEqual(new Map(routeEdges(next).map((route) => [route.edge.id, route.points])));
    expect(after.size).toBe(before.size);
    expect(third.routes).toBeNull();
    expect(third.places).toEqual(second.places);
  });

  it('gives routes a book on the page can adopt and go on from', () => {
    const doc = handDrawn(generateDocument({ nodes: 60, seed: 8 }));
    const answer = new GeometryAnswers().answer({ id: 1, patch: patchFrom(null, doc), withRoutes: true });
    if (!answer.ok || answer.routes === null) throw new Error('no routes');
    const book = new RouteBook();
    expect(new Map(book.adopt(doc, answer.routes))).toEqual(new Map(routeEdges(doc).map((route) => [route.edge.id, route.points])));
    const moved = doc.nodes[3]!;
    const next = { ...doc, nodes: doc.nodes.map((node) => (node === moved ? { ...node, position: { x: node.position.x - 250, y: node.position.y + 180 } } : node)) };
    expect(new Map(book.update(next))).toEqual(new Map(routeEdges(next).map((route) => [route.edge.id, route.points])));
  });
});
