// The ends' outcomes, checked against what their labels say. The funnel counts a deal as won only
// at a won end and as lost only at a lost end, so an end with no outcome, or one labelled 丢单 that
// says won, makes every figure after it wrong without anything looking wrong.

import type { FlowNode } from '../types';
import { labelOutcome } from './outcomeWords';
import type { ProcessProblem } from './processChecks';

export function checkEnds(nodes: readonly FlowNode[]): ProcessProblem[] {
  const problems: ProcessProblem[] = [];
  for (const node of nodes) {
    if (node.kind !== 'end') continue;
    const reads = labelOutcome(node.label);
    if (node.outcome === undefined) {
      problems.push(reads === undefined ? { code: 'end-outcome-unset', nodeId: node.id } : { code: 'end-outcome-unset', nodeId: node.id, reads });
    } else if (reads !== undefined && node.outcome !== 'other' && node.outcome !== reads) {
      problems.push({ code: 'end-outcome-contradicts', nodeId: node.id, outcome: node.outcome, reads });
    }
  }
  return problems;
}
