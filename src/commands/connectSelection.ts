import { connect } from '../model/operations';
import { dropTargetSide } from '../model/attachSide';
import { facingSides } from '../model/shapes';
import type { FlowEdge } from '../model/types';
import type { EditorContext } from './context';

/**
 * Connects every selected node to `targetId`, each edge leaving the side that faces the target
 * and arriving at the side a connector dropped on the target would take; one undo step per edge.
 * Answers how many edges were made (a refused one, a duplicate say, is told to the user).
 */
export function connectSelectionTo(context: EditorContext, targetId: string): number {
  const sources = context.selection().nodeIds.filter((id) => id !== targetId);
  let made = 0;
  for (const sourceId of sources) {
    const document = context.document();
    const source = document.nodes.find((node) => node.id === sourceId);
    const target = document.nodes.find((node) => node.id === targetId);
    if (!source || !target) continue;
    const edge: FlowEdge = { id: context.newId('e'), source: sourceId, target: targetId, sourceHandle: facingSides(source, target)[0] };
    const side = dropTargetSide(document, sourceId, targetId);
    if (side) edge.targetHandle = side;
    if (context.perform(connect(edge)).ok) made += 1;
  }
  return made;
}

/** Nodes whose label contains `query`, ignoring case and spacing; labels that start with it first. */
export function nodesMatching(labels: readonly { id: string; label: string }[], query: string): { id: string; label: string }[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return [];
  const found = labels.filter((entry) => entry.label.toLocaleLowerCase().includes(wanted));
  const starts = (entry: { label: string }) => (entry.label.toLocaleLowerCase().startsWith(wanted) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b));
}
