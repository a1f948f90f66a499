// What may leave the app (issues 19 and 21, "Privacy in outputs" and "Confidential figures"): a
// document without its actuals, or without any figure at all. Exports hand these to the writers
// rather than trusting each writer to skip a field, so that no format can leak what it was not given.

import type { SalesDocument } from './types';

export function hasActuals(doc: SalesDocument): boolean {
  return doc.dealData !== undefined;
}

/** The document without its imported deal data: the measured aggregates and the stage mapping. */
export function withoutActuals(doc: SalesDocument): SalesDocument {
  if (doc.dealData === undefined) return doc;
  const copy = { ...doc };
  delete copy.dealData;
  return copy;
}

/**
 * The process without its figures: no conversion rate, no leads entering, no deal value, no
 * scenario (each one is a set of figures) and no actuals. What a person wrote stays as written:
 * labels, owners, durations, criteria, KPIs and notes, lanes, looks and the walkthrough.
 */
export function withoutFigures(doc: SalesDocument): SalesDocument {
  const settings = { ...doc.settings };
  delete settings.dealValue;
  return {
    ...withoutActuals(doc),
    settings,
    nodes: doc.nodes.map((node) => {
      if (node.volume === undefined) return node;
      const copy = { ...node };
      delete copy.volume;
      return copy;
    }),
    edges: doc.edges.map((edge) => {
      if (edge.conversionRate === undefined) return edge;
      const copy = { ...edge };
      delete copy.conversionRate;
      return copy;
    }),
    scenarios: [],
  };
}
