// The team's deal data on a document (DESIGN.md, "Version 2 additions"): importing it, removing
// it, and taking its figures into the process. Each is one undo step, described as changes.

import { actualsFigures, type ActualsRange } from '../actuals/actualsView';
import { applyScenario } from '../scenarios/applyScenario';
import type { DealData } from '../types';
import { tidyReferences } from '../validate';
import { finish, refuse, type Operation } from './operation';

/**
 * Keeps an import's mapping and aggregates on the document. A new import replaces the last one
 * whole (figures from two files would be counted twice); its mapping is what the next import of
 * the same CRM starts from.
 */
export function setDealData(dealData: DealData): Operation {
  // A stage mapped to a node that is gone is kept as ignored, as the door does on the next load.
  return (doc) => finish(doc, tidyReferences({ ...doc, dealData }));
}

export function clearDealData(): Operation {
  return (doc) => {
    if (doc.dealData === undefined) return finish(doc, doc);
    const next = { ...doc };
    delete next.dealData;
    return finish(doc, next);
  };
}

/**
 * `Apply actuals to the process`: the measured strict rates, leads per period at each start and
 * median days in stage of the period become the process's own values. Edges and nodes the data
 * says nothing about keep theirs.
 */
export function applyActuals(range: ActualsRange): Operation {
  return (doc) => {
    const figures = actualsFigures(doc, range);
    if (figures === null) return refuse({ code: 'not-found', id: 'dealData' });
    return finish(doc, applyScenario(doc, { id: 'actuals', name: '', overrides: figures.overrides }));
  };
}
