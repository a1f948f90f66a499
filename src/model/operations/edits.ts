// Field edits, as the inspector and in-place editors make them. A patch that repeats the current
// values describes no change, so the store records no empty undo step.

import { updateEdge, updateNode, type EdgePatch, type NodePatch } from '../graph';
import type { NodeDetails, NodeStyle, SalesDocument, Settings } from '../types';
import { finish, refuse, type Operation } from './operation';

/** The record with its undefined fields removed, or undefined when none is left. */
function compact<T extends object>(record: T): T | undefined {
  const entries = Object.entries(record).filter(([, value]) => value !== undefined);
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function editNode(id: string, patch: NodePatch): Operation {
  return (doc) => {
    if (!doc.nodes.some((node) => node.id === id)) return refuse({ code: 'not-found', id });
    return finish(doc, updateNode(doc, id, patch));
  };
}

/** Merges into the node's details, which editNode would replace whole. */
export function editDetails(id: string, patch: NodeDetails): Operation {
  return (doc) => {
    const node = doc.nodes.find((candidate) => candidate.id === id);
    if (node === undefined) return refuse({ code: 'not-found', id });
    return finish(doc, updateNode(doc, id, { details: compact({ ...node.details, ...patch }) }));
  };
}

/** One pass over the nodes, so recolouring a large selection stays linear. */
export function editStyles(ids: readonly string[], patch: NodeStyle): Operation {
  return (doc) => {
    const wanted = new Set(ids);
    const nodes = doc.nodes.map((node) => {
      if (!wanted.has(node.id)) return node;
      const next = { ...node };
      const style = compact({ ...node.style, ...patch });
      if (style === undefined) delete next.style;
      else next.style = style;
      return next;
    });
    return finish(doc, { ...doc, nodes });
  };
}

export function editEdge(id: string, patch: EdgePatch): Operation {
  return (doc) => {
    if (!doc.edges.some((edge) => edge.id === id)) return refuse({ code: 'not-found', id });
    return finish(doc, updateEdge(doc, id, patch));
  };
}

export function editSettings(patch: Partial<Settings>): Operation {
  return (doc) => {
    const settings = { ...doc.settings, ...patch };
    if (settings.dealValue === undefined) delete settings.dealValue;
    return finish(doc, { ...doc, settings });
  };
}

export function editTitle(title: string): Operation {
  return (doc: SalesDocument) => finish(doc, { ...doc, title });
}
