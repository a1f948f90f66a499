// Sales analytics: every figure recomputed after one edit, through the cache the canvas and the
// inspector share (analysisOf: it first checks whether the edit can change a figure at all, then
// runs analyse). Each edit sets a new conversion rate on one edge, so every sample recomputes.
import { analysisOf } from '../../../src/model/analytics/analysisCache';
import type { SalesDocument } from '../../../src/model/types';
import { labDocument } from './documents';

let current: SalesDocument | null = null;
let edits = 0;

function withNewRate(doc: SalesDocument, edit: number): SalesDocument {
  const index = (edit * 7919) % doc.edges.length;
  // Never the rate it has now, so the cache cannot answer without recomputing.
  const rate = 0.05 + ((edit * 37) % 90) / 100;
  return {
    ...doc,
    edges: doc.edges.map((edge, i) => (i === index ? { ...edge, conversionRate: edge.conversionRate === rate ? rate + 0.01 : rate } : edge)),
  };
}

export const analytics = {
  /** Milliseconds per recompute for `samples` successive one-edge edits. */
  recompute(nodes: number, samples: number): number[] {
    if (current === null || current.nodes.length !== nodes) {
      current = labDocument(nodes, true).doc;
      analysisOf(current);
    }
    const times: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      edits += 1;
      const edited = withNewRate(current, edits);
      const start = performance.now();
      const analysis = analysisOf(edited);
      times.push(performance.now() - start);
      if (analysis.funnel.entered <= 0) throw new Error('the generated document has no leads: nothing was computed');
      current = edited;
    }
    return times;
  },

  /** An edit no figure depends on (a node moved): the cache should answer at once. */
  move(nodes: number): number {
    if (current === null || current.nodes.length !== nodes) {
      current = labDocument(nodes, true).doc;
      analysisOf(current);
    }
    const moved = { ...current, nodes: current.nodes.map((node, i) => (i === 0 ? { ...node, position: { x: node.position.x + 8, y: node.position.y } } : node)) };
    const start = performance.now();
    analysisOf(moved);
    const ms = performance.now() - start;
    current = moved;
    return ms;
  },
};
