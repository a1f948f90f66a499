import type { SalesDocument } from '../../model/types';
import type { Selection } from '../../store/editorStore';

export type InspectorView =
  | { type: 'document' }
  | { type: 'node'; id: string }
  | { type: 'edge'; id: string }
  | { type: 'many'; nodeCount: number; edgeCount: number };

/**
 * What the panel shows for a selection. A single selected item that no longer exists (deleted, or
 * undone away) falls back to the document, rather than to an empty panel.
 */
export function inspectorView(doc: SalesDocument, selection: Selection): InspectorView {
  const nodeCount = selection.nodeIds.length;
  const edgeCount = selection.edgeIds.length;
  if (nodeCount + edgeCount > 1) return { type: 'many', nodeCount, edgeCount };
  const [nodeId] = selection.nodeIds;
  if (nodeId !== undefined && doc.nodes.some((node) => node.id === nodeId)) return { type: 'node', id: nodeId };
  const [edgeId] = selection.edgeIds;
  if (edgeId !== undefined && doc.edges.some((edge) => edge.id === edgeId)) return { type: 'edge', id: edgeId };
  return { type: 'document' };
}
