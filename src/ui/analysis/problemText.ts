import type { Translate } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import type { ProcessProblem } from '../../model/analytics/processChecks';
import type { FlowNode } from '../../model/types';
import { nodeName } from './nodeName';

/** The problem as a sentence in the user's language. */
export function describeProblem(
  problem: ProcessProblem,
  nodesById: ReadonlyMap<string, FlowNode>,
  t: Translate,
  language: string,
): string {
  if (problem.code === 'no-start' || problem.code === 'no-won-end') return t(`problem.${problem.code}`);
  const node = nodeName(nodesById.get(problem.nodeId), t);
  switch (problem.code) {
    case 'too-few-branches':
      return t('problem.too-few-branches', { node, branches: problem.branches });
    case 'unlabelled-branches':
      return t('problem.unlabelled-branches', { node, unlabelled: problem.unlabelled });
    case 'rates-over-100':
      return t('problem.rates-over-100', { node, total: formatRate(problem.total, language) });
    case 'loop-without-exit':
      return t('problem.loop-without-exit', { node, count: problem.nodeIds.length });
    case 'end-outcome-unset':
      return problem.reads === undefined
        ? t('problem.end-outcome-unset', { node })
        : t('problem.end-outcome-unset.reads', { node, reads: t(`outcome.${problem.reads}`) });
    case 'end-outcome-contradicts':
      return t('problem.end-outcome-contradicts', { node, outcome: t(`outcome.${problem.outcome}`), reads: t(`outcome.${problem.reads}`) });
    default:
      return t(`problem.${problem.code}`, { node });
  }
}
