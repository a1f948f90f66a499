import { useI18n } from '../../i18n/I18nProvider';
import { editNode } from '../../model/operations';
import type { ProcessProblem } from '../../model/analytics/processChecks';
import type { FlowNode, Outcome } from '../../model/types';
import { useEdit } from '../inspector/useEdit';
import { useReadOnlyReason } from '../useReadOnlyReason';
import { nodeName } from './nodeName';

type OutcomeProblem = Extract<ProcessProblem, { code: 'end-outcome-unset' | 'end-outcome-contradicts' }>;

export function isOutcomeProblem(problem: ProcessProblem): problem is OutcomeProblem {
  return problem.code === 'end-outcome-unset' || problem.code === 'end-outcome-contradicts';
}

/**
 * The one-click fix of an end's outcome: the outcome its label reads as, or, when the label says
 * neither, won and lost to choose from.
 */
export function OutcomeFixes({ problem, node }: { problem: OutcomeProblem; node: FlowNode | undefined }) {
  const { t } = useI18n();
  const edit = useEdit();
  const readOnlyReason = useReadOnlyReason();
  const choices: Outcome[] = problem.reads === undefined ? ['won', 'lost'] : [problem.reads];
  const name = nodeName(node, t);
  return (
    <div className="sf-problems__fixes">
      {choices.map((outcome) => (
        <button
          key={outcome}
          type="button"
          className={`sf-button sf-problems__fix sf-problems__fix--${outcome}`}
          disabled={readOnlyReason !== undefined}
          title={readOnlyReason}
          onClick={() => edit(editNode(problem.nodeId, { outcome }))}
        >
          {t('problem.fix.outcome', { node: name, outcome: t(`outcome.${outcome}`) })}
        </button>
      ))}
    </div>
  );
}
