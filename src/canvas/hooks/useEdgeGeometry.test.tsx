// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { inThreadWorkers } from '../../lib/testing/inThreadWorkers';
import { routeEdges } from '../../model/edgeRoutes';
import { generateDocument } from '../../model/generate';
import { placeDocumentLabels } from '../../model/labelPlaces';
import type { FlowEdge, FlowNode, SalesDocument } from '../../model/types';
import { EditorStoreProvider } from '../../store/EditorStoreProvider';
import { createEditorStore } from '../../store/editorStore';
import type { GeometryAnswer, GeometryRequest } from '../edges/geometryAnswers';

// The real worker script runs in this thread (lib/testing/inThreadWorkers.ts).
const state = inThreadWorkers<GeometryRequest, GeometryAnswer>();
const { BACKGROUND_EDGES, useEdgeGeometry } = await import('./useEdgeGeometry');
await import('../edges/geometryWorker');

const generated = generateDocument({ nodes: 700, seed: 6, edges: 3100 });
// Hand-drawn edges, so that every route comes from the router.
const big: SalesDocument = { ...generated, edges: generated.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge) };

function fromScratch(nodes: readonly FlowNode[], edges: readonly FlowEdge[]) {
  const routes = new Map(routeEdges({ nodes: [...nodes], edges: [...edges] }).map((route) => [route.edge.id, route.points]));
  return { routes, places: placeDocumentLabels(nodes, edges, routes) };
}

function moved(nodes: readonly FlowNode[], count: number, dx: number): FlowNode[] {
  return nodes.map((node, index) => (index < count ? { ...node, position: { x: node.position.x + dx, y: node.position.y } } : node));
}

function renderGeometry() {
  const store = createEditorStore(big);
  const wrapper = ({ children }: { children: ReactNode }) => <EditorStoreProvider store={store}>{children}</EditorStoreProvider>;
  return renderHook(({ nodes, edges }) => useEdgeGeometry(nodes, edges), { wrapper, initialProps: { nodes: big.nodes, edges: big.edges } });
}

beforeEach(() => {
  state.reset();
  vi.stubGlobal('Worker', state.Worker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useEdgeGeometry zoomed out past seeing detours', () => {
  it('routes without detours and places no label, then in full once zoomed in', () => {
    const doc = generateDocument({ nodes: 200, seed: 3 });
    const edges = doc.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge);
    const store = createEditorStore({ ...doc, edges });
    const wrapper = ({ children }: { children: ReactNode }) => <EditorStoreProvider store={store}>{children}</EditorStoreProvider>;
    const { result, rerender } = renderHook(({ coarse }) => useEdgeGeometry(doc.nodes, edges, coarse), { wrapper, initialProps: { coarse: true } });
    const straight = new Map(routeEdges({ nodes: doc.nodes, edges }, { aroundNodes: false }).map((route) => [route.edge.id, route.points]));
    expect(new Map(result.current.routes)).toEqual(straight);
    expect(result.current.places.size).toBe(0);
    rerender({ coarse: false });
    const expected = fromScratch(doc.nodes, edges);
    expect(new Map(result.current.routes)).toEqual(expected.routes);
    expect(new Map(result.current.places)).toEqual(expected.places);
    expect(expected.routes).not.toEqual(straight);
  });
});

describe('useEdgeGeometry on a big diagram', () => {
  it('draws edges straight until the worker has routed and labelled them all', async () => {
    expect(big.edges.length).toBeGreaterThanOrEqual(BACKGROUND_EDGES);
    const { result } = renderGeometry();
    expect(result.current.routes.size).toBe(0);
    const expected = fromScratch(big.nodes, big.edges);
    await waitFor(() => expect(result.current.routes.size).toBe(expected.routes.size));
    expect(new Map(result.current.routes)).toEqual(expected.routes);
    expect(new Map(result.current.places)).toEqual(expected.places);
    expect(state.workers).toHaveLength(1);
  });

  it('routes what an edit changed at once, and has the worker place the labels again', async () => {
    const { result, rerender } = renderGeometry();
    await waitFor(() => expect(result.current.routes.size).toBe(big.edges.length));
    const nodes = moved(big.nodes, 1, 300);
    rerender({ nodes, edges: big.edges });
    const expected = fromScratch(nodes, big.edges);
    expect(new Map(result.current.routes)).toEqual(expected.routes);
    await waitFor(() => expect(new Map(result.current.places)).toEqual(expected.places));
    // The second question was the edit alone, not the whole document again.
    expect(state.workers[0]?.received[1]?.patch.lists['nodes']?.changed).toHaveLength(1);
    expect(state.workers[0]?.received[1]?.withRoutes).toBe(false);
  });

  it('leaves an edit that moves many nodes to the worker, drawing their edges straight meanwhile', async () => {
    const { result, rerender } = renderGeometry();
    await waitFor(() => expect(result.current.routes.size).toBe(big.edges.length));
    const nodes = moved(big.nodes, 100, 40);
    rerender({ nodes, edges: big.edges });
    const touched = big.edges.filter((edge) => nodes.slice(0, 100).some((node) => node.id === edge.source || node.id === edge.target));
    for (const edge of touched) expect(result.current.routes.has(edge.id)).toBe(false);
    const expected = fromScratch(nodes, big.edges);
    await waitFor(() => expect(new Map(result.current.routes)).toEqual(expected.routes));
    expect(new Map(result.current.places)).toEqual(expected.places);
  });
});
