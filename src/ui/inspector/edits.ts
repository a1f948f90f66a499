// The inspector's document edits. Each returns the very same document when nothing would change,
// so the store records no empty undo step: model/graph.ts rebuilds a record even for a patch that
// repeats its current values.

import { updateEdge, updateNode, type EdgePatch, type NodePatch } from '../../model/graph';
import type { NodeDetails, NodeStyle, SalesDocument, Settings } from '../../model/types';

function sameValues(record: object, patch: object): boolean {
  const current = record as Record<string, unknown>;
  return Object.entries(patch).every(([key, value]) => current[key] === value);
}

/** The record with its undefined fields removed, or undefined when none is left. */
function compact<T extends object>(record: T): T | undefined {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function editNode(doc: SalesDocument, id: string, patch: NodePatch): SalesDocument {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (node === undefined || sameValues(node, patch)) return doc;
  return updateNode(doc, id, patch);
}

/** Merges into the node's details, which updateNode would replace whole. */
export function editDetails(doc: SalesDocument, id: string, patch: NodeDetails): SalesDocument {
  const node = doc.nodes.find((candidate) => candidate.id === id);
  if (node === undefined || sameValues(node.details ?? {}, patch)) return doc;
  return updateNode(doc, id, { details: compact({ ...node.details, ...patch }) });
}

/** One pass over the nodes, so recolouring a large selection stays linear. */
export function editStyles(doc: SalesDocument, ids: readonly string[], patch: NodeStyle): SalesDocument {
  const wanted = new Set(ids);
  let changed = false;
  const nodes = doc.nodes.map((node) => {
    if (!wanted.has(node.id) || sameValues(node.style ?? {}, patch)) return node;
    changed = true;
    const next = { ...node };
    const style = compact({ ...node.style, ...patch });
    if (style === undefined) delete next.style;
    else next.style = style;
    return next;
  });
  return changed ? { ...doc, nodes } : doc;
}

export function editEdge(doc: SalesDocument, id: string, patch: EdgePatch): SalesDocument {
  const edge = doc.edges.find((candidate) => candidate.id === id);
  if (edge === undefined || sameValues(edge, patch)) return doc;
  return updateEdge(doc, id, patch);
}

export function editSettings(doc: SalesDocument, patch: Partial<Settings>): SalesDocument {
  if (sameValues(doc.settings, patch)) return doc;
  const settings = { ...doc.settings, ...patch };
  if (settings.dealValue === undefined) delete settings.dealValue;
  return { ...doc, settings };
}

export function editTitle(doc: SalesDocument, title: string): SalesDocument {
  return doc.title === title ? doc : { ...doc, title };
}
