// A trainer's own walkthrough (issue 21): the steps presented, in order, some hidden. The list is
// set whole, as the step list shows it after a move, a hide or an addition; a step that keeps its
// place keeps its order key, so a reorder changes only the steps that moved.

import { keyBetween } from '../../lib/orderKey';
import type { WalkthroughStep } from '../types';
import { finish, refuse, type Operation } from './operation';

export interface StepEntry {
  /** The step's id: an existing step's, or a new one. */
  id: string;
  nodeId: string;
  hidden: boolean;
}

/** Sets the walkthrough to these steps in this order; an empty list goes back to the default deck. */
export function setWalkthroughSteps(entries: readonly StepEntry[]): Operation {
  return (doc) => {
    const nodes = new Set(doc.nodes.map((node) => node.id));
    const missing = entries.find((entry) => !nodes.has(entry.nodeId));
    if (missing) return refuse({ code: 'not-found', id: missing.nodeId });
    const existing = new Map(doc.walkthrough.steps.map((step) => [step.id, step]));
    const steps: WalkthroughStep[] = [];
    let previous: string | null = null;
    for (const entry of entries) {
      const before = existing.get(entry.id);
      const order: string = before !== undefined && (previous === null || before.order > previous) ? before.order : keyBetween(previous, null);
      const step: WalkthroughStep = { id: entry.id, nodeId: entry.nodeId, order };
      if (entry.hidden) step.hidden = true;
      const unchanged = before !== undefined && before.nodeId === step.nodeId && before.order === order && (before.hidden ?? false) === entry.hidden;
      steps.push(unchanged ? before : step);
      previous = order;
    }
    return finish(doc, { ...doc, walkthrough: { ...doc.walkthrough, steps } });
  };
}
