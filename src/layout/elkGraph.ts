// The document as an ELK graph: node sizes from the document, the options that made ELK as good as
// Graphviz dot on sales flowcharts (STACK-NOTES.md), and positional ids (see layoutSet.ts).

import type { ElkExtendedEdge, ElkNode, LayoutOptions as ElkOptions } from 'elkjs/lib/elk-api.js';
import { edgeLabelBox } from '../geometry/labelBox';
import type { SalesDocument } from '../model/types';
import { elkEdgeId, elkNodeId, layoutSet } from './layoutSet';
import { SLIDE_ASPECT, spacingValues, type LayoutOptions } from './options';

/**
 * ELK's crossing minimisation is most of its time, and it grows with edges (long edges become
 * chains of dummy nodes) as much as with nodes. Measured on generated sales processes against dot
 * (2 cores, loaded): up to ~75 nodes thoroughness 100 costs a few hundred ms at most and crosses
 * less than dot (0 against dot's 1 on twelve 60 to 75-node graphs, where ELK's default 7 crossed 7
 * times); around 100 to 150 nodes 30 gets most of that gain for no measurable time; beyond, 7;
 * from 500 nodes only 1 keeps 1,000 nodes well inside the 3 s budget.
 */
export function thoroughnessFor(nodeCount: number, edgeCount: number): number {
  if (nodeCount >= 500) return 1;
  const size = nodeCount + edgeCount;
  if (size <= 150) return 100;
  if (size <= 300) return 30;
  return 7;
}

// Room on either side of a label's box (with its padding) in the gap between two layers.
const LABEL_MARGIN = 20;

/**
 * Labels sit on the segment between two layers, so the gap between layers is widened to the
 * widest label box. Labels wrap at a fixed width (src/geometry/labelBox.ts), which keeps the gap
 * from reading as a break in the flow. Giving ELK the labels themselves would also reserve the room,
 * but as extra nodes that changed the layering and cost crossings against dot on the templates.
 */
function betweenLayersFor(doc: SalesDocument, base: number, direction: LayoutOptions['direction']): number {
  if (direction === 'TB') return base;
  let longest = 0;
  for (const edge of doc.edges) if (edge.label) longest = Math.max(longest, Math.ceil(edgeLabelBox(edge.label).width));
  return Math.max(base, longest + LABEL_MARGIN);
}

export function elkLayoutOptions(
  nodeCount: number,
  edgeCount: number,
  options: LayoutOptions,
  lanes: boolean,
  betweenLayers: number = spacingValues(options.spacing).betweenLayers,
): ElkOptions {
  const spacing = spacingValues(options.spacing);
  const px = (value: number): string => String(value);
  return {
    'elk.algorithm': 'layered',
    'elk.direction': options.direction === 'TB' ? 'DOWN' : 'RIGHT',
    'elk.edgeRouting': 'ORTHOGONAL',
    // GREEDY (the default) reverses the wrong loop edges of a sales process and folds the flow back
    // on itself; depth-first from the starts in the user's order keeps the main path going forward.
    'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    // The key is `elk.layered.thoroughness`; `…crossingMinimization.thoroughness` is silently ignored.
    'elk.layered.thoroughness': String(thoroughnessFor(nodeCount, edgeCount)),
    'elk.spacing.nodeNode': px(spacing.nodeNode),
    'elk.layered.spacing.nodeNodeBetweenLayers': px(betweenLayers),
    'elk.spacing.edgeNode': px(spacing.edgeNode),
    'elk.layered.spacing.edgeNodeBetweenLayers': px(spacing.edgeNode),
    'elk.spacing.edgeEdge': px(spacing.edgeEdge),
    'elk.layered.spacing.edgeEdgeBetweenLayers': px(spacing.edgeEdge),
    'elk.spacing.componentComponent': px(spacing.betweenLayers),
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    // With lanes only ELK's layers and in-layer order are used (swimlanes.ts), and those must be
    // comparable across the whole document, not per connected component.
    'elk.separateConnectedComponents': lanes ? 'false' : 'true',
    // ELK's graph wrapping cuts the layers into chunks placed one under the other (LR) or side by
    // side (TB), aiming at the aspect ratio given; edges cut by a wrap run back between the chunks.
    // Top to bottom, Brandes-Köpf's default pick of its four alignments let a long chain drift
    // sideways at every side step, each drift a node's width (nodes are wider than tall): the
    // balanced mean of the four keeps the chain straight (a 33-node chain of the corpus 13% -> 17%
    // of its drawing covered by nodes; left to right it drew the other graphs looser).
    ...(options.direction === 'TB' ? { 'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED' } : {}),
    ...(options.slide === true && !lanes ? { 'elk.layered.wrapping.strategy': 'MULTI_EDGE', 'elk.aspectRatio': String(SLIDE_ASPECT) } : {}),
  };
}

/** Pure: the same document and options always give the same graph. */
export function toElkGraph(doc: SalesDocument, options: LayoutOptions): ElkNode {
  const set = layoutSet(doc, options.scope);
  const index = new Map(set.elkNodes.map((node, i) => [node.id, i]));
  const children: ElkNode[] = set.elkNodes.map((node, i) => ({
    id: elkNodeId(i),
    width: node.size.width,
    height: node.size.height,
  }));
  const edges: ElkExtendedEdge[] = [];
  set.elkEdges.forEach((spec, i) => {
    if (spec.unlayered) return;
    edges.push({ id: elkEdgeId(i), sources: [elkNodeId(index.get(spec.source) ?? -1)], targets: [elkNodeId(index.get(spec.target) ?? -1)] });
  });
  return {
    id: 'root',
    layoutOptions: elkLayoutOptions(
      children.length,
      edges.length,
      options,
      doc.lanes.length > 0,
      betweenLayersFor(doc, spacingValues(options.spacing).betweenLayers, options.direction),
    ),
    children,
    edges,
  };
}
