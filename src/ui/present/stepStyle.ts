// What a walkthrough step dims: every node and edge but the step's own, by one style rule on the
// editor while it presents, so moving to the next step re-renders no node (issue 21).

import type { StepView } from '../../model/walkthrough/steps';

function notAny(ids: readonly string[]): string {
  return ids.map((id) => `:not([data-id="${CSS.escape(id)}"])`).join('');
}

export function stepDimRules(view: StepView): string {
  return [
    `.sf-presenting .react-flow__node${notAny(view.nodeIds)} { opacity: 0.12; }`,
    `.sf-presenting .react-flow__edge${notAny(view.edgeIds)} { opacity: 0.12; }`,
  ].join('\n');
}
