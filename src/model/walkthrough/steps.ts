// The steps of a trainer's walkthrough (issue 21): the flowchart is the deck. A document that has
// no steps of its own gets a default deck: the stages and decisions of the main path (the way most
// deals are meant to go) in flow order, then the other stages and decisions (the branches) in the
// order a reader follows the flow, the ends last. Steps a trainer stored (`walkthrough.steps`) are
// used as they are, hidden ones and ones whose node is gone left out.

import { analysisOf } from '../analytics/analysisCache';
import { flowOrder } from '../flowOrder';
import type { FlowEdge, NodeKind, SalesDocument } from '../types';

const TALKED_THROUGH: ReadonlySet<NodeKind> = new Set(['stage', 'decision']);

/** Node ids, one per step, in the order they are presented. */
export function walkthroughNodeIds(doc: SalesDocument): string[] {
  const known = new Set(doc.nodes.map((node) => node.id));
  if (doc.walkthrough.steps.length > 0) {
    return doc.walkthrough.steps.filter((step) => step.hidden !== true && known.has(step.nodeId)).map((step) => step.nodeId);
  }
  const kindOf = new Map(doc.nodes.map((node) => [node.id, node.kind]));
  const talked = (id: string) => TALKED_THROUGH.has(kindOf.get(id)!);
  const main = analysisOf(doc).mainPath.filter(talked);
  const onMain = new Set(main);
  const reading = flowOrder(doc);
  const branches = reading.filter((id) => talked(id) && !onMain.has(id));
  const ends = reading.filter((id) => kindOf.get(id) === 'end');
  return [...main, ...branches, ...ends];
}

export interface StepView {
  /** The step's node and the nodes it is connected to, which the step shows. */
  nodeIds: string[];
  /** The edges between the step's node and those neighbours. */
  edgeIds: string[];
}

/** What a step shows: its node with its neighbours and the edges between them. */
export function stepView(doc: SalesDocument, nodeId: string): StepView {
  const touching: FlowEdge[] = doc.edges.filter((edge) => edge.source === nodeId || edge.target === nodeId);
  const neighbours = touching.map((edge) => (edge.source === nodeId ? edge.target : edge.source));
  return { nodeIds: [nodeId, ...new Set(neighbours)], edgeIds: touching.map((edge) => edge.id) };
}
