import { useI18n } from '../../i18n/I18nProvider';
import { formatRate } from '../../model/analytics/display';
import type { RateConflicts } from '../../model/analytics/rateConflicts';
import type { FlowNode } from '../../model/types';
import { nodeName } from './nodeName';

/** Why the figures say "estimated": the first split whose rates add up above 100%, named. */
export function EstimatedNote({ conflicts, nodesById }: { conflicts: RateConflicts; nodesById: ReadonlyMap<string, FlowNode> }) {
  const { t, language } = useI18n();
  const first = conflicts.nodes.entries().next();
  if (first.done === true) return null;
  const [nodeId, total] = first.value;
  return (
    <p className="sf-analysis__hint sf-analysis__estimated-note" role="note">
      {t('analysis.estimatedNote', { node: nodeName(nodesById.get(nodeId), t), total: formatRate(total, language) })}
    </p>
  );
}
