import { useId } from 'react';
import { Scale } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { useI18n } from '../../i18n/I18nProvider';
import { viewedAnalysisOf } from '../../store/backgroundAnalysis';
import { formatRate } from '../../model/analytics/display';
import { balanceRates } from '../../model/operations';
import type { FlowEdge } from '../../model/types';
import { useEditor } from '../../store/EditorStoreProvider';
import { shownDocument } from '../../store/scenarioView';
import { FieldError } from './fields/FieldError';
import { useEdit } from './useEdit';

/** The sum of the rates on the node's edges as shown (the process or the shown scenario), when above 100% (rateConflicts.ts). */
function useConflictTotal(nodeId: string | undefined): number | undefined {
  return useEditor((state) => (nodeId === undefined ? undefined : viewedAnalysisOf(shownDocument(state)).rateConflicts.nodes.get(nodeId)));
}

/** Balances the rates shown: the shown scenario's, which stay the scenario's, or the process's. */
function useBalance(): (edgeId: string) => void {
  const edit = useEdit();
  const scenarioId = useEditor((state) => state.shownScenarioId);
  return (edgeId) => edit(balanceRates(edgeId, scenarioId ?? undefined));
}

/**
 * Under an edge's rate: the conflict as soon as its source's rates add up above 100%, and "make the
 * others add up", which keeps this edge's rate (balanceRates).
 */
export function EdgeRateConflict({ edge, sourceLabel }: { edge: FlowEdge; sourceLabel: string }) {
  const { t, language } = useI18n();
  const balance = useBalance();
  const id = useId();
  const total = useConflictTotal(edge.source);
  const share = useEditor((state) => viewedAnalysisOf(shownDocument(state)).funnel.share.get(edge.id));
  const rate = useEditor((state) => shownDocument(state).edges.find((shown) => shown.id === edge.id)?.conversionRate);
  if (total === undefined) return null;
  return (
    <div className="sf-inspector__conflict">
      <FieldError
        id={id}
        message={t('inspector.rateConflict', {
          node: sourceLabel,
          total: formatRate(total, language),
          share: formatRate(share ?? 0, language),
        })}
      />
      {rate !== undefined && (
        <button type="button" className="sf-button" onClick={() => balance(edge.id)}>
          <Scale size={14} aria-hidden="true" />
          {t('inspector.balanceRates')}
        </button>
      )}
    </div>
  );
}

/** On a node whose rates add up above 100%: one "keep this one, make the others add up" per rated edge. */
export function NodeRateConflict({ nodeId }: { nodeId: string }) {
  const { t, language } = useI18n();
  const balance = useBalance();
  const id = useId();
  const total = useConflictTotal(nodeId);
  const edges = useEditor(
    useShallow((state) => shownDocument(state).edges.filter((edge) => edge.source === nodeId && edge.conversionRate !== undefined)),
  );
  const names = useEditor(useShallow((state) => edges.map((edge) => edgeName(edge, state.document.nodes))));
  if (total === undefined) return null;
  return (
    <div className="sf-inspector__conflict">
      <FieldError id={id} message={t('inspector.rateConflict.node', { total: formatRate(total, language) })} />
      {edges.map((edge, index) => (
        <button key={edge.id} type="button" className="sf-button" onClick={() => balance(edge.id)}>
          <Scale size={14} aria-hidden="true" />
          {t('inspector.balanceRates.keep', { edge: names[index] ?? '', rate: formatRate(edge.conversionRate ?? 0, language) })}
        </button>
      ))}
    </div>
  );
}

/** An edge as a button names it: its label, or the node it leads to. */
function edgeName(edge: FlowEdge, nodes: readonly { id: string; label: string }[]): string {
  const label = (edge.label ?? '').replace(/\s+/g, ' ').trim();
  if (label !== '') return label;
  return (nodes.find((node) => node.id === edge.target)?.label ?? '').replace(/\s+/g, ' ').trim();
}
