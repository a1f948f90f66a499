// The flow of a document as Graphviz DOT, to measure our layouts against `dot` as a peer
// (crossings.test.ts, fixtures/measure-dot.mjs). Same node sizes (canvas units as points, 72 to an
// inch, fixed), in the document's direction (LR or TB), dot's default splines; nodes and edges in document order, which is
// what dot starts its ordering from, as ELK does with model order. Notes are left out: they are
// not part of the flow either tool is asked to draw.

import { isFlowKind } from '../model/kinds';
import type { SalesDocument } from '../model/types';

export const POINTS_PER_INCH = 72;

function inches(units: number): string {
  return (units / POINTS_PER_INCH).toFixed(4);
}

/** Node `n<i>` is the i-th flow node; edge `e<j>` is the j-th document edge, in both directions of the mapping. */
export function toDot(doc: SalesDocument): string {
  const flow = doc.nodes.filter((node) => isFlowKind(node.kind));
  const index = new Map(flow.map((node, i) => [node.id, i]));
  const lines = ['digraph flow {', `  graph [rankdir=${doc.settings.direction === 'TB' ? 'TB' : 'LR'}];`, '  node [shape=box, fixedsize=true, label=""];'];
  flow.forEach((node, i) => {
    lines.push(`  n${i} [width=${inches(node.size.width)}, height=${inches(node.size.height)}];`);
  });
  doc.edges.forEach((edge, j) => {
    const source = index.get(edge.source);
    const target = index.get(edge.target);
    if (source !== undefined && target !== undefined) lines.push(`  n${source} -> n${target} [id="e${j}"];`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
