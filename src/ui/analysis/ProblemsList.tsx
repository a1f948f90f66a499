import { CircleExclamationPoint, TriangleExclamationPoint } from 'lucide-react';
import { useI18n } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { problemSeverity, type ProcessProblem } from '../../model/analytics/processChecks';
import { isFlowKind } from '../../model/kinds';
import { useEditor, useEditorStoreApi } from '../../store/EditorStoreProvider';
import { describeProblem } from './problemText';
import { isOutcomeProblem, OutcomeFixes } from './OutcomeFixes';
import { useRef } from 'react';
import { usePopoverFocus } from '../usePopoverFocus';

function problemKey(problem: ProcessProblem): string {
  return 'nodeId' in problem ? `${problem.code}:${problem.nodeId}` : problem.code;
}

/** The process checks' findings; a finding about a node selects and centres it. */
export function ProblemsList({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const store = useEditorStoreApi();
  const problems = useEditor((state) => viewedAnalysisOf(state.document, 'process').problems);
  const nodes = useEditor((state) => state.document.nodes);
  const nodesById = new Map(nodes.map((node) => [node.id, node]));
  const empty = !nodes.some((node) => isFlowKind(node.kind));

  const panelRef = useRef<HTMLElement>(null);
  usePopoverFocus(true, panelRef, onClose);

  const focusNode = (nodeId: string) => {
    const state = store.getState();
    state.setSelection({ nodeIds: [nodeId], edgeIds: [] });
    state.viewport?.centerOnNode(nodeId);
  };

  return (
    <section
      id={id}
      className="sf-problems__panel"
      aria-label={t('analysis.problems')}
      ref={panelRef}
      tabIndex={-1}
    >
      {problems.length === 0 ? (
        <p className="sf-problems__empty">{t(empty ? 'analysis.problems.welcome' : 'analysis.problems.none')}</p>
      ) : (
        <ul className="sf-problems__list">
          {problems.map((problem) => {
            const severity = problemSeverity(problem);
            const text = describeProblem(problem, nodesById, t, language);
            const icon =
              severity === 'error' ? (
                <CircleExclamationPoint size={14} className="sf-problems__icon sf-problems__icon--error" role="img" aria-label={t('analysis.severity.error')} />
              ) : (
                <TriangleExclamationPoint size={14} className="sf-problems__icon sf-problems__icon--warning" role="img" aria-label={t('analysis.severity.warning')} />
              );
            return (
              <li key={problemKey(problem)}>
                {'nodeId' in problem ? (
                  <button type="button" className="sf-problems__item" onClick={() => focusNode(problem.nodeId)}>
                    {icon}
                    <span>{text}</span>
                  </button>
                ) : (
                  <p className="sf-problems__item">
                    {icon}
                    <span>{text}</span>
                  </p>
                )}
                {isOutcomeProblem(problem) && <OutcomeFixes problem={problem} node={nodesById.get(problem.nodeId)} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
