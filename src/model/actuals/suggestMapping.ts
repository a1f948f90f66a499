// A first mapping of a file's stage names to the document's nodes, for the user to correct: a
// stage goes to the node whose label reads the same once case, width, spacing and punctuation are
// folded, else to the one node whose label contains it or is contained in it, else to the only
// won or lost end when the stage says won or lost (Closed Won, 赢单). Otherwise it is left unmapped.

import { labelOutcome } from '../analytics/outcomeWords';
import type { FlowNode, StageMapping } from '../types';
import { foldHeader } from './columns';

const MAPPABLE = new Set<FlowNode['kind']>(['stage', 'end', 'subprocess', 'document', 'delay', 'data']);

export function suggestMapping(stages: readonly string[], nodes: readonly FlowNode[]): StageMapping[] {
  const candidates = nodes.filter((node) => MAPPABLE.has(node.kind)).map((node) => ({ node, folded: foldHeader(node.label) }));
  const onlyEnd = (outcome: 'won' | 'lost') => {
    const ends = nodes.filter((node) => node.kind === 'end' && node.outcome === outcome);
    return ends.length === 1 ? ends[0] : undefined;
  };
  return stages.map((stage) => {
    const folded = foldHeader(stage);
    const exact = candidates.filter((candidate) => candidate.folded === folded && folded !== '');
    const containing = candidates.filter(
      (candidate) => folded !== '' && candidate.folded !== '' && (candidate.folded.includes(folded) || folded.includes(candidate.folded)),
    );
    const outcome = labelOutcome(stage);
    const match =
      (exact.length === 1 ? exact[0]?.node : undefined) ??
      (containing.length === 1 ? containing[0]?.node : undefined) ??
      (outcome ? onlyEnd(outcome) : undefined);
    return match ? { stage, nodeId: match.id } : { stage };
  });
}
