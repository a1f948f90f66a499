// Re-routing when a node is dropped across edges (issue 16): a 1,000-node document drawn by hand
// (no stored routes), beside it ten parallel edges and one tall node that is dragged across all
// ten. Timed: the update after the drop, when the ten blocked edges are routed around it.
import { RouteBook } from '../../../src/model/routeBook';
import type { FlowEdge, FlowNode, SalesDocument } from '../../../src/model/types';
import { labDocument } from './documents';

function handDrawn(doc: SalesDocument): SalesDocument {
  return { ...doc, edges: doc.edges.map(({ points: _points, labelAt: _labelAt, ...edge }) => edge) };
}

function stage(id: string, x: number, y: number, width = 120, height = 50): FlowNode {
  return { id, kind: 'stage', label: id, position: { x, y }, size: { width, height } };
}

export const routing = {
  /** Milliseconds of the update after each drop, and how many routes each drop changed. */
  dropReroute(nodes: number, blocked: number, samples: number): { ms: number[]; rerouted: number[]; routeAllMs: number } {
    const base = handDrawn(labDocument(nodes, true).doc);
    const right = Math.max(...base.nodes.map((node) => node.position.x + node.size.width)) + 400;
    const extra: FlowNode[] = [];
    const edges: FlowEdge[] = [];
    for (let i = 0; i < blocked; i += 1) {
      extra.push(stage(`bench-from-${i}`, right, i * 80), stage(`bench-to-${i}`, right + 900, i * 80));
      edges.push({ id: `bench-edge-${i}`, source: `bench-from-${i}`, target: `bench-to-${i}` });
    }
    const away = stage('bench-blocker', right + 390, blocked * 80 + 400, 120, blocked * 80);
    const across = { ...away, position: { x: right + 390, y: -20 } };
    const withBlocker = (blocker: FlowNode): SalesDocument => ({ ...base, nodes: [...base.nodes, ...extra, blocker], edges: [...base.edges, ...edges] });
    const book = new RouteBook();
    const before = withBlocker(away);
    const routeAllStart = performance.now();
    book.update(before);
    const routeAllMs = performance.now() - routeAllStart;
    const ms: number[] = [];
    const rerouted: number[] = [];
    for (let sample = 0; sample < samples; sample += 1) {
      const dropped = withBlocker(across);
      const during = book.update(dropped, true);
      const start = performance.now();
      const after = book.update(dropped, false);
      ms.push(performance.now() - start);
      rerouted.push([...after].filter(([id, points]) => during.get(id) !== points).length);
      book.update(withBlocker(away));
    }
    return { ms, rerouted, routeAllMs };
  },
};
